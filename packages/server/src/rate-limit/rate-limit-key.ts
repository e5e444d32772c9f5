import { createHash } from 'node:crypto';

/**
 * The key under which a credential's requests are counted: a SHA-256 of it, namespaced, so that a shared store
 * (Redis…) never holds the secret itself.
 */
export function rateLimitKey(namespace: string, secret: string): string {
  return `${namespace}:${createHash('sha256').update(secret).digest('hex')}`;
}
