'use client';
import { isDocumentsError, useDocumentsClient, type FileKind, type FileRejectionReason } from '@iddocs/hooks';
import type { PrepareOptions, PrepareReport } from '@iddocs/hooks/prepare';
import { useEffect, useId, useRef, useState, type ButtonHTMLAttributes, type InputHTMLAttributes, type RefObject, type SyntheticEvent } from 'react';
import { useDropzone, type DropzoneInputProps, type DropzoneRootProps } from 'react-dropzone';

/**
 * Why a file was refused: a size or content reason; `'unreadable-image'` when its image data is damaged,
 * `'not-prepared'` when this browser could not remove its metadata; or `'too-many'` when it came over `maxFiles`.
 */
export type DropRejection = FileRejectionReason | 'unreadable-image' | 'not-prepared' | 'too-many';

/** A file in the dropzone, through its content check. */
export interface DropFile {
  /** Stable id, for React keys. */
  id: number;
  /** The file itself. */
  file: File;
  /** `'checking'` while its bytes are read, `'preparing'` while its metadata is removed, then `'accepted'` or `'rejected'`. */
  state: 'checking' | 'preparing' | 'accepted' | 'rejected';
  /** Why it was refused, when `'rejected'`. */
  reason?: Exclude<DropRejection, 'too-many'>;
  /** What preparation did (metadata removed, size, quality hints), when the file was prepared. */
  report?: PrepareReport;
  /** Its kind, detected from its bytes, when `'accepted'`. */
  kind?: FileKind;
  /** Object URL of an image thumbnail; revoked when the file leaves the list or the hook unmounts. */
  preview?: string;
}

/** Options of {@link useDocumentDropzone}; callbacks are read on every event. */
export interface UseDocumentDropzoneOptions {
  /**
   * Most files kept at once; extra files of a drop are refused as `'too-many'` (files refused for their size take no
   * place). With 1, a new file replaces the old once it is accepted: a refused one is listed beside it. Default 10.
   */
  maxFiles?: number | undefined;
  /** Whether a kept file is done with (uploaded): it stays listed but takes no place under `maxFiles`. */
  isDone?: ((file: File) => boolean) | undefined;
  /** Largest size in bytes. Default, and upper bound: the client's `fileRules.maxSize` (20 MB unless configured). */
  maxSize?: number | undefined;
  /** Smallest size in bytes. Default, and lower bound: the client's `fileRules.minSize` (1 KiB unless configured). */
  minSize?: number | undefined;
  /** Refuses drops, paste and the pickers. */
  disabled?: boolean | undefined;
  /**
   * Prepares every image before it is accepted (`prepareFile` from `@iddocs/hooks/prepare`, loaded on first use):
   * location, camera and date metadata removed, orientation applied, large photos downscaled, HEIC converted to
   * JPEG, quality hints computed. Options go to `prepareFile`; `false` accepts files exactly as chosen. Default on.
   */
  prepare?: PrepareOptions | false | undefined;
  /** A file passed the content check (and preparation): `file` is the one to upload, `report` what preparation did. */
  onAccept?: ((file: File, kind: FileKind, report?: PrepareReport) => void) | undefined;
  /** A file was refused (once per file, also for each file over `maxFiles`). */
  onReject?: ((file: File, reason: DropRejection) => void) | undefined;
  /** A file left the list (removed, or replaced when `maxFiles` is 1); not called on unmount. */
  onRemove?: ((file: File) => void) | undefined;
}

/** Props for a dropzone element, `data-*` attributes included. */
export type DropzonePropsWithData<T> = T & Record<`data-${string}`, string>;

/** What {@link useDocumentDropzone} returns: state, actions and prop getters for your own markup. */
export interface UseDocumentDropzoneResult {
  /** Files added and not removed, oldest first (the latest drop's refused files included). */
  files: readonly DropFile[];
  /** Files of the latest drop refused for being over `maxFiles` (show them as one summary). */
  overflow: readonly File[];
  /** A drag with files is over the root. */
  isDragActive: boolean;
  /** The effective limits, for messages. */
  maxFiles: number;
  /** Largest size in bytes. */
  maxSize: number;
  /** Smallest size in bytes. */
  minSize: number;
  /** Opens the file chooser. */
  open: () => void;
  /** Opens the camera input (on phones, the camera; elsewhere, a chooser of images). */
  openCamera: () => void;
  /** Adds files as if dropped. */
  add: (files: ArrayLike<File>) => void;
  /** Removes a file (and revokes its preview). */
  remove: (file: File) => void;
  /** Props of the drop area (drag and drop, and paste while focus is inside it). Not a button: put the browse button inside. */
  getRootProps: (props?: DropzonePropsWithData<DropzoneRootProps>) => DropzoneRootProps;
  /** Props of the hidden file input the browse button opens (its `accept` lists the kinds the content check takes). */
  getInputProps: (props?: DropzonePropsWithData<DropzoneInputProps>) => DropzoneInputProps;
  /** Props of the real "Choose file" button. */
  getBrowseButtonProps: (props?: DropzonePropsWithData<ButtonHTMLAttributes<HTMLButtonElement>>) => ButtonHTMLAttributes<HTMLButtonElement>;
  /** Props of the hidden camera input (`accept="image/*" capture="environment"`). */
  getCameraInputProps: (props?: DropzonePropsWithData<InputHTMLAttributes<HTMLInputElement>>) => InputHTMLAttributes<HTMLInputElement> & { ref: RefObject<HTMLInputElement | null> };
  /** Props of the "Take a photo" button that opens the camera input. */
  getCameraButtonProps: (props?: DropzonePropsWithData<ButtonHTMLAttributes<HTMLButtonElement>>) => ButtonHTMLAttributes<HTMLButtonElement>;
}

