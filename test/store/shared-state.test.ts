// Two server instances (two HTTP servers, two connection pools, two Redis connections sets) in front of ONE
// PostgreSQL database and ONE Redis, as in production: the response cache is shared and invalidated by writes
// made on the other instance, a subscription held on one receives the writes made on the other, and the rate
// limit budget of a client is shared.
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey } from "../../src/auth/keys.js";
import { createDb, type DbHandle } from "../../src/store/db.js";
import { createSharedState } from "../../src/store/redis.js";
import { invalidateEntities } from "../../src/curation/events.js";
import type { SharedState } from "../../src/store/shared.js";
import { postgresAvailable, seededDatabase, type TestDb } from "../helpers/db.js";
import { REDIS_URL, dropRedisPrefix, post, redisAvailable, startInstance, subscribeSse, uniquePrefix, until, type Instance } from "../helpers/production.js";

const services = (await postgresAvailable()) && (await redisAvailable());

const SOURCES = [{ source: "interpol-site", facts: ["F157"] }];
const EUROPOL = `{ organization(slug: "europol") { id name } }`;
const LIST = `{ organizations(first: 1) { totalCount edges { node { id } } } }`;
const UPDATE = `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { id name } userErrors { message } } }`;
const CREATE = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } userErrors { message } } }`;

describe.skipIf(!services)("two instances, one PostgreSQL, one Redis", () => {
  let t: TestDb;
  const prefix = uniquePrefix("shared");
  let dbA: DbHandle;
  let dbB: DbHandle;
  let sharedA: SharedState;
  let sharedB: SharedState;
  let a: Instance;
  let b: Instance;
  let curator: string;
  const auth = () => ({ authorization: `Bearer ${curator}` });
  /** SQL statements instance B issued while running fn. */
  const statementsOnB = async <T>(fn: () => Promise<T>) => {
    const before = dbB.stats.statements;
    const result = await fn();
    return { result, statements: dbB.stats.statements - before };
  };

  beforeAll(async () => {
    t = await seededDatabase("postgresql");
    // Each instance has its own pool and its own Redis connections, like two processes.
    dbA = createDb(t.url);
    dbB = createDb(t.url);
    sharedA = createSharedState({ redisUrl: REDIS_URL, prefix, cacheTtlMs: 60_000 });
    sharedB = createSharedState({ redisUrl: REDIS_URL, prefix, cacheTtlMs: 60_000 });
    await Promise.all([sharedA.hub!.ready(), sharedB.hub!.ready()]);
    a = await startInstance(dbA, sharedA);
    b = await startInstance(dbB, sharedB);
    curator = (await createKey(t.db.prisma, `curator-${Date.now()}`, "CURATOR")).secret;
  }, 180_000);

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await sharedA?.close();
    await sharedB?.close();
    await dbA?.prisma.$disconnect();
    await dbB?.prisma.$disconnect();
    await dropRedisPrefix(prefix);
    await t?.drop();
  });

  it("shares the response cache: a read cached through B is served by A without SQL", async () => {
    const first = await statementsOnB(() => post(b.base, EUROPOL));
    expect(first.result.status).toBe(200);
    expect(first.statements).toBeGreaterThan(0);
    const again = await statementsOnB(() => post(b.base, EUROPOL));
    expect(again.result.body).toEqual(first.result.body);
    expect(again.statements).toBe(0);
    const beforeA = dbA.stats.statements;
    const onA = await post(a.base, EUROPOL);
    expect(onA.body).toEqual(first.result.body);
    expect(dbA.stats.statements - beforeA).toBe(0);
  });

  it("a request with an API key bypasses the cache", async () => {
    await post(b.base, EUROPOL);
    const keyed = await statementsOnB(() => post(b.base, EUROPOL, undefined, auth()));
    expect(keyed.result.body.data.organization.name).toBe("European Union Agency for Law Enforcement Cooperation");
    expect(keyed.statements).toBeGreaterThan(0);
  });

  it("a mutation on A invalidates what B cached: B answers the new value, uncached", async () => {
    const cached = await post(b.base, EUROPOL);
    const id = cached.body.data.organization.id;
    const name = `Europol renamed ${Date.now()}`;
    const res = await post(a.base, UPDATE, { input: { id, name, sources: SOURCES, reason: "test" } }, auth());
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.updateEntity).toEqual({ entity: { id, name }, userErrors: [] });
    const after = await statementsOnB(() => post(b.base, EUROPOL));
    expect(after.result.body.data.organization).toEqual({ id, name });
    expect(after.statements).toBeGreaterThan(0);
  });

  it("a create on A invalidates B's cached lists of that type", async () => {
    const before = (await post(b.base, LIST)).body.data.organizations.totalCount;
    expect((await statementsOnB(() => post(b.base, LIST))).statements).toBe(0);
    const res = await post(a.base, CREATE, { input: { kind: "ORGANIZATION", slug: `shared-${Date.now()}`, name: "Shared State Test Body", organizationKind: "REGIONAL_BODY", sources: SOURCES } }, auth());
    expect(res.body.data.createEntity.userErrors).toEqual([]);
    const after = await post(b.base, LIST);
    expect(after.body.data.organizations.totalCount).toBe(before + 1);
  });

  it("invalidateEntities (for direct writes: importer, data loader) drops cached responses on every instance", async () => {
    const cached = await post(b.base, EUROPOL);
    const { id } = cached.body.data.organization;
    await t.db.prisma.entity.update({ where: { id: Number(Buffer.from(id, "base64").toString().split(":")[1]) }, data: { name: "Written directly" } });
    // Still the cached answer: nothing told the cache.
    expect((await post(b.base, EUROPOL)).body.data.organization.name).toBe(cached.body.data.organization.name);
    await invalidateEntities(sharedA, [id]);
    expect((await post(b.base, EUROPOL)).body.data.organization.name).toBe("Written directly");
  });

  it("a subscription held on B receives the event of a write made on A (SSE), filtered by kind", async () => {
    const sub = subscribeSse(b.base, `subscription { changes(kinds: [ORGANIZATION]) { action targetType targetId at } }`);
    await sub.opened;
    // The subscription is live once B's Redis connection subscribed to the channel.
    const probe = new Redis(REDIS_URL);
    await until(async () => ((await probe.pubsub("NUMSUB", `${prefix}changes`)) as [string, number])[1] >= 1, 5000, "SUBSCRIBE");
    probe.disconnect();
    try {
      // A topic first: filtered out by `kinds`.
      const topic = await post(a.base, CREATE, { input: { kind: "TOPIC", slug: `topic-${Date.now()}`, name: "A topic", topicCategory: "SOVEREIGNTY", sources: SOURCES } }, auth());
      expect(topic.body.data.createEntity.userErrors).toEqual([]);
      const started = Date.now();
      const org = await post(a.base, CREATE, { input: { kind: "ORGANIZATION", slug: `sub-${Date.now()}`, name: "Subscribed Body", organizationKind: "REGIONAL_BODY", sources: SOURCES } }, auth());
      const created = org.body.data.createEntity.entity.id;
      const event = await sub.next(5000);
      expect(event.data.changes).toMatchObject({ action: "CREATE", targetType: "Organization", targetId: created });
      expect(Date.parse(event.data.changes.at)).toBeGreaterThanOrEqual(started - 1000);
      expect(sub.events).toHaveLength(1);
    } finally {
      sub.close();
    }
  });

  it("shares a client's rate limit budget between instances: 429 with Retry-After and RATE_LIMITED", async () => {
    const p2 = uniquePrefix("ratelimit");
    const s1 = createSharedState({ redisUrl: REDIS_URL, prefix: p2, rateLimitPerMinute: 3 });
    const s2 = createSharedState({ redisUrl: REDIS_URL, prefix: p2, rateLimitPerMinute: 3 });
    await Promise.all([s1.hub!.ready(), s2.hub!.ready()]);
    const i1 = await startInstance(dbA, s1);
    const i2 = await startInstance(dbB, s2);
    try {
      const q = `{ __typename }`;
      expect((await post(i1.base, q)).status).toBe(200);
      expect((await post(i2.base, q)).status).toBe(200);
      expect((await post(i1.base, q)).status).toBe(200);
      const refused = await post(i2.base, q);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(refused.body.errors[0].extensions.code).toBe("RATE_LIMITED");
      // A key that does not verify is no identity of its own: it counts against the same address.
      expect((await post(i2.base, q, undefined, { "x-api-key": "pgk_someone-else-entirely" })).status).toBe(429);
      // Another client (a verified API key) has its own budget.
      expect((await post(i2.base, q, undefined, auth())).status).toBe(200);
    } finally {
      await i1.close();
      await i2.close();
      await s1.close();
      await s2.close();
      await dropRedisPrefix(p2);
    }
  });

  it("invalid keys from one address are counted across instances: past the limit neither instance looks keys up", async () => {
    const p3 = uniquePrefix("badkeys");
    const s1 = createSharedState({ redisUrl: REDIS_URL, prefix: p3, rateLimitPerMinute: 1000 });
    const s2 = createSharedState({ redisUrl: REDIS_URL, prefix: p3, rateLimitPerMinute: 1000 });
    await Promise.all([s1.hub!.ready(), s2.hub!.ready()]);
    const limits = { clientLimits: { invalidKeysPerMinute: 6 } };
    const i1 = await startInstance(dbA, s1, undefined, limits);
    const i2 = await startInstance(dbB, s2, undefined, limits);
    try {
      const before = dbA.stats.statements + dbB.stats.statements;
      const codes = [];
      for (let i = 0; i < 40; i++) {
        const r = await post(i % 2 ? i2.base : i1.base, `{ __typename }`, undefined, { authorization: `Bearer pgk_${Math.random().toString(36).slice(2)}${i}xxxxxxxx` });
        codes.push(`${r.status} ${r.body.errors[0].extensions.code}`);
      }
      expect(dbA.stats.statements + dbB.stats.statements - before).toBeLessThanOrEqual(6);
      expect(codes.slice(0, 6)).toEqual(Array(6).fill("401 UNAUTHENTICATED"));
      expect(codes.slice(6)).toEqual(Array(34).fill("429 TOO_MANY_INVALID_KEYS"));
    } finally {
      await i1.close();
      await i2.close();
      await s1.close();
      await s2.close();
      await dropRedisPrefix(p3);
    }
  });
});
