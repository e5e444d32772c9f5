import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createI18n, DocumentList, en, type MessageKey, type Messages } from '../../src/index.js';
import { ar } from '../../src/i18n/ar/index.js';
import { de } from '../../src/i18n/de/index.js';
import { renderWithDocuments, setupFakeDocuments } from '../document-list/fake-documents.js';
import { jpeg, renderUploader } from '../uploader/uploader-fixtures.js';

// WCAG 2.5.3 (label in name): a button that shows a word and has a longer accessible name must have a name that
// starts with that word, so that "click Retry" works for speech input users in every language.

setupFakeDocuments();

const catalogues: [string, Messages][] = [
  ['en', en],
  ['de', de],
  ['ar', ar],
];

/** Visible label → accessible name, as the widgets pair them: `uploader.<action>` with `uploader.<action>.label`, and the list's Delete. */
const pairs: [MessageKey, MessageKey][] = [
  ...(Object.keys(en) as MessageKey[]).filter((key) => key.startsWith('uploader.') && key.endsWith('.label')).map((key) => [key.slice(0, -'.label'.length) as MessageKey, key] as [MessageKey, MessageKey]),
  ['dialog.confirm', 'list.delete'],
];

/** Whether `name` starts with `label`, ignoring case as speech recognition does. */
const startsWith = (locale: string, name: string, label: string) => name.toLocaleLowerCase(locale).startsWith(label.trim().toLocaleLowerCase(locale));

describe('label in name', () => {
  it.each(catalogues)('in %s, every accessible name starts with the label the button shows', (locale, messages) => {
    const { t } = createI18n(locale, messages);
    expect(pairs.length).toBeGreaterThan(6);
    for (const [label, name] of pairs) {
      const spoken = t(name, { name: 'scan.jpg', document: 'Passport — scan.jpg' });
      expect(startsWith(locale, spoken, t(label)), `${name}: "${spoken}" should start with "${t(label)}"`).toBe(true);
    }
  });

  it.each(catalogues)('in %s, the rendered buttons of the list and the uploader keep their label first', async (locale, messages) => {
    const user = userEvent.setup();
    renderWithDocuments(<DocumentList locale={locale} messages={messages} />);
    await screen.findAllByRole('listitem');
    const { unmount } = renderUploader({ locale, messages, mode: 'manual' });
    await user.upload(screen.getAllByLabelText(createI18n(locale, messages).t('uploader.browse'), { selector: 'input' })[0]!, jpeg('scan.jpg'));
    await waitFor(() => expect(document.querySelector('[data-part="remove"]')).not.toBeNull());
    const named = [...document.querySelectorAll('button[aria-label]')];
    expect(named.length).toBeGreaterThan(5);
    for (const button of named) {
      const name = button.getAttribute('aria-label')!;
      expect(startsWith(locale, name, button.textContent), `"${name}" should start with "${button.textContent}"`).toBe(true);
    }
    unmount();
  });
});
