import { createErasureClient } from '@iddocs/hooks/erasure';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DocumentManager, EraseDataDialog } from '../../src/index.js';
import { expectAccessible, renderWithDocuments, setupFakeDocuments } from '../document-list/fake-documents.js';
import { PortalPage } from './portal-page.js';

setupFakeDocuments();

/** The demo portal's page: the manager and an erase section. */
function PortalWithErasure() {
  return (
    <PortalPage>
      <DocumentManager types={[{ id: 1, label: 'Passport' }]} />
      <section aria-labelledby="erase-heading">
        <h2 id="erase-heading">Your data at our partners</h2>
        <article aria-label="Identity verification">
          <EraseDataDialog client={createErasureClient({ baseUrl: 'http://portal.test' })} target={{ kind: 'verifications', scanRefs: ['scan-1'] }} />
        </article>
      </section>
    </PortalPage>
  );
}

/** Every element and every text outside `dialog` that assistive technology can reach: in no `aria-hidden` or inert subtree. */
function reachableOutside(dialog: Element): string[] {
  const reached: string[] = [];
  const visit = (node: Node) => {
    if (node === dialog) return;
    if (node instanceof Element) {
      if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('inert')) return;
      if (!node.contains(dialog)) reached.push(node.getAttribute('data-part') ?? node.tagName.toLowerCase());
      for (const child of node.childNodes) visit(child);
    } else if (node.textContent?.trim()) reached.push(`text "${node.textContent}"`);
  };
  visit(document.body);
  return reached;
}

describe('a dialog over the portal page', () => {
  it('is modal to assistive technology: the page is hidden but for the live regions, which the dialog owns', async () => {
    renderWithDocuments(<PortalWithErasure />);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Passport — passport.jpg' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete document?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    const regions = [...document.querySelectorAll('[data-part="live-region"]')];
    // The manager's, and the erase dialog's own.
    expect(regions).toHaveLength(2);
    expect(dialog.getAttribute('aria-owns')?.split(' ')).toEqual(regions.map((region) => region.id));
    // Radix keeps the regions, so they go on speaking, and with them what holds them: the regions sit directly in
    // <body>, so nothing else of the page stays in reach, even where the browser or reader ignores aria-modal.
    expect(reachableOutside(dialog)).toEqual(['live-region', 'live-region']);
    expect(within(document.body).queryAllByRole('button').filter((button) => !dialog.contains(button))).toEqual([]);
    await expectAccessible();
  });
});
