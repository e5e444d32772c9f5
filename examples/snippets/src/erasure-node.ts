// A plain node:http server. In Express or Connect, `app.use(erasure)` before any body parser: it answers its own
// routes and passes every other request on to `next()`.
import { createServer } from 'node:http';
import { createErasureHandler, createIdenfyClient, toNodeHandler } from '@iddocs/server';
import { currentUser, ownsVerifications } from './your-app.js';

const erasure = toNodeHandler(
  createErasureHandler({
    idenfy: createIdenfyClient({ apiKey: process.env.IDENFY_API_KEY!, apiSecret: process.env.IDENFY_API_SECRET! }),
    allowedOrigins: ['https://portal.example'],
    async authorize({ request, ids }) {
      const user = await currentUser(request);
      return user !== undefined && (await ownsVerifications(user, ids));
    },
  }),
);

createServer((request, response) => erasure(request, response)).listen(3000);
