import type { MessageValue } from '../message-value.js';

// Plural entries are widened to MessageValue so the translator can index them by any plural category.
/** Strings of the uploader. */
export const uploader = {
  'uploader.type': 'Document type',
  'uploader.hint': 'Drag and drop or paste a photo or PDF here, up to {max} per file.',
  'uploader.browse': 'Choose file',
  'uploader.camera': 'Take a photo',
  'uploader.submit': { one: 'Upload {count} file', other: 'Upload {count} files' } as MessageValue,
  'uploader.bytes': '{percent}% · {loaded} of {total}',
  'uploader.state.checking': 'Checking…',
  'uploader.state.ready': 'Ready to upload',
  'uploader.state.queued': 'Waiting…',
  'uploader.state.pending': 'Uploading…',
  'uploader.state.success': 'Uploaded',
  'uploader.state.error': 'Upload failed. Try again.',
  'uploader.state.cancelled': 'Upload cancelled',
  'uploader.reason.empty': 'Not added: the file is empty.',
  'uploader.reason.too-small': 'Not added: too small to be a legible scan (at least {min}).',
  'uploader.reason.too-large': 'Not added: too large (at most {max}).',
  'uploader.reason.unsupported-type': 'Not added: its content is not a photo or PDF, whatever its name says.',
  'uploader.overflow': { one: '{count} file was not added: {limit}', other: '{count} files were not added: {limit}' } as MessageValue,
  'uploader.limit': { one: 'at most {count} file', other: 'at most {count} files' } as MessageValue,
  'uploader.cancel': 'Cancel',
  'uploader.cancel.label': 'Cancel upload of {name}',
  'uploader.retry': 'Retry',
  'uploader.retry.label': 'Retry upload of {name}',
  'uploader.remove': 'Remove',
  'uploader.remove.label': 'Remove {name}',
  'uploader.dismiss': 'Hide',
  'uploader.dismiss.label': 'Hide {name} from this list (it stays uploaded)',
  'uploader.said': '{name}: {text}',
};
