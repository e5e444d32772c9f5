'use client';
import { useId } from 'react';
import type { UploaderContext } from './uploader-types.js';
import type { DropFile } from './use-document-dropzone.js';

/** One file: preview, name, size, state, progress, reason, and its actions. */
export function FileRow({ c, entry, reason, remove }: { c: UploaderContext; entry: DropFile; reason: string | undefined; remove: () => void }) {
  const { i, part, up, say } = c;
  const id = useId();
  const { file, preview, kind } = entry;
  const name = file.name;
  const uploadId = c.jobs.get(file)?.u;
  const upload = uploadId ? up.uploads.find((item) => item.id === uploadId) : undefined;
  const state = entry.state === 'accepted' ? (upload?.status ?? 'ready') : entry.state;
  const busy = state === 'queued' || state === 'pending';
  const error = reason ?? (upload?.error && i.t(upload.error.code === 'ABORTED' ? 'uploader.cancelled' : 'uploader.failed'));
  const bytes = i.formatBytes;
  const button = (action: 'cancel' | 'retry' | 'remove', onClick: () => void) => (
    <button type="button" {...part(action, 'iddocs-button')} aria-label={i.t(`uploader.${action}.label`, { name })} onClick={onClick}>
      {i.t(`uploader.${action}`)}
    </button>
  );
  return (
    <li {...part('file')} data-state={state}>
      {preview ? (
        <img {...part('preview')} src={preview} alt="" />
      ) : (
        <span {...part('preview')} aria-hidden="true">
          {kind?.split('/')[1]}
        </span>
      )}
      <span {...part('body')}>
        <span {...part('name')} id={id}>
          {name}
        </span>
        <span {...part('size')}>{bytes(file.size)}</span>
        <span {...part('status')}>{i.t(`uploader.state.${state}`)}</span>
        {busy && upload && (
          <>
            <progress {...part('progress')} aria-labelledby={id} max={100} value={upload.progress.percent} />
            <span {...part('bytes')}>
              {i.t('uploader.bytes', { percent: upload.progress.percent, loaded: bytes(upload.progress.loaded), total: bytes(upload.progress.total) })}
            </span>
          </>
        )}
        {error && <span {...part('error')}>{error}</span>}
      </span>
      <span {...part('actions')}>
        {busy &&
          button('cancel', () => {
            up.cancel(uploadId);
            say(i.t('uploader.said.cancelled', { name }));
          })}
        {state === 'error' && uploadId && button('retry', () => c.retry(uploadId, name))}
        {button('remove', remove)}
      </span>
    </li>
  );
}
