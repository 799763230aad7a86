// Per-client limits over real HTTP (issue 11): who a client is (a verified key, else its address; X-Forwarded-For
// read from the right past our proxies), invalid keys refused without database lookups, requests charged by cost,
// and caps on concurrent exports and subscriptions per client and in total.
import { randomBytes } from "node:crypto";
import { createServer as createHttpServer, get as httpGet, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey } from "../../src/auth/keys.js";
import { createServer, type YogaOptions } from "../../src/http/yoga.js";
import { createSharedState } from "../../src/store/redis.js";
import { generateGraph } from "../../scripts/generate-graph.js";
import { seededDatabase, type TestDb } from "../helpers/db.js";
import { until } from "../helpers/production.js";

let t: TestDb;
let curator: string;
const servers: Server[] = [];

beforeAll(async () => {
  t = await seededDatabase("sqlite");
  curator = (await createKey(t.db.prisma, "limits-curator", "CURATOR")).secret;
}, 120_000);
afterAll(async () => {
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
  await t?.drop();
});

/** A server on a free port; `perMinute` turns the rate limit on (counted in this process). */
async function start(opts: Partial<YogaOptions> & { perMinute?: number } = {}, db = t.db): Promise<string> {
  const { perMinute, ...rest } = opts;
  const shared = perMinute ? createSharedState({ rateLimitPerMinute: perMinute }) : undefined;
  const yoga = createServer({ db, logging: false, webDist: false, graphiql: false, shared, ...rest });
  const server = createHttpServer(yoga);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function post(base: string, query: string, headers: Record<string, string> = {}, variables?: unknown) {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

const LOOKUP = `{ organization(slug: "europol") { name } }`;
const randomKey = () => `pgk_${randomBytes(18).toString("base64url")}`;
const statements = async <T>(fn: () => Promise<T>) => {
  const before = t.db.stats.statements;
  const result = await fn();
  return { result, statements: t.db.stats.statements - before };
};

describe("identity: a verified key, else the client address", () => {
  it("700 random keys from one address: 10 lookups, then refused unchecked (429); never a fresh budget", async () => {
    const base = await start({ perMinute: 600, clientLimits: { invalidKeysPerMinute: 10 } });
    const { result: statuses, statements: n } = await statements(async () => {
      const out: Array<{ status: number; code: string }> = [];
      for (let i = 0; i < 700; i++) {
        const r = await post(base, `{ __typename }`, { authorization: `Bearer ${randomKey()}` });
        out.push({ status: r.status, code: r.body.errors?.[0]?.extensions?.code });
      }
      return out;
    });
    expect(n).toBeLessThanOrEqual(10);
    expect(statuses.slice(0, 10).every((s) => s.status === 401 && s.code === "UNAUTHENTICATED")).toBe(true);
    // 11..600: refused unchecked; past 600 the address's budget is spent too.
    expect(statuses.slice(10, 600).every((s) => s.status === 429 && s.code === "TOO_MANY_INVALID_KEYS")).toBe(true);
    expect(statuses.slice(600).every((s) => s.status === 429 && s.code === "RATE_LIMITED")).toBe(true);
    // The address itself is spent: an anonymous request from it is refused as well.
    expect((await post(base, `{ __typename }`)).status).toBe(429);
  }, 120_000);

  it("an invalid key counts against its address; a verified key has a budget of its own", async () => {
    const base = await start({ perMinute: 20, clientLimits: { invalidKeysPerMinute: 100 } });
    for (let i = 0; i < 15; i++) expect((await post(base, `{ __typename }`, { "x-api-key": randomKey() })).status).toBe(401);
    const anonymous = [];
    for (let i = 0; i < 8; i++) anonymous.push((await post(base, `{ __typename }`)).status);
    expect(anonymous).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    const keyed = await post(base, LOOKUP, { authorization: `Bearer ${curator}` });
    expect(keyed.status).toBe(200);
    expect(keyed.body.data.organization.name).toMatch(/Europol|Law Enforcement/);
  });

  it("a repeated invalid key is looked up once", async () => {
    const base = await start({ clientLimits: { invalidKeysPerMinute: 1000 } });
    const key = randomKey();
    const { result, statements: n } = await statements(async () => {
      const out = [];
      for (let i = 0; i < 50; i++) out.push((await post(base, `{ __typename }`, { authorization: `Bearer ${key}` })).status);
      return out;
    });
    expect(result.every((s) => s === 401)).toBe(true);
    expect(n).toBe(1);
  });

  it("TRUST_PROXY: the client is read from the right of X-Forwarded-For, past the trusted hops; the leftmost is ignored", async () => {
    const one = await start({ perMinute: 5, trustProxy: true, trustProxyHops: 1 });
    const via = (xff: string) => post(one, `{ __typename }`, { "x-forwarded-for": xff });
    // The client forges a new leftmost value every time; our proxy appends the address it saw.
    const forged = [];
    for (let i = 0; i < 7; i++) forged.push((await via(`198.18.0.${i}, 203.0.113.7`)).status);
    expect(forged).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect((await via("203.0.113.7, 203.0.113.8")).status).toBe(200);
    // Garbage in the client's position falls back to the peer address, which is not a fresh budget either.
    const garbage = [];
    for (let i = 0; i < 6; i++) garbage.push((await via(`not-an-ip-${i}`)).status);
    expect(garbage).toContain(429);

    const two = await start({ perMinute: 3, trustProxy: true, trustProxyHops: 2 });
    const via2 = (xff: string) => post(two, `{ __typename }`, { "x-forwarded-for": xff });
    const chain = [];
    for (let i = 0; i < 4; i++) chain.push((await via2(`198.18.1.${i}, 203.0.113.9, 10.0.0.2`)).status);
    expect(chain).toEqual([200, 200, 200, 429]);
    expect((await via2("198.18.1.1, 203.0.113.10, 10.0.0.2")).status).toBe(200);

    // Without TRUST_PROXY the header is not read at all.
    const direct = await start({ perMinute: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(direct, `{ __typename }`, { "x-forwarded-for": `198.18.2.${i}` })).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});

describe("requests are charged by cost", () => {
  it("an export costs 50 units: two spend a budget of 100", async () => {
    const base = await start({ perMinute: 100 });
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${base}/export/csv/nodes`);
      expect(res.status).toBe(200);
      await res.text();
    }
    const after = await post(base, LOOKUP);
    expect(after.status).toBe(429);
    expect(after.body.errors[0].extensions.code).toBe("RATE_LIMITED");
  });

  it("a costly query spends more of the budget than a lookup", async () => {
    const lookups = async (base: string) => {
      let served = 0;
      while ((await post(base, LOOKUP)).status === 200) served++;
      return served;
    };
    expect(await lookups(await start({ perMinute: 60 }))).toBe(60);
    const base = await start({ perMinute: 60 });
    const costly = await post(
      base,
      // 91 + 90 x (100 + 100) = 18,091 rows of the 20,000-row budget: 37 units.
      `{ organizations(first: 90) { edges { node { cooperations(first: 100) { partner { name } } } } } }`,
    );
    expect(costly.status).toBe(200);
    expect(costly.body.errors).toBeUndefined();
    expect(await lookups(base)).toBeLessThanOrEqual(30);
  });

  it("a query whose cost exceeds what is left is refused with 429 RATE_LIMITED before it runs", async () => {
    const base = await start({ perMinute: 10 });
    const { result, statements: n } = await statements(() =>
      post(base, `{ organizations(first: 100) { edges { node { cooperations(first: 40) { partner { cooperations(first: 40) { partner { name } } } } } } } }`),
    );
    expect(result.status).toBe(429);
    expect(result.body.errors[0].extensions.code).toBe("RATE_LIMITED");
    expect(n).toBe(0);
  });
});

/** GET an export and do not read it: the server's writes back up, and the export holds its slot. */
function holdExport(base: string, xff: string): Promise<{ status: number; body: string; release: () => void }> {
  return new Promise((resolve, reject) => {
    const req = httpGet(`${base}/export/graphml`, { headers: { "x-forwarded-for": xff } }, (res: IncomingMessage) => {
      if (res.statusCode !== 200) {
        let body = "";
        res.on("data", (d) => (body += d)).on("end", () => resolve({ status: res.statusCode!, body, release: () => undefined }));
        return;
      }
      res.pause();
      resolve({ status: 200, body: "", release: () => req.destroy() });
    });
    req.on("error", (e) => (e.message.includes("socket hang up") ? undefined : reject(e)));
  });
}

describe("concurrency caps", () => {
  let big: TestDb;
  beforeAll(async () => {
    // An export large enough (~10 MB) not to fit in the socket buffers of a client that does not read.
    big = await seededDatabase("sqlite");
    await generateGraph(big.url, { relations: 20_000, seed: 3, progress: false, log: () => undefined });
  }, 180_000);
  afterAll(async () => big?.drop());

  it("exports: at most 2 per client and 3 in all run at once; the excess gets 429 TOO_MANY_EXPORTS; others still served", async () => {
    const base = await start({ trustProxy: true, clientLimits: { exportsPerClient: 2, exportsTotal: 3 } }, big.db);
    const a1 = await holdExport(base, "203.0.113.1");
    const a2 = await holdExport(base, "203.0.113.1");
    expect([a1.status, a2.status]).toEqual([200, 200]);
    const a3 = await holdExport(base, "203.0.113.1");
    expect(a3.status).toBe(429);
    expect(JSON.parse(a3.body)).toMatchObject({ error: { code: "TOO_MANY_EXPORTS", limit: 2 } });
    const b1 = await holdExport(base, "203.0.113.2");
    expect(b1.status).toBe(200);
    const c1 = await holdExport(base, "203.0.113.3");
    expect(c1.status).toBe(429);
    expect(JSON.parse(c1.body)).toMatchObject({ error: { code: "TOO_MANY_EXPORTS", limit: 3 } });
    // Meanwhile GraphQL is served.
    const lookup = await post(base, LOOKUP, { "x-forwarded-for": "203.0.113.3" });
    expect(lookup.status).toBe(200);
    // A client that goes away frees its slot.
    a1.release();
    let again: Awaited<ReturnType<typeof holdExport>> | undefined;
    await until(async () => (again = await holdExport(base, "203.0.113.1")).status === 200, 5000, "a freed export slot");
    for (const h of [a2, b1, again!]) h.release();
  }, 60_000);

  it("subscriptions: at most 3 per client and 4 in all; the excess gets 429 TOO_MANY_SUBSCRIPTIONS; closing frees a slot", async () => {
    const base = await start({ trustProxy: true, clientLimits: { subscriptionsPerClient: 3, subscriptionsTotal: 4 } });
    const open: AbortController[] = [];
    const subscribe = async (xff: string) => {
      const ctrl = new AbortController();
      const res = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream", "x-forwarded-for": xff },
        body: JSON.stringify({ query: `subscription { changes { action targetId } }` }),
        signal: ctrl.signal,
      });
      if (res.status === 200) {
        open.push(ctrl);
        return { status: 200, ctrl, body: null };
      }
      // A refused subscription is one SSE event carrying the error, with the refusal's status.
      const text = await res.text();
      const data = text.split("\n").find((l) => l.startsWith("data:"));
      return { status: res.status, ctrl, body: JSON.parse(data ? data.slice(5) : text) };
    };
    try {
      for (let i = 0; i < 3; i++) expect((await subscribe("203.0.113.1")).status).toBe(200);
      const fourth = await subscribe("203.0.113.1");
      expect(fourth.status).toBe(429);
      expect(fourth.body.errors[0].extensions).toMatchObject({ code: "TOO_MANY_SUBSCRIPTIONS", limit: 3 });
      expect((await subscribe("203.0.113.2")).status).toBe(200);
      const total = await subscribe("203.0.113.3");
      expect(total.status).toBe(429);
      expect(total.body.errors[0].extensions).toMatchObject({ code: "TOO_MANY_SUBSCRIPTIONS", limit: 4 });
      // Reads are unaffected.
      expect((await post(base, LOOKUP, { "x-forwarded-for": "203.0.113.3" })).status).toBe(200);
      open.shift()!.abort();
      await until(async () => (await subscribe("203.0.113.1")).status === 200, 5000, "a freed subscription slot");
    } finally {
      for (const c of open) c.abort();
    }
  }, 60_000);
});
