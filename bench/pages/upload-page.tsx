// Upload throughput page: the same 20 MB file sent (a) through `useUploadDocument` inside a DocumentsProvider and
// (b) with a bare XMLHttpRequest, to the same loopback server. Both do the same work: multipart upload with a
// progress listener, then the JSON `create` call; the time runs from the call to the created document.
import { createDocumentsClient, DocumentsProvider, useUploadDocument, type Document } from '@iddocs/hooks';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { collectGarbage, publish, TOKEN } from './bench-window.js';

const FILE_BYTES = 20_000_000;

/**
 * When each side's XHR was sent and finished, and its `create` fetch started and answered: the same few lines wrap
 * both sides' calls, so the report can say in which phase the two differ (the transfer itself is the same XHR).
 */
const marks: Record<'send' | 'load' | 'fetch' | 'answer', number> = { send: 0, load: 0, fetch: 0, answer: 0 };
const xhrSend = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function send(this: XMLHttpRequest, body) {
  marks.send = performance.now();
  // The earliest sign of the answer, before either side's own `load` or `loadend` listener runs.
  this.addEventListener('readystatechange', () => {
    if (this.readyState === XMLHttpRequest.DONE) marks.load = performance.now();
  });
  xhrSend.call(this, body);
};
const realFetch = window.fetch;
window.fetch = async (...args) => {
  marks.fetch = performance.now();
  const response = await realFetch(...args);
  marks.answer = performance.now();
  return response;
};

/** Milliseconds before the first byte, between the upload's answer and `create`, and after `create`'s answer. */
function phases(start: number, end: number): Phases {
  return { beforeSend: marks.send - start, beforeCreate: marks.fetch - marks.load, afterCreate: end - marks.answer };
}
interface Phases {
  beforeSend: number;
  beforeCreate: number;
  afterCreate: number;
}
const baseUrl = location.origin;
const client = createDocumentsClient({ baseUrl, getAccessToken: () => TOKEN, retry: false });

/** 20 MB (the client's default maximum) that start like a JPEG, so content checks on both sides accept them. */
function makeFile(): File {
  const bytes = new Uint8Array(FILE_BYTES);
  for (let offset = 0; offset < bytes.length; offset += 65_536) crypto.getRandomValues(bytes.subarray(offset, offset + 65_536));
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return new File([bytes], 'passport-20mb.jpg', { type: 'image/jpeg' });
}
const file = makeFile();

/** What one timed upload reports back to Node, which checks it against the fake's store. */
interface Outcome {
  ms: number;
  id: string;
  progressEvents: number;
  renders?: number;
  phases?: Phases;
}

type UploadAsync = (file: Blob, options: { typeId: number }) => Promise<Document>;
let uploadAsync: UploadAsync | undefined;
let progressEvents = 0;
let renders = 0;

/** A component using the hook, as an app's own uploader would; counts its commits and the hook's progress calls. */
function Uploader({ onReady }: { onReady: (upload: UploadAsync) => void }) {
  const upload = useUploadDocument({ onProgress: () => (progressEvents += 1) });
  useEffect(() => onReady(upload.uploadAsync), [onReady, upload.uploadAsync]);
  useEffect(() => {
    renders += 1;
  });
  return <p>{upload.progress.percent} %</p>;
}

const ready = new Promise<void>((resolve) => {
  const onReady = (upload: UploadAsync) => {
    uploadAsync = upload;
    resolve();
  };
  createRoot(document.body.appendChild(document.createElement('div'))).render(
    <DocumentsProvider client={client}>
      <Uploader onReady={onReady} />
    </DocumentsProvider>,
  );
});

/** (a) useUploadDocument: checks the file, XHR upload with progress, `create`, cache invalidation. */
async function ours(): Promise<Outcome> {
  await ready;
  collectGarbage();
  progressEvents = 0;
  renders = 0;
  const start = performance.now();
  const document = await uploadAsync!(file, { typeId: 1 });
  const end = performance.now();
  return { ms: end - start, id: document.id, progressEvents, renders, phases: phases(start, end) };
}

/** The client alone, without React and without `create`: check, then the XHR upload with progress. */
async function oursTransfer(): Promise<Outcome & { path: string }> {
  collectGarbage();
  let events = 0;
  const start = performance.now();
  const path = await client.uploadFile(file, { onProgress: () => (events += 1) });
  return { ms: performance.now() - start, id: '', path, progressEvents: events };
}

/** The floor of the byte transfer: one XMLHttpRequest with a progress listener; resolves with the stored path. */
function bareUpload(onProgress: () => void): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${baseUrl}/api/v2/my/files`);
    xhr.setRequestHeader('Authorization', `Bearer ${TOKEN}`);
    xhr.responseType = 'json';
    xhr.upload.addEventListener('progress', onProgress);
    xhr.addEventListener('load', () => (xhr.status === 201 ? resolve((xhr.response as { path: string }).path) : reject(new Error(`upload answered ${xhr.status}`))));
    xhr.addEventListener('error', () => reject(new Error('upload failed: network error')));
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
}

async function bareTransfer(): Promise<Outcome & { path: string }> {
  collectGarbage();
  let events = 0;
  const start = performance.now();
  const path = await bareUpload(() => (events += 1));
  return { ms: performance.now() - start, id: '', path, progressEvents: events };
}

/** (b) The floor: the bare XMLHttpRequest upload, then `fetch` for `create`. */
async function bare(): Promise<Outcome> {
  collectGarbage();
  let events = 0;
  const start = performance.now();
  const path = await bareUpload(() => (events += 1));
  const response = await fetch(`${baseUrl}/api/v2/my/documents`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ file: path, typeId: 1 }),
  });
  if (response.status !== 201) throw new Error(`create answered ${response.status}`);
  const created = (await response.json()) as { id: number };
  const end = performance.now();
  return { ms: end - start, id: String(created.id), progressEvents: events, phases: phases(start, end) };
}

publish({ ours, bare, oursTransfer, bareTransfer, fileBytes: () => FILE_BYTES });
