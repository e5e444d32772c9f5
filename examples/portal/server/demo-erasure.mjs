// The demo's erasure proxy: @iddocs/server's real handler with a real `authorize` (the demo user may erase only
// their own data), in front of the fake Mews and the fake iDenfy from @iddocs/testing — or the real services
// when their credentials are in the environment (see the README's demo section). Credentials are read here and
// handed to the clients; they are never printed, logged or sent to the page.
import { createErasureHandler, createIdenfyClient, createMewsClient } from '@iddocs/server';
import { createFakeIdenfy, createFakeMews, DEFAULT_MEWS_ACCESS_TOKEN, DEFAULT_MEWS_CLIENT_TOKEN, toFetch } from '@iddocs/testing';

/** Mews' documented demo environment: public tokens, no real data. */
export const MEWS_DEMO_ADDRESS = 'https://api.mews-demo.com';
/** What the demo tells Mews it is (`Client` in every request body). */
export const DEMO_MEWS_CLIENT = 'iddocs demo portal 0.1.0';

/** The signed-in demo user's data at both providers, as a host app knows it from its own records (the fakes' fixtures). */
export const DEMO_USER = {
  mewsCustomerId: 'c3a4f5e6-1111-4c2b-8d3e-aaaaaaaa0001',
  mewsIdentityDocuments: [
    { id: '7a1b6a2e-51c0-4a7e-9b1e-0f6c4f7f1a01', label: 'Passport ending 4567, hotel check-in' },
    { id: '7a1b6a2e-51c0-4a7e-9b1e-0f6c4f7f1a02', label: 'Driving licence ending 8877, hotel check-in' },
  ],
  /** One verification finished (deletable), one still active ("can be deleted later"). */
  verifications: [
    { id: 'scan-demo-passport-0312', label: 'Passport check, 12 March' },
    { id: 'scan-demo-idcard-1120', label: 'ID card check, 20 November' },
  ],
};

/** Data of another customer: the page offers to try erasing it, and `authorize` refuses. */
export const OTHER_CUSTOMER = {
  mewsCustomerId: 'c3a4f5e6-2222-4c2b-8d3e-aaaaaaaa0002',
  mewsIdentityDocumentId: '7a1b6a2e-51c0-4a7e-9b1e-0f6c4f7f1a03',
  scanRef: 'scan-other-customer-0101',
};

/** A demo misconfiguration, with a message that says what to set. */
export class DemoConfigError extends Error {
  name = 'DemoConfigError';
}

const FAKE = 'fake (in this process)';

/** Whether both variables are set; exactly one of them is a mistake worth stopping for. */
function bothOrNeither(env, names, provider) {
  const set = names.filter((name) => env[name]?.trim());
  if (set.length === 1) {
    const missing = names.find((name) => !set.includes(name));
    throw new DemoConfigError(`${set[0]} is set but ${missing} is not: set both to use the real ${provider}, or neither to use the fake.`);
  }
  return set.length === names.length;
}

