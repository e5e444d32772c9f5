export { createFakeIdenfy } from './create-fake-idenfy.js';
export { IDENFY_MAX_SCAN_REFS } from './perform-delete.js';
export type {
  FakeIdenfy,
  FakeIdenfyOptions,
  FakeVerificationState,
  FakeVerificationStatus,
  IdenfyDeleteFormat,
  IdenfyFault,
  IdenfyRecordedRequest,
} from './fake-idenfy-types.js';
