// Stylesheets are bundled by esbuild; to TypeScript they are side-effect imports.
declare module '*.css';