/** Comma-separated ids from the environment, with a generic label each. */
function idsFromEnv(value, label) {
  return (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
    .map((id) => ({ id, label: `${label} ${id}` }));
}

/** Runs a client factory; its option errors name the option, never a credential, and gain the variable to fix. */
function configured(create, variables) {
  try {
    return create();
  } catch (error) {
    throw new DemoConfigError(`${/** @type {Error} */ (error).message} (check ${variables})`);
  }
}

function mewsUpstream(env) {
  if (!bothOrNeither(env, ['MEWS_CLIENT_TOKEN', 'MEWS_ACCESS_TOKEN'], 'Mews')) {
    const fake = createFakeMews();
    const client = createMewsClient({
      platformAddress: 'http://localhost',
      clientToken: DEFAULT_MEWS_CLIENT_TOKEN,
      accessToken: DEFAULT_MEWS_ACCESS_TOKEN,
      client: DEMO_MEWS_CLIENT,
      fetch: toFetch(fake.handler),
    });
    return { client, fake, upstream: 'fake', description: FAKE, documents: DEMO_USER.mewsIdentityDocuments, customerId: DEMO_USER.mewsCustomerId };
  }
  const platformAddress = env.MEWS_BASE_URL?.trim() || MEWS_DEMO_ADDRESS;
  const client = configured(
    () =>
      createMewsClient({
        platformAddress,
        clientToken: env.MEWS_CLIENT_TOKEN.trim(),
        accessToken: env.MEWS_ACCESS_TOKEN.trim(),
        client: env.MEWS_CLIENT?.trim() || DEMO_MEWS_CLIENT,
        ...(env.MEWS_CHAIN_ID?.trim() && { chainId: env.MEWS_CHAIN_ID.trim() }),
      }),
    'MEWS_BASE_URL and MEWS_CHAIN_ID',
  );
  const documents = idsFromEnv(env.DEMO_MEWS_DOCUMENT_IDS, 'Identity document');
  return {
    client,
    upstream: 'real',
    description: `${new URL(platformAddress).origin} (real; MEWS_CLIENT_TOKEN and MEWS_ACCESS_TOKEN set)`,
    documents: documents.length ? documents : DEMO_USER.mewsIdentityDocuments,
    customerId: env.DEMO_MEWS_CUSTOMER_ID?.trim() || DEMO_USER.mewsCustomerId,
    hint: documents.length ? undefined : 'Mews: the demo user owns the fixture ids, which the real Mews does not know; set DEMO_MEWS_DOCUMENT_IDS to erase real ones.',
  };
}

function idenfyUpstream(env) {
  if (!bothOrNeither(env, ['IDENFY_API_KEY', 'IDENFY_API_SECRET'], 'iDenfy')) {
    const [finished, active] = DEMO_USER.verifications;
    const fake = createFakeIdenfy({
      apiKey: 'demo-key',
      apiSecret: 'demo-secret',
      verifications: { [finished.id]: 'deletable', [active.id]: 'active', [OTHER_CUSTOMER.scanRef]: 'deletable' },
    });
    const client = createIdenfyClient({ apiKey: 'demo-key', apiSecret: 'demo-secret', fetch: toFetch(fake.handler) });
    return { client, fake, upstream: 'fake', description: FAKE, verifications: DEMO_USER.verifications };
  }
  const baseUrl = env.IDENFY_BASE_URL?.trim();
  const client = configured(
    () => createIdenfyClient({ apiKey: env.IDENFY_API_KEY.trim(), apiSecret: env.IDENFY_API_SECRET.trim(), ...(baseUrl && { baseUrl }) }),
    'IDENFY_BASE_URL',
  );
  const verifications = idsFromEnv(env.DEMO_IDENFY_SCAN_REFS, 'Verification');
  return {
    client,
    upstream: 'real',
    description: `${baseUrl ? new URL(baseUrl).origin : 'https://ivs.idenfy.com'} (real; IDENFY_API_KEY and IDENFY_API_SECRET set)`,
    verifications: verifications.length ? verifications : DEMO_USER.verifications,
    hint: verifications.length ? undefined : 'iDenfy: the demo user owns the fixture scanRefs, which the real iDenfy does not know; set DEMO_IDENFY_SCAN_REFS to erase real ones.',
  };
}

/** Mews ids are GUIDs, equal whatever their case. */
const guid = (id) => id.toLowerCase();
const mewsHolds = (fake, id) => fake.identityDocuments().some((document) => document.Id.toLowerCase() === id.toLowerCase());

/**
 * The demo's erasure side, configured from `env`.
 * @param {{ env?: Record<string, string | undefined>, log: (line: string) => void }} options where audit lines go
 * @throws {DemoConfigError} on a half-configured provider or an invalid address
 */
export function createDemoErasure({ env = process.env, log }) {
  const mews = mewsUpstream(env);
  const idenfy = idenfyUpstream(env);
  /** Per operation: the ids the demo user owns, and how ids compare (GUIDs ignore case). */
  const owned = {
    'mews.identityDocuments.delete': { ids: new Set(mews.documents.map(({ id }) => guid(id))), key: guid },
    'mews.identityDocuments.clear': { ids: new Set([guid(mews.customerId)]), key: guid },
    'idenfy.verifications.delete': { ids: new Set(idenfy.verifications.map(({ id }) => id)), key: (id) => id },
  };
  const handler = createErasureHandler({
    mews: mews.client,
    idenfy: idenfy.client,
    // A real host reads its session here; the demo has one signed-in user.
    authorize: ({ operation, ids }) => {
      const own = owned[operation];
      return own !== undefined && ids.every((id) => own.ids.has(own.key(id)));
    },
    onAudit: ({ operation, ids, report }) =>
      log(`erasure ${operation}: ${ids.length} asked, ${report.deleted.length} deleted, ${report.failed.length} failed`),
    onError: (error) => log(`erasure error (${error.stage}): ${error.message}`),
  });
  return {
    handler,
    /** Which upstream each provider uses, for the start-up banner. */
    upstreams: { mews: mews.description, idenfy: idenfy.description },
    /** Start-up hints about the configuration. */
    hints: [mews.hint, idenfy.hint].filter(Boolean),
    /**
     * What the page shows (`GET /__demo/account`): no credential, only ids, labels and whether each upstream is
     * real. With a fake, only what it still holds; a real service is not asked, so the configured ids are listed.
     */
    account: () => ({
      mews: { upstream: mews.upstream, identityDocuments: mews.documents.filter(({ id }) => !mews.fake || mewsHolds(mews.fake, id)) },
      idenfy: { upstream: idenfy.upstream, verifications: idenfy.verifications.filter(({ id }) => !idenfy.fake || idenfy.fake.verifications()[id] !== 'deleted') },
      otherCustomer: { scanRef: OTHER_CUSTOMER.scanRef },
    }),
    /** The fakes, when used (for tests). */
    fakes: { mews: mews.fake, idenfy: idenfy.fake },
  };
}
