// The response cache and the per-document caches in front of execution never hand one request's outcome to another
// (src/http/yoga.ts `responseCacheKey`, Yoga's parse and validation cache): answers differ by variables and operation
// name as the database says (read independently through Prisma), a cached answer is served without SQL, variables
// sent in another key order share a key, and a document refused for its cost or its aliases is refused again, while
// the same document with cheap variables runs. On SQLite and PostgreSQL, with the in-memory cache and with Redis.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSharedState } from "../../src/store/redis.js";
import type { SharedState } from "../../src/store/shared.js";
import { availableProviders, seededDatabase, type ProviderName, type TestDb } from "../helpers/db.js";
import { REDIS_URL, dropRedisPrefix, post, redisAvailable, startInstance, uniquePrefix, type Instance } from "../helpers/production.js";

const providers = await availableProviders();
const redis = await redisAvailable();
const caches = redis ? (["memory", "redis"] as const) : (["memory"] as const);

const TWO = `query Two($a: String!, $b: String!) { x: organization(slug: $a) { slug name } y: organization(slug: $b) { slug name } }
query One($a: String!) { x: organization(slug: $a) { slug name } }`;
// 100 organizations x 100 cooperations x 100 cooperations: far over the row budget; with $n = 1 and $m = 2, cheap.
const COSTLY = `query($n: Int!, $m: Int!) { organizations(first: $n) { edges { node { slug cooperations(first: $m) { partner { cooperations(first: $m) { partner { slug } } } } } } } }`;
const ALIASES = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: organization(slug: "europol") { name }`).join(" ")} }`;

describe.each(providers.flatMap((p) => caches.map((c) => [p, c] as [ProviderName, (typeof caches)[number]])))("%s, %s cache", (provider, cache) => {
  let t: TestDb;
  let shared: SharedState;
  let server: Instance;
  const prefix = uniquePrefix("response-cache");
  /** SQL statements the server ran while fn ran. */
  const statements = async <T>(fn: () => Promise<T>) => {
    const before = t.db.stats.statements;
    const result = await fn();
    return { result, statements: t.db.stats.statements - before };
  };
  const nameOf = async (slug: string) => (await t.db.prisma.entity.findFirstOrThrow({ where: { kind: "ORGANIZATION", slug } })).name;

  beforeAll(async () => {
    t = await seededDatabase(provider);
    shared = createSharedState({ redisUrl: cache === "redis" ? REDIS_URL : undefined, prefix, cacheTtlMs: 60_000 });
    if (shared.hub) await shared.hub.ready();
    server = await startInstance(t.db, shared);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await shared?.close();
    if (cache === "redis") await dropRedisPrefix(prefix);
    await t?.drop();
  });

  it("answers by variables and operation name; a repeat is served without SQL, in any key order", async () => {
    const [europol, interpol] = [await nameOf("europol"), await nameOf("interpol")];
    expect(europol).not.toBe(interpol);
    const postOp = (variables: Record<string, string>, operationName: string) =>
      statements(async () => {
        const res = await fetch(`${server.base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
          body: JSON.stringify({ query: TWO, variables, operationName }),
        });
        return { status: res.status, etag: res.headers.get("etag"), body: (await res.json()) as any };
      });

    const first = await postOp({ a: "europol", b: "interpol" }, "Two");
    expect(first.result.body.data).toEqual({ x: { slug: "europol", name: europol }, y: { slug: "interpol", name: interpol } });
    expect(first.statements).toBeGreaterThan(0);

    const swapped = await postOp({ a: "interpol", b: "europol" }, "Two");
    expect(swapped.result.body.data).toEqual({ x: { slug: "interpol", name: interpol }, y: { slug: "europol", name: europol } });
    expect(swapped.statements).toBeGreaterThan(0);
    expect(swapped.result.etag).not.toBe(first.result.etag);

    const reordered = await postOp({ b: "interpol", a: "europol" }, "Two");
    expect(reordered.result.body).toEqual(first.result.body);
    expect(reordered.result.etag).toBe(first.result.etag);
    expect(reordered.statements).toBe(0);

    // Same document and variables, another operation: its own answer, not Two's.
    const one = await postOp({ a: "europol", b: "interpol" }, "One");
    expect(one.result.body.data).toEqual({ x: { slug: "europol", name: europol } });
    expect(one.result.etag).not.toBe(first.result.etag);
  });

  it("a costly document is refused every time, also after the same document ran with cheap variables", async () => {
    for (const variables of [{ n: 100, m: 100 }, { n: 1, m: 2 }, { n: 100, m: 100 }, { n: 50, m: 100 }]) {
      const r = await statements(() => post(server.base, COSTLY, variables));
      if (variables.n === 1) {
        expect(r.result.status).toBe(200);
        expect(r.result.body.errors).toBeUndefined();
        expect(r.result.body.data.organizations.edges).toHaveLength(1);
      } else {
        expect(r.result.status, JSON.stringify(variables)).toBe(400);
        expect(r.result.body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
        expect(r.statements).toBe(0);
      }
    }
  });

  it("a document over the alias limit is refused every time", async () => {
    for (let i = 0; i < 3; i++) {
      const r = await statements(() => post(server.base, ALIASES));
      expect(r.result.status).toBe(400);
      expect(r.result.body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
      expect(r.result.body.data).toBeUndefined();
      expect(r.statements).toBe(0);
    }
  });
});
