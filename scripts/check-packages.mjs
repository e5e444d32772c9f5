// Checks the built shape of every publishable package: a README and a LICENSE, publint (exports map, files, types),
// are-the-types-wrong (types resolve for ESM consumers under node16 and bundler resolution), and two consumer apps'
// type checks of the built types.
// Run after `pnpm build`. Exits non-zero on any problem.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = new URL('..', import.meta.url).pathname;
const packagesDir = join(root, 'packages');
let failed = false;

for (const name of readdirSync(packagesDir).toSorted()) {
  const pkgDir = join(packagesDir, name);
  const manifestPath = join(pkgDir, 'package.json');
  if (!existsSync(manifestPath)) continue;
  const pkg = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (pkg.private) continue;
  if (!existsSync(join(pkgDir, 'dist'))) {
    console.error(`✗ ${pkg.name}: no dist/ — run \`pnpm build\` first`);
    failed = true;
    continue;
  }

  // npm ships a package's own README and LICENSE whatever `files` says; without them its page is blank and the
  // licence its manifest names has no text.
  for (const file of ['README.md', 'LICENSE']) {
    if (existsSync(join(pkgDir, file))) continue;
    console.error(`✗ ${pkg.name}: no ${file}`);
    failed = true;
  }

  const { messages } = await publint({ pkgDir, strict: true, pack: 'pnpm' });
  for (const message of messages) console.error(`✗ ${pkg.name} publint ${message.type}: ${formatMessage(message, pkg)}`);
  if (messages.length > 0) failed = true;

  try {
    // ESM-only packages: CommonJS `require` of them is not supported, so that resolution mode is ignored.
    // Stylesheet exports have no types to resolve.
    const stylesheets = Object.keys(pkg.exports ?? {}).filter((entry) => entry.endsWith('.css'));
    const exclude = stylesheets.length > 0 ? ['--exclude-entrypoints', ...stylesheets] : [];
    execFileSync('attw', ['--pack', pkgDir, '--profile', 'esm-only', '--format', 'ascii', ...exclude], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` },
    });
  } catch (error) {
    console.error(`✗ ${pkg.name} are-the-types-wrong:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    failed = true;
    continue;
  }
  if (messages.length === 0) console.log(`✓ ${pkg.name}: publint and are-the-types-wrong clean`);
}

// Apps type-checking the built .d.ts as published, which our own type check (on sources) cannot see: a Node service
// without the DOM library (a DOM-only name such as `HeadersInit` in a signature fails there), and a React 18 app (a
// return type inferred from React 19's types fails there).
for (const project of ['tsconfig.node.json', 'tsconfig.react18.json']) {
  try {
    execFileSync('tsc', ['-p', join(root, 'compat/consumer-types', project)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` },
    });
    console.log(`✓ consumer types: compat/consumer-types/${project}`);
  } catch (error) {
    console.error(`✗ consumer types: compat/consumer-types/${project}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    failed = true;
  }
}

process.exit(failed ? 1 : 0);
