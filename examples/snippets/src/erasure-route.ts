// app/api/erasure/[...path]/route.ts — a Next.js App Router route mounting the erasure proxy.
import { createIdenfyClient, createMewsClient } from '@iddocs/server';
import { createErasureRouteHandlers } from '@iddocs/server/next';
import { currentUser, ownsIdentityDocuments, ownsVerifications } from './your-app.js';

// Every method Next.js routes, so that a wrong one gets the handler's JSON 405 with `Allow`, not Next's bare 405.
export const { POST, OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = createErasureRouteHandlers({
  mews: createMewsClient({
    platformAddress: 'https://api.mews.com',
    clientToken: process.env.MEWS_CLIENT_TOKEN!,
    accessToken: process.env.MEWS_ACCESS_TOKEN!,
    client: 'Acme Guest Portal 1.0.0',
  }),
  idenfy: createIdenfyClient({ apiKey: process.env.IDENFY_API_KEY!, apiSecret: process.env.IDENFY_API_SECRET! }),
  // Deny by default: only a literal `true` lets a request through, after its ids were validated.
  async authorize({ request, operation, ids }) {
    const user = await currentUser(request);
    if (!user) return false;
    return operation === 'idenfy.verifications.delete'
      ? ownsVerifications(user, ids)
      : ownsIdentityDocuments(user, operation, ids);
  },
  onAudit: ({ operation, ids, report }) => {
    console.info('erasure', { operation, ids, deleted: report.deleted.length, failed: report.failed.length });
  },
});
