'use client';
import { useDocumentsClient, useUploadDocument, type DocumentsError } from '@iddocs/hooks';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { cx } from '../class-names.js';
import { useWidgetI18n } from '../i18n/i18n-context.js';
import { common } from '../i18n/en/common.js';
import { uploader } from '../i18n/en/uploader.js';
import { LiveRegion, useAnnounce } from '../live-region.js';
import { themeAttribute } from '../theme.js';
import type { I18n } from '../i18n/translator.js';
import type { DocumentType, DocumentUploaderProps, Job, UploaderContext } from './uploader-types.js';
import { uploadFailure } from './upload-failure.js';
import { UploadSlot } from './upload-slot.js';

/** The English strings this widget shows; other widgets' strings stay out of its bundle. */
const english = { ...common, ...uploader };

const nameOf = (file: Blob) => (file as File).name;

// Messages within 100 ms are spoken as one: a live region rereads only its latest text, so four files refused
// at once would otherwise leave three unheard. Messages in a row about one file name it once ("scan.jpg: Location
// data removed from photo. Uploading…"); a message about no file, said again at once (a key held down on the type
// chooser), is said once. `cancel` drops what is pending, for an uploader that goes away.
function batched(announce: ReturnType<typeof useAnnounce>, i: I18n) {
  let said: string[] = [];
  // The file the latest message is about.
  let about: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const speak = (text: string, name?: string) => {
    const end = said.length - 1;
    // A pause between the sentences: a full stop where the catalogue's text has none.
    if (name && name === about) said[end] += `${/[.…]$/.test(said[end]!) ? '' : '.'} ${text}`;
    else if (name || text !== said[end]) said.push(name ? i.t('uploader.said', { name, text }) : text);
    about = name;
    clearTimeout(timer);
    timer = setTimeout(() => {
      announce(said.join(' '), i);
      said = [];
      about = undefined;
    }, 100);
  };
  return Object.assign(speak, { cancel: () => clearTimeout(timer) });
}

/**
 * Uploads photos or scans of identity documents: a type chooser, one drop area per side, a real "Choose file"
 * button, a camera button for phones, paste (while focus is in a drop area), content checks with specific
 * reasons, previews, per-file progress with cancel and retry, and live-region announcements. Needs a `DocumentsProvider`.
 * @example
 * <DocumentUploader
 *   types={[{ id: 1, label: 'Passport' }, { id: 2, label: 'ID card', sides: [{ id: 'front', label: 'Front' }, { id: 'back', label: 'Back' }] }]}
 *   onUploaded={(document) => console.log(document.id)}
 * />
 */
export function DocumentUploader(props: DocumentUploaderProps) {
  return (
    <LiveRegion>
      <Uploader {...props} />
    </LiveRegion>
  );
}

