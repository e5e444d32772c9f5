'use client';
import { useId } from 'react';
import type { UploaderContext } from './uploader-types.js';
import type { DropFile } from './use-document-dropzone.js';

/** One file: preview, name, size, state or reason, progress, and its actions. */
export function FileRow({ c, entry, reason, remove }: { c: UploaderContext; entry: DropFile; reason: string | undefined; remove: () => void }) {
  const { i, part, up } = c;
  const id = useId();
  const { file, preview, kind } = entry;
  const name = file.name;
  const uploadId = c.jobs.get(file)?.u;
  const upload = up.uploads.find((item) => item.id === uploadId);
  const live = entry.state === 'accepted' ? (upload?.status ?? 'ready') : entry.state === 'checking' ? 'checking' : undefined;
  const busy = live === 'queued' || live === 'pending';
  const bytes = i.formatBytes;
  const button = (action: 'cancel' | 'retry' | 'remove' | 'dismiss', onClick: () => void) => (
    <button type="button" {...part(action, 'iddocs-button')} aria-label={i.t(`uploader.${action}.label`, { name })} onClick={onClick}>
      {i.t(`uploader.${action}`)}
    </button>
  );
  return (
    <li {...part('file')} data-state={live ?? 'rejected'}>
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
        <span {...part(live && live !== 'error' ? 'status' : 'error')}>
          {live ? i.t(`uploader.state.${upload?.error?.code === 'ABORTED' ? 'cancelled' : live}`) : reason}
        </span>
        {busy && upload && (
          <>
            <progress {...part('progress')} aria-labelledby={id} max={100} value={upload.progress.percent} />
            <span {...part('bytes')}>
              {i.t('uploader.bytes', { percent: upload.progress.percent, loaded: bytes(upload.progress.loaded), total: bytes(upload.progress.total) })}
            </span>
          </>
        )}
      </span>
      <span {...part('actions')}>
        {busy &&
          button('cancel', () => {
            up.cancel(uploadId);
            c.say(i.t('uploader.state.cancelled'), name);
          })}
        {live === 'error' && uploadId && button('retry', () => c.retry(uploadId, name))}
        {/* An uploaded file's button only clears the row; "Remove" would read as deleting the document. */}
        {button(live === 'success' ? 'dismiss' : 'remove', remove)}
      </span>
    </li>
  );
}
