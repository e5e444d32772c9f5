'use client';
import type { PrepareReport } from '@iddocs/hooks/prepare';
import type { UploadItem } from '@iddocs/hooks';
import { memo, useId } from 'react';
import type { I18n } from '../i18n/translator.js';
import { uploadFailure } from './upload-failure.js';
import type { Job, UploaderContext } from './uploader-types.js';
import type { DropFile } from './use-document-dropzone.js';

/** What preparation did, in the person's words: "Location data removed from photo · Converted from HEIC to JPEG". */
function preparedNote(i: I18n, report: PrepareReport | undefined): string {
  if (!report) return '';
  const notes: string[] = [];
  if (report.removed.length) notes.push(i.t(report.removed.includes('location') ? 'uploader.prepared.location' : 'uploader.prepared.metadata'));
  if (report.converted) notes.push(i.t('uploader.prepared.converted'));
  if (report.after.bytes < report.before.bytes && report.reencoded)
    notes.push(i.t('uploader.prepared.smaller', { before: i.formatBytes(report.before.bytes, report.after.bytes), after: i.formatBytes(report.after.bytes, report.before.bytes) }));
  return notes.join(' · ');
}

interface FileRowProps {
  /** The uploader's actions, always the latest (read when a button is pressed, not while rendering). */
  c: UploaderContext;
  i: I18n;
  part: UploaderContext['part'];
  entry: DropFile;
  job: Job | undefined;
  upload: UploadItem | undefined;
  reason: string | undefined;
  /** The size limit nearest the file's size, which its size must not read the same as. */
  limit: number;
  remove: () => void;
  retake: () => void;
}

/** Re-render only when this row's own data changed: another file's progress must not redraw it. */
const sameRow = (a: FileRowProps, b: FileRowProps) =>
  a.entry === b.entry && a.job === b.job && a.upload === b.upload && a.reason === b.reason && a.i === b.i && a.part === b.part;

/** One file: preview, name, size, state or reason, what preparation did, quality hints, progress, and its actions. */
export const FileRow = memo(function FileRow({ c, i, part, entry, job, upload, reason, limit, remove, retake }: FileRowProps) {
  const id = useId();
  const { file, preview, kind, report } = entry;
  const name = file.name;
  const uploadId = job?.u;
  const live = entry.state === 'accepted' ? (job?.h ? 'review' : (upload?.status ?? 'ready')) : entry.state === 'rejected' ? undefined : entry.state;
  const busy = live === 'queued' || live === 'pending';
  const refused = c.refusal(upload?.error, file.size);
  const bytes = i.formatBytes;
  const note = preparedNote(i, report);
  const button = (action: 'cancel' | 'retry' | 'remove' | 'dismiss' | 'use-anyway' | 'retake', onClick: () => void) => (
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
      )}{' '}
      {/*
        Spaces between the parts, so that they read apart without our CSS ("scan.jpg 236.8 kB Uploaded", not
        "scan.jpg236.8 kBUploaded"); with it, they are flex items, between which white space is not rendered.
      */}
      <span {...part('body')}>
        <span {...part('name')} id={id}>
          {name}
        </span>{' '}
        <span {...part('size')}>{bytes(file.size, limit)}</span>{' '}
        <span {...part(live && live !== 'error' ? 'status' : 'error')}>
          {live ? refused || (upload?.error ? uploadFailure(i, upload.error) : i.t(`uploader.state.${live}`)) : reason}
        </span>{' '}
        {live === 'review' && (
          <span {...part('quality')}>
            {report?.hints.map(({ kind: hint }) => i.t(`uploader.quality.${hint}`)).join(' ')}
          </span>
        )}{' '}
        {note && <span {...part('note')}>{note}</span>}{' '}
        {/*
          A waiting file has no progress to show: a bar at 0 % would read as a stalled upload. A photo being prepared
          (seconds, on a slow phone) has no measure either, but work to show: a bar without a value, which browsers
          animate and screen readers call busy.
        */}
        {(live === 'preparing' || live === 'pending') && <progress {...part('progress')} aria-labelledby={id} max={100} value={upload?.progress.percent} />}
        {live === 'pending' && upload && (
          <span {...part('bytes')}>
            {i.t('uploader.bytes', { percent: upload.progress.percent, loaded: bytes(upload.progress.loaded, upload.progress.total), total: bytes(upload.progress.total, upload.progress.loaded) })}
          </span>
        )}
      </span>{' '}
      <span {...part('actions')}>
        {live === 'review' && (
          <>
            {button('use-anyway', () => c.go(file))}
            {button('retake', retake)}
          </>
        )}
        {busy &&
          button('cancel', () => {
            c.up.cancel(uploadId);
            c.say(i.t('uploader.state.cancelled'), name);
          })}
        {/*
          No Retry where sending the same file again cannot help: a file the client refused, or a 403 (this account may
          not upload it; Remove only). A 401 keeps it: the client already refreshed its token and replayed once, but
          the host's sign-in may happen without leaving the page (a dialog, another tab), and Retry then sends the
          photo already taken rather than asking for it again.
        */}
        {live === 'error' && uploadId && !refused && upload?.error?.code !== 'FORBIDDEN' && button('retry', () => c.retry(uploadId))}
        {/* An uploaded file's button only clears the row; "Remove" would read as deleting the document. */}
        {live !== 'review' && button(live === 'success' ? 'dismiss' : 'remove', remove)}
      </span>
    </li>
  );
}, sameRow);
