// Stand-ins for the host application's own session and data access, so the README's examples type-check.
import type { ErasureOperation } from '@iddocs/server';

/** A signed-in user of the host app. */
export interface User {
  id: string;
  mewsCustomerId: string;
}

/** Reads the session from the request's cookie (the host's own code). */
export async function currentUser(request: Request): Promise<User | undefined> {
  const session = request.headers.get('cookie')?.match(/session=(\w+)/)?.[1];
  return session ? { id: session, mewsCustomerId: '00000000-0000-4000-8000-000000000000' } : undefined;
}

/** Whether every id belongs to this user (the host looks them up in its own records). */
export async function ownsIdentityDocuments(user: User, operation: ErasureOperation, ids: readonly string[]): Promise<boolean> {
  return operation === 'mews.identityDocuments.clear' ? ids.every((id) => id === user.mewsCustomerId) : ids.length > 0;
}

/** Whether every scanRef is one of this user's verifications. */
export async function ownsVerifications(user: User, scanRefs: readonly string[]): Promise<boolean> {
  return scanRefs.every((scanRef) => scanRef.startsWith(user.id));
}
