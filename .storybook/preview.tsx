import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import type { BeforeEach, StoryContext } from 'storybook/internal/types';
import { createPreviewAnnotations } from 'msw-storybook-addon/preview';
import type { MswApi } from 'msw-storybook-addon/types';
import { setupWorker } from 'msw/browser';
// Source mode: `@iddocs/ui/styles.css` points at dist/, so import the source stylesheet.
import '../packages/ui/src/styles.css';
import { BackendProvider, createStoryBackend, NamedBackendsContext, type StoryBackend } from './documents-backend.js';
import { widgetGlobals } from './widget-globals.js';
import { loadedBackends, type BackendParameters, type LoadedBackends } from './story-context.js';

function backendParameters(context: StoryContext): BackendParameters {
  return context.parameters as BackendParameters;
}

let backendCount = 0;

let worker: Promise<MswApi> | undefined;
/**
 * One service worker for the whole preview. The addon's own setup is not memoised: a docs page renders several
 * stories at once, each would start its own worker, and all but one would lose their handlers.
 */
const startWorker = (): Promise<MswApi> =>
  (worker ??= (async () => {
    const started = setupWorker();
    await started.start({
      quiet: true,
      onUnhandledRequest: (request, print) => {
        if (new URL(request.url).pathname.startsWith('/fake-documents/')) print.warning();
      },
    });
    return started;
  })());
const msw = createPreviewAnnotations(startWorker);

/** A fresh fake + client + store per story: every story (and every story on a docs page) gets its own base URL. */
const documentsLoader: Loader = (context) => {
  const parameters = backendParameters(context);
  const unique = (name: string) => `${context.id}--${name}--${++backendCount}`;
  const backends: Record<string, StoryBackend> = {};
  for (const [name, options] of Object.entries(parameters.backends ?? {})) backends[name] = createStoryBackend(unique(name), options);
  const loaded: LoadedBackends = { backend: createStoryBackend(unique('default'), parameters.documents), backends };
  return { iddocs: loaded };
};

const withDocuments: Decorator = (Story, context) => {
  const widgetProps = widgetGlobals(context.globals);
  const { backend, backends } = loadedBackends(context);
  const story = <Story args={{ ...context.args, ...widgetProps }} />;
  return (
    // The canvas takes its background from the widgets' own tokens, so dark stories sit on a dark page.
    <div className="iddocs" data-theme={widgetProps.theme} style={{ boxSizing: 'border-box', minHeight: context.viewMode === 'story' ? '100vh' : undefined, padding: '1.5rem' }}>
      <NamedBackendsContext.Provider value={backends}>
        {backendParameters(context).documentsProvider === false ? story : <BackendProvider backend={backend}>{story}</BackendProvider>}
      </NamedBackendsContext.Provider>
    </div>
  );
};

/** Routes this story's fakes through the service worker. */
const addDocumentsHandlers: BeforeEach = (context) => {
  const { backend, backends } = loadedBackends(context);
  const mswApi: MswApi = context.msw;
  mswApi.use(...backend.handlers, ...Object.values(backends).flatMap((extra) => extra.handlers));
};

const preview: Preview = {
  loaders: [documentsLoader],
  // The addon's hook first (it sets `context.msw` and resets the handlers afterwards), then this story's handlers.
  beforeEach: [msw.beforeEach ?? [], addDocumentsHandlers].flat(),
  decorators: [withDocuments],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    layout: 'fullscreen',
    // Axe violations fail the story tests (and show as errors in the a11y panel).
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
