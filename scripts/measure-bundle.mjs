// Prints the browser bundle size of an import, the way the budgets measure it.
// Usage: node scripts/measure-bundle.mjs "<import statement>" [external...] [--by-file]
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const [code, ...rest] = process.argv.slice(2);
const byFile = rest.includes('--by-file');
const external = ['react', 'react-dom', 'react/jsx-runtime', ...rest.filter((arg) => arg !== '--by-file')];
const result = await build({
  stdin: { contents: code, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
  bundle: true, write: false, minify: true, format: 'esm', platform: 'browser', target: 'es2022',
  external, metafile: true, logLevel: 'silent', define: { 'process.env.NODE_ENV': '"production"' },
});
const bytes = result.outputFiles[0].contents;
console.log(`${bytes.length} B min, ${gzipSync(bytes, { level: 9 }).length} B gzip`);
if (byFile) {
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs);
  for (const [file, { bytesInOutput }] of inputs.toSorted((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) {
    if (bytesInOutput > 0) console.log(String(bytesInOutput).padStart(7), file.replace(/.*\/packages\//, ''));
  }
}
