'use client';
import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import type { UploaderContext } from './uploader-types.js';
import { useDocumentDropzone } from './use-document-dropzone.js';
import { FileRow } from './file-row.js';
import { useCoarsePointer } from './use-coarse-pointer.js';

/** One drop area (a type, or one side of it) with its files. */
export function UploadSlot({ c, label, typeId, max }: { c: UploaderContext; label: string; typeId: string | number; max: number }) {
  const { i, part, say } = c;
  const id = useId();
  // On a touch screen there is nothing to drag and no paste target: the hint says what the buttons do instead.
  const touch = useCoarsePointer();
  const zone = useDocumentDropzone({
    maxFiles: max,
    maxSize: c.maxSize,
    minSize: c.minSize,
    prepare: c.prepare,
    onAccept: (file, _kind, report) => c.add(file, typeId, report),
    onRemove: c.drop,
    // An uploaded file's row stays, as a receipt, without holding a place a new file needs.
    isDone: (file) => c.up.uploads.some((item) => item.id === c.jobs.get(file)?.u && item.status === 'success'),
    onReject: (file, reason) => {
      c.onRejected?.(file, reason);
      if (reason !== 'too-many') say(i.t(`uploader.reason.${reason}`, limits(file.size)), file.name);
    },
  });
  // Near a file's size, the limits have the decimals that tell them apart from it.
  const limits = (size?: number) => ({ max: i.formatBytes(zone.maxSize, size), min: i.formatBytes(zone.minSize, size) });
  const over = zone.overflow.length;
  const summary = over ? i.t('uploader.overflow', { count: over, limit: i.t('uploader.limit', { count: max }) }) : '';
  // One announcement per refused batch, however many files it held (a new batch is a new array).
  const batch = zone.overflow;
  useEffect(() => {
    if (batch.length) say(summary);
  }, [batch, summary, say]);
  // Files still checked or prepared keep the type chooser locked, as files not yet uploaded do.
  const settling = zone.files.some((entry) => entry.state === 'checking' || entry.state === 'preparing');
  useEffect(() => {
    if (!settling) return;
    c.settle(1);
    return () => c.settle(-1);
  }, [settling, c]);
  const state = zone.isDragActive ? 'dragging' : zone.files.length ? 'filled' : 'idle';
  // A row's buttons change with its state (Cancel becomes Retry) and a removed row takes its buttons along. When the
  // focused one goes, focus moves to the first action of its row, else of the row now in its place or the one before,
  // else to the browse button, rather than to the page.
  const slot = useRef<HTMLDivElement>(null);
  const focused = useRef<[button: HTMLElement, row: Element, index: number] | null>(null);
  useEffect(() => {
    const root = slot.current!;
    const note = ({ target }: FocusEvent) => {
      const row = (target as Element).closest('li');
      focused.current = row && [target as HTMLElement, row, [...root.querySelectorAll('li')].indexOf(row)];
    };
    root.addEventListener('focusin', note);
    return () => root.removeEventListener('focusin', note);
  }, []);
  useLayoutEffect(() => {
    const [button, row, at = 0] = focused.current ?? [];
    if (!button || button.isConnected || document.activeElement !== document.body) return;
    const rows = slot.current!.querySelectorAll('li');
    // A row's only buttons are its actions; the slot's first button is "Choose file".
    ((row!.isConnected ? row : (rows[at] ?? rows[at - 1]))?.querySelector('button') ?? slot.current!.querySelector('button'))?.focus();
  });
  // Heard with each button, tabbing: the side it is for and the limits (the slot's label and hint are not focusable).
  const described = { 'aria-describedby': `${id} ${id}h` };
  return (
    <div {...part('slot')} ref={slot} role="group" aria-labelledby={id} data-state={state}>
      <span {...part('label')} id={id}>
        {label}
      </span>
      <div {...zone.getRootProps(part('dropzone'))} data-state={state}>
        <input {...zone.getInputProps(part('input'))} />
        <p {...part('hint')} id={`${id}h`}>
          {i.t(touch ? 'uploader.hint.touch' : 'uploader.hint', limits())}
        </p>
        <button {...zone.getBrowseButtonProps({ ...part('browse-button', 'iddocs-button'), ...described })} data-variant="primary">
          {i.t('uploader.browse')}
        </button>
        {c.camera !== false && (
          <>
            <input {...zone.getCameraInputProps(part('camera-input'))} />
            <button {...zone.getCameraButtonProps({ ...part('camera-button', 'iddocs-button'), ...described })}>{i.t('uploader.camera')}</button>
          </>
        )}
        {(zone.files.length > 0 || over > 0) && (
          <ul {...part('file-list')}>
            {zone.files.map((entry) => (
              <FileRow
                key={entry.id}
                c={c}
                i={i}
                part={part}
                entry={entry}
                job={c.jobs.get(entry.file)}
                upload={c.up.uploads.find((item) => item.id === c.jobs.get(entry.file)?.u)}
                reason={entry.reason && i.t(`uploader.reason.${entry.reason}`, limits(entry.file.size))}
                limit={entry.file.size < zone.minSize ? zone.minSize : zone.maxSize}
                remove={() => zone.remove(entry.file)}
                retake={() => {
                  zone.remove(entry.file);
                  // The camera input exists only while the camera button is shown.
                  (c.camera === false ? zone.open : zone.openCamera)();
                }}
              />
            ))}
            {over > 0 && (
              <li {...part('summary')} data-state="rejected">
                {summary}
              </li>
            )}
          </ul>
        )}
      </div>
    </div>
  );
}
