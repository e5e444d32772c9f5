'use client';
import type { Document } from '@iddocs/hooks';
import { useId, useMemo, type ComponentPropsWithoutRef } from 'react';
import { cx } from '../class-names.js';
import { DocumentList } from '../document-list/document-list.js';
import { useWidgetI18n, type I18nProps } from '../i18n/i18n-context.js';
import { manager } from '../i18n/en/manager.js';
import { LiveRegion } from '../live-region.js';
import { themeAttribute, type RootAttributes } from '../theme.js';
import { DocumentUploader } from '../uploader/document-uploader.js';
import type { DocumentType, DocumentUploaderProps } from '../uploader/uploader-types.js';
import type { TypeLabels } from '../delete-dialog/document-label.js';
import { typeLabels } from './type-labels.js';

/** The English strings this widget shows; other widgets' strings stay out of its bundle. */
const english = { ...manager };

/** Props of {@link DocumentManager}: its root `<div>`'s, plus the uploader's and the list's. */
export interface DocumentManagerProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'className'>, RootAttributes, I18nProps {
  /** Document types the user may upload; their labels also name the listed documents. */
  types: readonly DocumentType[];
  /**
   * Labels, by type id, of listed documents whose type is not in `types` (a selfie taken elsewhere), in the user's
   * language; they win over the labels from `types`. Without one, such a document shows the type name the API sends.
   */
  typeLabels?: TypeLabels | undefined;
  /** `'auto'` uploads each file once accepted; `'manual'` waits for the upload button. Default `'auto'`. */
  mode?: 'auto' | 'manual' | undefined;
  /** Level of the two section headings. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  /** Documents per page in the list. Default 10. */
  limit?: number | undefined;
  /** Called when a document was created from an uploaded file. */
  onUploaded?: ((document: Document) => void) | undefined;
  /** The uploader's photo preparation (metadata removal, downscale, quality hints); `false` turns it off. Default on. */
  prepare?: DocumentUploaderProps['prepare'] | undefined;
  /** Called after a document was deleted. */
  onDeleted?: ((document: Document) => void) | undefined;
}

/**
 * A whole "my documents" page section: upload, then see, then delete, under one heading structure and one live region.
 * @example
 * <DocumentsProvider client={client}>
 *   <DocumentManager types={[{ id: 1, label: 'Passport' }]} />
 * </DocumentsProvider>
 */
export function DocumentManager(all: DocumentManagerProps) {
  const { types, typeLabels: more, mode, headingLevel = 2, limit, onUploaded, prepare, onDeleted, locale: _l, messages, theme, className, ...props } = all;
  const i18n = useWidgetI18n(all, english);
  // One object while nothing changes: the list rebuilds its rows when its labels do.
  const labels = useMemo(() => ({ ...typeLabels(i18n, types), ...more }), [i18n, types, more]);
  const id = useId();
  const H = `h${headingLevel}` as 'h2';
  // The children are themed and translated exactly like this root: the same attributes, passed down.
  const shared = { locale: i18n.locale, ...(messages && { messages }), ...(theme && { theme }) };
  return (
    <LiveRegion>
      <div
        {...props}
        data-part="root"
        className={cx('iddocs iddocs-manager', className)}
        dir={i18n.dir}
        lang={i18n.locale}
        data-theme={themeAttribute(theme)}
      >
        <section aria-labelledby={`${id}u`} data-part="upload">
          <H id={`${id}u`}>{i18n.t('manager.upload')}</H>
          <DocumentUploader types={types} {...(mode && { mode })} {...(onUploaded && { onUploaded })} {...(prepare !== undefined && { prepare })} {...shared} />
        </section>
        <section aria-labelledby={`${id}d`} data-part="documents">
          <H id={`${id}d`}>{i18n.t('manager.documents')}</H>
          <DocumentList typeLabels={labels} {...(limit && { limit })} onDeleted={onDeleted} {...shared} />
        </section>
      </div>
    </LiveRegion>
  );
}
