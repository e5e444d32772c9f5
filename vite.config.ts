import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/** Workspace packages resolve to their `src/` through this export condition, so nothing needs a build to be tested. */
const sourceCondition = '@iddocs/source';

/**
 * React 18.3, the low end of our peer range, and the React-bound libraries pnpm resolved against it
 * (`compat/react18`): the `jsdom-react18` project runs the jsdom tests on them, so the range is tested, not assumed.
 */
const react18 = (name: string) => fileURLToPath(new URL(`./compat/react18/node_modules/${name}`, import.meta.url));
const onReact18 = ['react', 'react-dom', '@testing-library/react', '@radix-ui/react-dialog', 'react-dropzone'].map((name) => ({
  find: new RegExp(`^${name}(/.*)?$`),
  replacement: `${react18(name)}$1`,
}));

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: [sourceCondition] },
  ssr: { resolve: { conditions: [sourceCondition] } },
  test: {
    setupFiles: ['./vitest.setup.ts'],
    // Many tests run real servers and browsers on a 2-core machine; a timeout here only guards against hangs.
    testTimeout: 15_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/test/**/*.node.test.ts', 'scripts/**/*.node.test.ts', 'examples/*/test/**/*.node.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['packages/*/test/**/*.dom.test.{ts,tsx}', 'examples/*/test/**/*.dom.test.{ts,tsx}'],
        },
      },
      {
        // The same widget and hook tests on React 18.3 (see `onReact18`).
        extends: true,
        resolve: { alias: onReact18 },
        test: {
          name: 'jsdom-react18',
          environment: 'jsdom',
          include: ['packages/*/test/**/*.dom.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/*/test/**/*.browser.test.{ts,tsx}', 'examples/*/test/**/*.browser.test.{ts,tsx}'],
          // Every browser test file talks to the one fake server started by the global setup.
          fileParallelism: false,
          globalSetup: ['./vitest.browser-setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // The demo as a user meets it: `examples/portal/server/start.mjs` spawned as `pnpm start` runs it (on the
        // built packages), driven in Debian's Chromium through playwright-core. One demo server per file.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['examples/portal/e2e/**/*.e2e.test.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
        },
      },
      {
        // Every story is a test: rendered in real Chromium, its play function run, then axe (a11y.test = 'error').
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
