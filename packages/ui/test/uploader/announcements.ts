/** Every message the live region speaks, in order (an emptied region included, as `''`). For jsdom and Chromium. */
export function recordAnnouncements(): string[] {
  const said: string[] = [];
  const region = document.querySelector('[role="status"]');
  if (!region) throw new Error('No live region.');
  new MutationObserver(() => said.push(region.textContent.trim())).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

/**
 * What the live region said about the file `name`, in order. One message may speak of several files
 * ("a.jpg: Uploading… b.jpg: Waiting…"): it is cut before each file name (these tests' names are `word.jpg`).
 */
export function saidAbout(said: readonly string[], name: string): string[] {
  return said
    .flatMap((message) => message.split(/ (?=[\w-]+\.jpg: )/))
    .filter((part) => part.startsWith(`${name}: `))
    .map((part) => part.slice(name.length + 2));
}
