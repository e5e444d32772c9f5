// The demo's erasure proxy: @iddocs/server's real handler, with a real `authorize` (the demo user may erase
// only their own verifications), in front of the fake iDenfy — or the real one when IDENFY_API_KEY and
// IDENFY_API_SECRET are set (IDENFY_BASE_URL optional).
import { createErasureHandler, createIdenfyClient } from '@iddocs/server';
import { createFakeIdenfy, toFetch } from '@iddocs/testing';

/** The demo user's identity verifications at iDenfy: one finished (deletable), one still active. */
export const DEMO_USER_SCAN_REFS = ['scan-demo-passport-0312', 'scan-demo-idcard-1120'];
/** A verification that belongs to someone else: the demo offers to try it, and `authorize` refuses. */
export const OTHER_USER_SCAN_REF = 'scan-other-customer-0101';

/**
 * @param {(message: string) => void} log where audit lines go
 * @returns {(request: Request) => Promise<Response>}
 */
export function createDemoErasureHandler(log) {
  const real = process.env.IDENFY_API_KEY && process.env.IDENFY_API_SECRET;
  const fake = createFakeIdenfy({
    apiKey: 'demo-key',
    apiSecret: 'demo-secret',
    verifications: {
      [DEMO_USER_SCAN_REFS[0]]: 'deletable',
      [DEMO_USER_SCAN_REFS[1]]: 'active',
      [OTHER_USER_SCAN_REF]: 'deletable',
    },
  });
  const idenfy = createIdenfyClient(
    real
      ? {
          apiKey: process.env.IDENFY_API_KEY,
          apiSecret: process.env.IDENFY_API_SECRET,
          ...(process.env.IDENFY_BASE_URL && { baseUrl: process.env.IDENFY_BASE_URL }),
        }
      : { apiKey: 'demo-key', apiSecret: 'demo-secret', fetch: toFetch(fake.handler) },
  );
  return createErasureHandler({
    idenfy,
    // A real host reads its session here; the demo has one signed-in user, who owns DEMO_USER_SCAN_REFS.
    authorize: ({ ids }) => ids.every((id) => DEMO_USER_SCAN_REFS.includes(id)),
    onAudit: ({ operation, ids, report }) =>
      log(`erasure ${operation}: ${ids.length} asked, ${report.deleted.length} deleted, ${report.failed.length} failed`),
    onError: (error) => log(`erasure error (${error.stage}): ${error.message}`),
  });
}
