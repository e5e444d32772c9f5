// Bundles a stylesheet's @imports into one file (what `@iddocs/ui/styles.css` ships).
// Usage: node scripts/bundle-css.mjs <entry.css> <out.css>
import { build } from 'esbuild';

const [entry, outfile] = process.argv.slice(2);
if (!entry || !outfile) {
  console.error('usage: node scripts/bundle-css.mjs <entry.css> <out.css>');
  process.exit(2);
}
await build({ entryPoints: [entry], outfile, bundle: true, minify: false, logLevel: 'warning', target: ['chrome111', 'firefox113', 'safari16.4'] });