function Uploader(props: DocumentUploaderProps) {
  const { types, mode, maxFiles, maxSize, minSize, camera, prepare, classNames, onUploaded, onRejected, locale: _locale, messages: _messages, theme, className, ...rest } = props;
  const i = useWidgetI18n(props, english);
  const announce = useAnnounce();
  const say = useMemo(() => batched(announce, i), [announce, i]);
  useEffect(() => say.cancel, [say]);
  const [index, setIndex] = useState(0);
  // A refused change of type, shown with its reason until the type changes.
  const [refused, setRefused] = useState(false);
  // Slots with files still being checked or prepared (not yet uploads, but not to be dropped either).
  const [settling, setSettling] = useState(0);
  const hintId = useId();
  const [jobs, setJobs] = useState<ReadonlyMap<File, Job>>(new Map());
  // Last progress milestone (25/50/75 %) announced per upload.
  const [marks] = useState(() => new Map<string, number>());
  const { fileRules } = useDocumentsClient();
  // The client refused the file before sending it (a tiny photo that stripping left under the minimum size): the
  // reason, as for a file refused when chosen; retrying could not help.
  const refusal = (error: DocumentsError | null | undefined, size: number) =>
    error?.rejection && i.t(`uploader.reason.${error.rejection}`, { min: i.formatBytes(fileRules.minSize, size), max: i.formatBytes(fileRules.maxSize, size) });
  const up = useUploadDocument({
    onProgress: ({ percent, loaded, total }, { id, file }) => {
      const mark = percent - (percent % 25);
      if (mark % 100 && mark > (marks.get(id) ?? 0)) {
        marks.set(id, mark);
        say(i.t('uploader.bytes', { percent: mark, loaded: i.formatBytes(loaded), total: i.formatBytes(total) }), nameOf(file));
      }
    },
    onSuccess: (document, { file }) => {
      say(i.t('uploader.state.success'), nameOf(file));
      onUploaded?.(document);
    },
    // Said as the row shows it: the cause, and what to do.
    onError: (error, { file }) => say(refusal(error, file.size) || uploadFailure(i, error), nameOf(file)),
  });
  // Files just handed to the queue: said as their rows show them once the queue has placed them, sent now
  // ("Uploading…") or waiting for a free slot ("Waiting…"). A waiting file that starts later is not said again: its
  // next progress milestone or its outcome tells. A failed file sent again (Retry, or the hook's resend once back
  // online) is said again, milestones too.
  const [sent] = useState(() => new Set<string>());
  const [was] = useState(() => new Map<string, string>());
  useEffect(() => {
    for (const { id, status, file } of up.uploads) {
      if (was.get(id) === 'error' && status !== 'error') {
        marks.delete(id);
        sent.add(id);
      }
      was.set(id, status);
      if (sent.delete(id)) say(i.t(`uploader.state.${status}`), nameOf(file));
    }
  });
  const type = types[index] ?? types[0]!;
  const start = (file: File, t: string | number): Job => {
    const u = up.upload(file, { typeId: t });
    sent.add(u);
    return { t, u };
  };
  // Files not uploaded yet (being prepared, ready, held for review, waiting, sending, failed) were chosen for this
  // type: changing it would drop them, so the change is refused, with its reason, until each is uploaded or removed.
  // Refused rather than announced after the loss: arrowing through a closed select changes it at each step.
  const locked = settling > 0 || [...jobs.values()].some((job) => up.uploads.find((item) => item.id === job.u)?.status !== 'success');
  const ready = [...jobs].filter(([, job]) => !job.u && !job.h);
  const part = useCallback<UploaderContext['part']>(
    (name, extra) => ({ 'data-part': name, className: cx(`iddocs-uploader__${name}`, extra, classNames?.[name]) }),
    [classNames],
  );
  // One object for the uploader's whole life, refreshed on every render: rows skip re-rendering while their own
  // file is unchanged (an upload's progress re-renders only its row), yet their buttons always act on the latest state.
  const [c] = useState(() => ({}) as UploaderContext);
  Object.assign(c, {
    i,
    say,
    up,
    jobs,
    maxSize,
    minSize,
    camera,
    prepare,
    onRejected,
    part,
    refusal,
    add: (file, t, report) => {
      const removed = report?.removed ?? [];
      if (removed.length) say(i.t(removed.includes('location') ? 'uploader.prepared.location' : 'uploader.prepared.metadata'), file.name);
      const hints = report?.hints ?? [];
      if (hints.length) say(`${hints.map(({ kind }) => i.t(`uploader.quality.${kind}`)).join(' ')} ${i.t('uploader.quality.choose')}`, file.name);
      const job = hints.length ? { t, h: true } : mode === 'manual' ? { t } : start(file, t);
      setJobs((current) => new Map(current).set(file, job));
    },
    go: (file) => {
      const job = jobs.get(file);
      if (job) setJobs(new Map(jobs).set(file, mode === 'manual' ? { t: job.t } : start(file, job.t)));
    },
    drop: (file) => {
      const u = jobs.get(file)?.u;
      if (u) up.remove(u);
      setJobs((current) => {
        const next = new Map(current);
        next.delete(file);
        return next;
      });
    },
    retry: up.retry,
    settle: (n) => setSettling((count) => count + n),
  } satisfies UploaderContext);
  const sides: NonNullable<DocumentType['sides']> = type.sides ?? [{ id: '', label: type.label }];
  return (
    <div {...rest} {...c.part('root', cx('iddocs iddocs-uploader', className))} dir={i.dir} lang={i.locale} data-theme={themeAttribute(theme)}>
      {types.length > 1 && (
        <label {...c.part('type')}>
          {i.t('uploader.type')}
          <select
            {...c.part('type-select')}
            value={index}
            // Not `disabled` while locked: a disabled control drops the focus it holds to the page.
            aria-disabled={locked}
            aria-describedby={locked && refused ? hintId : undefined}
            // Files chosen for one type must not be sent as another: a new type starts empty (uploaded rows go).
            onChange={(event) => {
              if (locked) {
                setRefused(true);
                say(i.t('uploader.type.locked'));
                return;
              }
              up.reset();
              setJobs(new Map());
              setRefused(false);
              setIndex(Number(event.target.value));
            }}
          >
            {types.map((option, n) => (
              <option key={option.id} value={n}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {locked && refused && (
        <p {...c.part('type-hint')} id={hintId}>
          {i.t('uploader.type.locked')}
        </p>
      )}
      <div {...c.part('slots')}>
        {sides.map((side) => (
          <UploadSlot key={`${type.id}/${side.id}`} c={c} label={side.label} typeId={side.typeId ?? type.id} max={maxFiles ?? (type.sides ? 1 : 10)} />
        ))}
      </div>
      {/* Only while files wait to be sent (ready, or held for review): no "Upload 0 files" under files all sent. */}
      {mode === 'manual' && [...jobs.values()].some((job) => !job.u) && (
        <button
          type="button"
          {...c.part('submit', 'iddocs-button')}
          data-variant="primary"
          disabled={!ready.length}
          // Photos held for review wait for their own "Use anyway": the button counts, and sends, only the ready ones.
          onClick={(event) => {
            setJobs(new Map([...jobs].map(([file, job]) => [file, job.u || job.h ? job : start(file, job.t)])));
            // The button goes once all are sent: focus on to the first "Choose file", as after Hide, not to the page.
            event.currentTarget.parentElement!.querySelector('button')!.focus();
          }}
        >
          {i.t('uploader.submit', { count: ready.length })}
        </button>
      )}
    </div>
  );
}
