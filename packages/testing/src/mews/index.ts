export { createFakeMews } from './create-fake-mews.js';
export { DEFAULT_IDENTITY_DOCUMENTS, DEFAULT_MEWS_ACCESS_TOKEN, DEFAULT_MEWS_CLIENT_TOKEN } from './default-identity-documents.js';
export type {
  FakeIdentityDocument,
  FakeMews,
  FakeMewsOptions,
  MewsFault,
  MewsInjectOptions,
  MewsRecordedRequest,
  MewsRoute,
} from './fake-mews-types.js';
