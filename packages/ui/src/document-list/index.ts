export { DocumentList } from './document-list.js';
export type { DocumentListProps } from './document-list.js';
