import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { createI18n, DocumentManager } from '../../src/index.js';
import { injectFault, paddedPhoto, renderWithDocuments, resetFake } from '../document-list/real-documents.js';
import { PortalPage } from './portal-page.js';

/** A node of Chromium's accessibility tree, as the DevTools protocol gives it. */
interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  parentId?: string;
  childIds?: string[];
}

/** Chromium's accessibility tree of this test's page (the test runs in an iframe of the runner's page). */
async function accessibilityTree(): Promise<AXNode[]> {
  const session = cdp();
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string }; childFrames?: { frame: { id: string; url: string } }[] } };
  const frame = frameTree.childFrames?.find((child) => child.frame.url.includes(encodeURIComponent('modal-dialog.browser.test')))?.frame ?? frameTree.frame;
  return ((await session.send('Accessibility.getFullAXTree', { frameId: frame.id })) as { nodes: AXNode[] }).nodes;
}

const { t } = createI18n('en');

/** Roles that carry nothing to hear or use. */
const BARE = new Set(['generic', 'none', 'InlineTextBox', 'RootWebArea', 'LineBreak']);

/** What a screen reader may reach: the tree's nodes that are not ignored, as `role "name"`, the dialog's subtree kept apart. */
function reachable(nodes: AXNode[]): { inDialog: string[]; outside: string[] } {
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const inDialog: string[] = [];
  const outside: string[] = [];
  const visit = (node: AXNode, within: boolean) => {
    const role = node.role?.value ?? '';
    const dialog = role === 'alertdialog';
    if (!node.ignored && !BARE.has(role) && !dialog) (within ? inDialog : outside).push(`${role} "${node.name?.value ?? ''}"`);
    for (const id of node.childIds ?? []) visit(byId.get(id)!, within || dialog);
  };
  visit(nodes.find((node) => !node.parentId)!, false);
  return { inDialog, outside };
}

describe('a dialog over the portal page, in Chromium’s accessibility tree', () => {
  beforeEach(() => resetFake());

  it('leaves nothing of the page outside the dialog, and what the live region says while it is open is inside the dialog', async () => {
    renderWithDocuments(
      <PortalPage>
        <DocumentManager types={[{ id: 1, label: 'Passport' }]} prepare={false} />
      </PortalPage>,
    );
    await screen.findByRole('button', { name: 'Delete Passport — passport.jpg' });
    // The upload ends while the dialog is open: its "Uploaded" is said then.
    await injectFault('create', { type: 'latency', ms: 1500 });
    await userEvent.upload(screen.getByLabelText('Choose file', { selector: 'input' }), paddedPhoto('late-passport.jpg'));
    await userEvent.click(screen.getByRole('button', { name: 'Delete Passport — passport.jpg' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete document?' });
    const region = document.querySelector('[data-part="live-region"]')!;
    const uploaded = t('uploader.said', { name: 'late-passport.jpg', text: t('uploader.state.success') });
    await waitFor(() => expect(region).toHaveTextContent(uploaded), { timeout: 5000 });
    expect(screen.getByRole('alertdialog')).toBe(dialog);

    const { inDialog, outside } = reachable(await accessibilityTree());
    // The dialog owns the region (aria-owns): in the tree, what it says is inside the dialog, where a reader that
    // honours aria-modal (VoiceOver) still hears it.
    expect(inDialog).toContain('status ""');
    expect(inDialog.filter((node) => node.includes(uploaded))).toHaveLength(1);
    // Outside, nothing at all: the region sits directly in <body>, so Radix, which leaves a live region's ancestors,
    // leaves none of the page's own elements.
    expect(outside).toEqual([]);
  });
});
