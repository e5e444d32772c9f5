export { toNodeHandler } from './to-node-handler.js';
export type { NodeHandler, NodeHandlerOptions } from './to-node-handler.js';
