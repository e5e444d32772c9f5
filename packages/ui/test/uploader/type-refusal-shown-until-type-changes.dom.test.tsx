import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { jpeg, renderUploader, setupFake, TYPES } from './uploader-fixtures.js';

setupFake();

const REASON = 'Remove the files not yet uploaded to choose another type.';
/** The reason as shown under the chooser (the live region, which says it too, is not searched). */
const shownReason = () => screen.queryByText(REASON, { selector: '[data-part="type-hint"]' });
const typeChooser = () => screen.getByRole('combobox', { name: 'Document type' });
const chooseFile = () => screen.getAllByLabelText('Choose file', { selector: 'input' })[0]!;

it('shows why a change of type was refused until the type changes: files chosen for the new type do not bring it back', async () => {
  const user = userEvent.setup();
  renderUploader({ types: TYPES, mode: 'manual' });
  await user.upload(chooseFile(), jpeg('passport.jpg'));
  await screen.findByText('Ready to upload');
  await user.selectOptions(typeChooser(), 'ID card');
  expect(shownReason()).toBeVisible();

  await user.click(screen.getByRole('button', { name: 'Remove passport.jpg' }));
  await user.selectOptions(typeChooser(), 'ID card');
  await user.upload(chooseFile(), jpeg('front.jpg'));
  await screen.findByText('Ready to upload');
  // Locked again, yet no change was tried since the type changed: nothing to explain, nothing that makes the page jump.
  expect(typeChooser()).toHaveAttribute('aria-disabled', 'true');
  expect(shownReason()).toBeNull();
  expect(typeChooser()).not.toHaveAccessibleDescription();
});
