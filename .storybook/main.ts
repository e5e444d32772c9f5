import type { StorybookConfig } from '@storybook/react-vite';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, mergeConfig, type PluginOption } from 'vite';

/** Workspace packages resolve to their `src/` through this export condition (as in the root vite.config.ts). */
const sourceCondition = '@iddocs/source';

function hasReactPlugin(plugins: readonly PluginOption[] | undefined): boolean {
  return (plugins ?? []).some((plugin) => {
    if (Array.isArray(plugin)) return hasReactPlugin(plugin);
    return typeof plugin === 'object' && plugin !== null && 'name' in plugin && plugin.name.startsWith('vite:react');
  });
}

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.stories.tsx'],
  // msw-storybook-addon is not listed: preview.tsx applies its annotations itself, with one memoised worker.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  // react-docgen-typescript needs TypeScript's JS compiler API, which TypeScript 7 (native) no longer ships.
  typescript: { reactDocgen: 'react-docgen' },
  viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // The root config (which Storybook loads) already has the React plugin; add it only when it is missing.
      plugins: hasReactPlugin(viteConfig.plugins) ? [] : [react()],
      resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
    });
  },
};

export default config;
