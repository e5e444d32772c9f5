export { createIdenfyClient } from './create-idenfy-client.js';
export { IDENFY_BATCH_LIMIT } from './prepare-scan-refs.js';
export type { IdenfyClientOptions, IdenfyDeleteFormat } from './idenfy-client-options.js';