let nextId = 0;

// The user's handler runs first, so their preventDefault() skips ours.
const on =
  <E extends SyntheticEvent>(user: ((event: E) => void) | undefined, ours: (event: E) => void) =>
  (event: E) => {
    user?.(event);
    if (!event.defaultPrevented) ours(event);
  };

/**
 * Headless dropzone of identity documents: drag and drop, paste (while focus is inside the root), a browse
 * button and a camera input, a `maxFiles` limit, and a content check (`client.checkFile`) of every file.
 * Needs a `DocumentsProvider`.
 * @example
 * const zone = useDocumentDropzone({ maxFiles: 2, onAccept: (file) => upload(file, { typeId: 1 }) });
 * <div {...zone.getRootProps()}><input {...zone.getInputProps()} /><button {...zone.getBrowseButtonProps()}>Choose</button></div>
 */
export function useDocumentDropzone(options: UseDocumentDropzoneOptions = {}): UseDocumentDropzoneResult {
  const client = useDocumentsClient();
  // The client enforces its rules anyway: state the same limits, and never promise more than it accepts.
  const { fileRules } = client;
  const { maxFiles = 10, disabled } = options;
  const maxSize = Math.min(options.maxSize ?? fileRules.maxSize, fileRules.maxSize);
  const minSize = Math.max(options.minSize ?? fileRules.minSize, fileRules.minSize);
  const latest = useRef(options);
  const list = useRef<DropFile[]>([]);
  const camera = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<readonly DropFile[]>([]);
  const [overflow, setOverflow] = useState<readonly File[]>([]);
  // Preparation of each file still in the list, so that removing it (or unmounting) stops the work.
  const running = useRef(new Map<number, AbortController>());
  // The picker offers what the content check takes, so a phone offers its photos first; HEIC by its extension too, which
  // some systems give no type. Drops and paste are not filtered by name: the content check decides.
  const pickable = fileRules.accept.join().replace('image/heic', 'image/heic,image/heif,.heic,.heif');
  const browseId = useId();
  const cameraId = useId();
  useEffect(() => {
    latest.current = options;
  });
  useEffect(
    () => () => {
      for (const { preview } of list.current) if (preview) URL.revokeObjectURL(preview);
      for (const controller of running.current.values()) controller.abort();
      // Checks still running then find nothing to settle, so they create no URL that would never be revoked.
      list.current = [];
    },
    [],
  );

  // Every change goes through here, so a file that leaves the list always loses its object URL.
  const commit = (next: DropFile[]) => {
    for (const old of list.current) {
      if (next.some((entry) => entry.id === old.id)) continue;
      if (old.preview) URL.revokeObjectURL(old.preview);
      running.current.get(old.id)?.abort();
      if (old.state !== 'rejected') latest.current.onRemove?.(old.file);
    }
    list.current = next;
    setFiles(next);
  };

  const replace = (entry: DropFile) => commit(list.current.map((old) => (old.id === entry.id ? entry : old)));
  const present = (id: number) => list.current.some((entry) => entry.id === id);

  const accept = (id: number, file: File, kind: FileKind, report?: PrepareReport) => {
    if (!present(id)) return;
    const done: DropFile = { id, file, state: 'accepted', kind, ...(report && { report }), ...(/^image\/(?!heic)/.test(kind) && { preview: URL.createObjectURL(file) }) };
    // With one place, the file it replaces goes only now: a refused choice leaves the good one (and its upload) alone.
    if (latest.current.maxFiles === 1) commit([done]);
    else replace(done);
    latest.current.onAccept?.(file, kind, report);
  };

  const reject = (id: number, file: File, reason: Exclude<DropRejection, 'too-many'>) => {
    if (!present(id)) return;
    replace({ id, file, state: 'rejected', reason });
    latest.current.onReject?.(file, reason);
  };

  // Images are prepared (metadata removed, oriented, downscaled, HEIC converted) before anyone sees or sends them.
  const prepare = async (id: number, file: File, kind: FileKind) => {
    // Removed (or unmounted) during its content check: nothing to prepare it for.
    if (!present(id)) return;
    const settings = latest.current.prepare;
    if (settings === false || kind === 'application/pdf') return accept(id, file, kind);
    const controller = new AbortController();
    running.current.set(id, controller);
    replace({ id, file, state: 'preparing', kind });
    try {
      const { prepareFile } = await import('@iddocs/hooks/prepare');
      const { file: prepared, report } = await prepareFile(file, { ...settings, signal: controller.signal });
      // Metadata can be most of a file: one stripped under the minimum is refused now, not after "Use anyway".
      const refusal = sizeRefusal(prepared);
      if (refusal) return reject(id, prepared, refusal);
      accept(id, prepared, report.after.type as FileKind, report);
    } catch (error) {
      if (controller.signal.aborted) return;
      // Offline, its code (loaded with the first photo) may not have come: it waits, "Preparing…", to go on once online
      // (unless removed by then).
      if (!navigator.onLine) return void addEventListener('online', () => prepare(id, file, kind), { once: true });
      reject(id, file, (error as { code?: string }).code === 'CORRUPT_IMAGE' ? 'unreadable-image' : 'not-prepared');
    } finally {
      running.current.delete(id);
    }
  };

  // A refusal known from the size alone, without reading the file.
  const sizeRefusal = ({ size }: File) => (!size ? 'empty' : size > maxSize ? 'too-large' : size < minSize ? 'too-small' : undefined);

  const check = ({ id, file }: DropFile): Promise<void> => {
    // Removed while it waited for a place (or the dropzone unmounted): its bytes are not read, its photo not prepared.
    if (!present(id)) return Promise.resolve();
    const early = sizeRefusal(file);
    return (early ? Promise.reject(early) : client.checkFile(file)).then(
      (kind) => prepare(id, file, kind),
      (error: unknown) =>
        reject(id, file, typeof error === 'string' ? (error as FileRejectionReason) : (isDocumentsError(error) && error.rejection) || 'unsupported-type'),
    );
  };

  const add = (input: ArrayLike<File>) => {
    const all = Array.from(input);
    if (!all.length) return;
    // With one place, the accepted file stays until its replacement is accepted; an earlier choice still being checked
    // is dropped for this newer one.
    const kept = list.current.filter((entry) => (maxFiles === 1 ? entry.state === 'accepted' : entry.state !== 'rejected'));
    const fresh: DropFile[] = [];
    const over: File[] = [];
    let slots = maxFiles === 1 ? 0 : kept.filter((entry) => !latest.current.isDone?.(entry.file)).length;
    for (const file of all) {
      if (kept.some((entry) => entry.file === file)) continue;
      // A file refused for its size (empty, too large, too small) is shown with that reason and takes no slot. One
      // refused for its content (not a document's kind) takes one while its bytes are read: knowing means reading it,
      // and reading every file of a huge drop to fill the slots is what the pump below avoids.
      if (sizeRefusal(file) || slots++ < maxFiles) fresh.push({ id: ++nextId, file, state: 'checking' });
      else over.push(file);
    }
    commit([...kept, ...fresh]);
    setOverflow(over);
    for (const file of over) latest.current.onReject?.(file, 'too-many');
    // A few content checks at a time, so a huge drop never opens hundreds of file reads at once.
    let at = 0;
    const pump = (): Promise<void> => {
      const entry = fresh[at++];
      return entry ? check(entry).then(pump) : Promise.resolve();
    };
    for (let n = 0; n < 4; n++) void pump();
  };

  const zone = useDropzone({ onDrop: (accepted, refused) => add([...accepted, ...refused.map(({ file }) => file)]), noClick: true, noKeyboard: true, disabled: !!disabled });
  const open = zone.open;

  return {
    files,
    overflow,
    isDragActive: zone.isDragActive,
    maxFiles,
    maxSize,
    minSize,
    open,
    openCamera: () => camera.current?.click(),
    add,
    remove: (file) => commit(list.current.filter((entry) => entry.file !== file)),
    getRootProps: zone.getRootProps,
    // Hidden from assistive technology: people reach it through the browse button, which would otherwise be listed twice.
    // Named by that button, in the widget's language: react-dropzone's English "file upload" label is left out.
    getInputProps: (props = {}) => zone.getInputProps({ multiple: maxFiles > 1, accept: pickable, 'aria-label': undefined, 'aria-labelledby': browseId, 'aria-hidden': true, ...props }),
    getBrowseButtonProps: (props = {}) => ({ type: 'button', id: browseId, disabled, ...props, onClick: on(props.onClick, open) }),
    getCameraInputProps: (props = {}) => ({
      type: 'file',
      accept: 'image/*',
      capture: 'environment',
      hidden: true,
      tabIndex: -1,
      'aria-labelledby': cameraId,
      ...props,
      ref: camera,
      onChange: on(props.onChange, (event) => {
        add(event.currentTarget.files ?? []);
        event.currentTarget.value = '';
      }),
    }),
    getCameraButtonProps: (props = {}) => ({ type: 'button', id: cameraId, disabled, ...props, onClick: on(props.onClick, () => camera.current?.click()) }),
  };
}
