// Keeps the README's code examples identical to files that are type-checked and tested.
// A block preceded by `<!-- readme-example: path -->` must contain exactly that file.
// Usage: node scripts/readme-examples.mjs        (rewrite the README's blocks from the files)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const marker = /(<!-- readme-example: (\S+) -->\n```(\w+)\n)([\s\S]*?)(\n```)/g;

/** Returns the README text with every marked block replaced by its file's current content. */
export function withExamples(readme) {
  return readme.replace(marker, (_, open, path, _lang, _body, close) => {
    const source = readFileSync(`${root}/${path}`, 'utf8').replace(/\n$/, '');
    return `${open}${source}${close}`;
  });
}

/** Paths of the files the README embeds. */
export function examplePaths(readme) {
  return [...readme.matchAll(marker)].map((match) => match[2]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = `${root}/README.md`;
  writeFileSync(file, withExamples(readFileSync(file, 'utf8')));
  console.log('README examples synced.');
}
