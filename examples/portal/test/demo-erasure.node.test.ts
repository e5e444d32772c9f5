import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the demo server is plain .mjs without type declarations
import { createDemoErasureHandler, DEMO_USER_SCAN_REFS, OTHER_USER_SCAN_REF } from '../server/demo-erasure.mjs';

const erase = (handler: (request: Request) => Promise<Response>, scanRefs: string[]) =>
  handler(
    new Request('http://demo.test/api/erasure/idenfy/verifications/delete', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scanRefs }),
    }),
  );

describe('the demo’s erasure proxy', () => {
  it('erases the demo user’s own verifications, one of them still in use', async () => {
    const audit: string[] = [];
    const handler = createDemoErasureHandler((line: string) => audit.push(line));
    const response = await erase(handler, DEMO_USER_SCAN_REFS);
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report.deleted).toEqual([DEMO_USER_SCAN_REFS[0]]);
    expect(report.failed).toMatchObject([{ id: DEMO_USER_SCAN_REFS[1], code: 'NOT_YET_DELETABLE', retryable: true }]);
    expect(audit).toEqual(['erasure idenfy.verifications.delete: 2 asked, 1 deleted, 1 failed']);
  });

  it('refuses another customer’s verification, and audits nothing', async () => {
    const audit: string[] = [];
    const handler = createDemoErasureHandler((line: string) => audit.push(line));
    const response = await erase(handler, [OTHER_USER_SCAN_REF]);
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('FORBIDDEN');
    expect(audit).toEqual([]);
  });
});
