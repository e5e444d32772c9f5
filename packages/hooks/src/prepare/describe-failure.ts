/**
 * A worker's failure as text for the page, with its cause: "the HEIC decoder could not be loaded" alone leaves an
 * integrator no lead (a bundler, a Content Security Policy), and an Error's cause does not survive `postMessage`.
 */
export function describeFailure(error: unknown): string {
  const { cause } = (error ?? {}) as { cause?: unknown };
  return cause ? `${String(error)} (${String(cause)})` : String(error);
}
