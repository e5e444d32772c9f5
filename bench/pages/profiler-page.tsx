// Profiler page (React's profiling build): the uploader and a 20-document list side by side, each in its own
// <Profiler>, under one LiveRegion as in <DocumentManager>. While one throttled upload progresses it counts the
// commits of each Profiler and, through a DevTools-style commit hook, which rows re-rendered.
import { createDocumentsClient, DocumentsProvider, type DocumentsClient } from '@iddocs/hooks';
import { createJpegBytes } from '@iddocs/testing';
import { DocumentList, DocumentUploader, LiveRegion } from '@iddocs/ui';
import '@iddocs/ui/styles.css';
import { Profiler, type ProfilerOnRenderCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { publish, TOKEN } from './bench-window.js';

/** The parts of a React fiber read here (the same fields React DevTools reads). */
interface Fiber {
  tag: number;
  key: string | null;
  type: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  memoizedProps: Record<string, unknown> | null;
  stateNode: unknown;
  return: Fiber | null;
}
declare global {
  interface Window {
    __REACT_DEVTOOLS_GLOBAL_HOOK__?: { onCommit?: (root: { current: Fiber }) => void };
  }
}

type Phase = 'setup' | 'uploading' | 'after';
let phase: Phase = 'setup';
const percents: number[] = [];
let lastCommitAt = performance.now();

// 50 MB instead of 20: the measured upload is 40 MB, to get enough progress steps on loopback (see render-commits.mjs).
const base = createDocumentsClient({ baseUrl: location.origin, getAccessToken: () => TOKEN, retry: false, files: { maxSize: 50_000_000 } });
// The same client, counting the progress steps of the measured upload and marking when it is done (before the
// upload queue hears of it, so the commits that show the success already count as "after").
// The upload queue sends the bytes with `uploadFile`, then calls `create`.
const client: DocumentsClient = {
  ...base,
  uploadFile: (file, options) =>
    base.uploadFile(file, {
      ...options,
      onProgress: (progress) => {
        if (phase === 'uploading') percents.push(progress.percent);
        options?.onProgress?.(progress);
      },
    }),
  create: (input, options) =>
    base.create(input, options).then((document) => {
      if (phase === 'uploading') phase = 'after';
      return document;
    }),
};

/** Commits and render time per Profiler and phase. */
const commits: Record<string, Record<Phase, { count: number; ms: number }>> = {};
const onRender: ProfilerOnRenderCallback = (id, _kind, actualDuration) => {
  const byPhase = (commits[id] ??= { setup: { count: 0, ms: 0 }, uploading: { count: 0, ms: 0 }, after: { count: 0, ms: 0 } });
  byPhase[phase].count += 1;
  byPhase[phase].ms += actualDuration;
};

// Uploader rows are components that render an <li data-part="file">; a component row re-rendered in a commit when
// its fiber was rebuilt (not the object of the previous commit) and did work (React's PerformedWork flag, bit 1):
// the test React DevTools' "highlight updates" uses. List rows are plain <li data-part="item"> elements (no
// component per row): one re-rendered when the list gave it new props.
const PERFORMED_WORK = 1;
const rowFibers = new Map<string, Fiber>();
const rowProps = new Map<string, unknown>();
const rowRenders = new Map<string, { kind: string; name: string; renders: Record<Phase, number> }>();

function rowOf(fiber: Fiber): { kind: string; element: Element } | undefined {
  if (fiber.type === 'li' && fiber.memoizedProps?.['data-part'] === 'item') return { kind: 'item', element: fiber.stateNode as Element };
  const host = fiber.child;
  if (typeof fiber.type !== 'function' || host?.type !== 'li') return undefined;
  return host.memoizedProps?.['data-part'] === 'file' ? { kind: 'file', element: host.stateNode as Element } : undefined;
}

function onCommit(root: { current: Fiber }) {
  lastCommitAt = performance.now();
  const stack: Fiber[] = [root.current];
  while (stack.length) {
    const fiber = stack.pop()!;
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
    const row = rowOf(fiber);
    if (!row) continue;
    // A memo()'d row carries its key on the memo fiber, its parent.
    const id = `${row.kind}:${fiber.key ?? fiber.return?.key}`;
    const previous = rowFibers.get(id);
    rowFibers.set(id, fiber);
    const previousProps = rowProps.get(id);
    rowProps.set(id, fiber.memoizedProps);
    const record = rowRenders.get(id) ?? { kind: row.kind, name: '', renders: { setup: 0, uploading: 0, after: 0 } };
    record.name = row.element.querySelector('[data-part="name"]')?.textContent ?? '?';
    rowRenders.set(id, record);
    const rendered =
      row.kind === 'item' ? previousProps !== undefined && previousProps !== fiber.memoizedProps : previous && previous !== fiber && fiber.flags & PERFORMED_WORK;
    if (rendered) record.renders[phase] += 1;
  }
}
// The hook object is created by the page's inline script (bench/lib/page-server.mjs) before React loads.
const commitHook = window['__REACT_DEVTOOLS_GLOBAL_HOOK__']!;
commitHook.onCommit = onCommit;

/** Resolves once nothing has committed for `quietMs` (thumbnails loaded, refetches shown). */
async function settle(quietMs = 500): Promise<void> {
  while (performance.now() - lastCommitAt < quietMs) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** A file of `size` bytes that passes the JPEG content check. */
function jpeg(name: string, size: number): File {
  const bytes = new Uint8Array(size);
  bytes.set(createJpegBytes({ width: 32, height: 20 }));
  for (let offset = 64 * 1024; offset < size; offset += 65_536) crypto.getRandomValues(bytes.subarray(offset, Math.min(size, offset + 65_536)));
  return new File([bytes], name, { type: 'image/jpeg' });
}

/** Gives files to the uploader's input as the file chooser does. */
function choose(files: File[]) {
  const input = document.querySelector<HTMLInputElement>('input[data-part="input"]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const uploadStates = () => [...document.querySelectorAll('li[data-part="file"]')].map((row) => row.getAttribute('data-state'));

async function until(condition: () => boolean, what: string | (() => string), timeoutMs = 60_000) {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

publish({
  /** Mounts the page and waits for the list (and its thumbnails); then uploads two small files to fill the uploader. */
  async mount(): Promise<{ listRows: number; fileRows: number }> {
    createRoot(document.body.appendChild(document.createElement('div'))).render(
      <DocumentsProvider client={client}>
        <LiveRegion>
          <Profiler id="uploader" onRender={onRender}>
            {/* Files go up as chosen: this measures upload progress; image preparation has its own section. */}
            <DocumentUploader types={[{ id: 1, label: 'Passport' }]} prepare={false} />
          </Profiler>
          <Profiler id="list" onRender={onRender}>
            <DocumentList limit={50} />
          </Profiler>
        </LiveRegion>
      </DocumentsProvider>,
    );
    await until(() => document.querySelectorAll('li[data-part="item"]').length > 0, 'the list');
    choose([jpeg('earlier-front.jpg', 64 * 1024), jpeg('earlier-back.jpg', 64 * 1024)]);
    await until(() => uploadStates().length === 2 && uploadStates().every((state) => state === 'success'), () => `the two earlier uploads (states: ${uploadStates().join(', ')})`);
    await settle();
    return { listRows: document.querySelectorAll('li[data-part="item"]').length, fileRows: uploadStates().length };
  },
  /** Starts the measured upload (the server is throttled by the Node side) and waits until it is done and settled. */
  async upload(size: number): Promise<void> {
    phase = 'uploading';
    choose([jpeg('passport-scan.jpg', size)]);
    await until(() => phase === 'after', 'the measured upload', 120_000);
    await settle(1000);
  },
  report: () => ({ progressSteps: percents.length, percents, commits, rows: [...rowRenders.values()], listRows: document.querySelectorAll('li[data-part="item"]').length }),
});
