export { DocumentManager } from './document-manager.js';
export type { DocumentManagerProps } from './document-manager.js';
