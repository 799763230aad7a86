// Partitions: PostgreSQL or Redis stays connected but answers nothing (a TCP proxy in blackhole mode: sockets
// accepted and held, nothing forwarded, no error ever), and outages of either are logged once, not per request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey } from "../../src/auth/keys.js";
import { createDb, type DbHandle } from "../../src/store/db.js";
import { createSharedState } from "../../src/store/redis.js";
import type { SharedState } from "../../src/store/shared.js";
import { postgresAvailable, seededDatabase, type TestDb } from "../helpers/db.js";
import { REDIS_URL, TcpProxy, captureLogger, dropRedisPrefix, post, redisAvailable, startInstance, uniquePrefix, until, type Instance, proxiedUrl, statementsDuring } from "../helpers/production.js";

const hasPg = await postgresAvailable();
const hasRedis = await redisAvailable();
const QUERY = `{ organization(slug: "europol") { id name } }`;
const EUROPOL = "European Union Agency for Law Enforcement Cooperation";
const CREATE = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } userErrors { message } } }`;
const createInput = (slug: string) => ({
  input: { kind: "ORGANIZATION", slug, name: `Partitioned ${slug}`, organizationKind: "REGIONAL_BODY", sources: [{ source: "interpol-site", facts: ["F157"] }] },
});

type Line = Record<string, unknown>;
const about = (lines: Line[], service: string, state: "up" | "down") => lines.filter((l) => l.service === service && l.state === state);

describe.skipIf(!hasPg)("PostgreSQL partition", () => {
  let t: TestDb;
  let proxy: TcpProxy;
  let db: DbHandle;
  let inst: Instance;
  const { logger, lines } = captureLogger();
  const POOL = 3;
  let curator: string;

  beforeAll(async () => {
    t = await seededDatabase("postgresql");
    let proxiedDb: string;
    ({ proxy, url: proxiedDb } = await proxiedUrl(t.url));
    db = createDb(proxiedDb, {
      poolSize: POOL,
      connectTimeoutMs: 1000,
      statementTimeoutMs: 1000,
      queryTimeoutMs: 1500,
      pingTimeoutMs: 500,
      probeIntervalMs: 200,
      outageReminderMs: 60_000,
      logger,
    });
    inst = await startInstance(db, undefined, logger, { readyTimeoutMs: 500 });
    curator = (await createKey(t.db.prisma, `curator-${Date.now()}`, "CURATOR")).secret;
  }, 180_000);
  afterAll(async () => {
    await inst?.close();
    // Proxy first: if a test failed mid-partition, closing it ends the held connections the pool would wait for.
    await proxy?.close();
    await db?.prisma.$disconnect().catch(() => undefined);
    await t?.drop();
  });

  it("requests get SERVICE_UNAVAILABLE instead of hanging, /ready 503, one log line each way, and it recovers without restart", async () => {
    // Fill the pool with connections that will be held by the partition.
    await Promise.all(Array.from({ length: POOL }, () => post(inst.base, QUERY)));
    expect((await fetch(`${inst.base}/ready`)).status).toBe(200);
    const mark = lines.length;

    proxy.blackhole();
    // More requests than connections: some wait on a held connection (client-side query timeout), the others for
    // a connection (acquire timeout); every one of them ends with a 503.
    const auth = { authorization: `Bearer ${curator}` };
    const during = await Promise.all([
      ...Array.from({ length: 4 * POOL }, () => post(inst.base, QUERY)),
      // A write: its transaction cannot begin or commit; a 503 too, and nothing half-written afterwards.
      post(inst.base, CREATE, createInput("partitioned-write"), auth),
    ]);
    for (const res of during) {
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(res.body.errors[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
    }
    const ready = await fetch(`${inst.base}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "unavailable", database: "postgresql" });
    expect((await fetch(`${inst.base}/health`)).status).toBe(200); // alive: no restart needed
    expect(db.health.state()).toBe("down");

    proxy.up();
    await until(async () => (await fetch(`${inst.base}/ready`)).status === 200, 15_000, "/ready after the partition healed");
    const back = await Promise.all(Array.from({ length: 2 * POOL }, () => post(inst.base, QUERY)));
    for (const res of back) {
      expect(res.status).toBe(200);
      expect(res.body.data.organization.name).toBe(EUROPOL);
    }
    await until(() => db.health.isUp(), 5000, "database marked up");
    // The write made during the partition did not happen, or happened whole; a new one works.
    const partial = await t.db.prisma.entity.findMany({ where: { slug: "partitioned-write" }, include: { citations: true } });
    for (const e of partial) expect(e.citations.length).toBeGreaterThan(0);
    const written = await post(inst.base, CREATE, createInput("after-partition"), auth);
    expect(written.status).toBe(200);
    expect(written.body.data.createEntity.userErrors).toEqual([]);

    const logged = lines.slice(mark);
    const down = about(logged, "PostgreSQL", "down");
    expect(down).toHaveLength(1);
    expect(down[0]).toMatchObject({ level: "error" });
    expect(String(down[0].cause)).toMatch(/timeout|terminated/i);
    const up = about(logged, "PostgreSQL", "up");
    expect(up).toHaveLength(1);
    expect(up[0]).toMatchObject({ level: "info", msg: expect.stringMatching(/PostgreSQL available again after \d+\.\d s/) });
    expect(up[0].downForMs).toEqual(expect.any(Number));
    expect(up[0].failures).toBeGreaterThanOrEqual(during.length);
    // No error line per failed request.
    expect(logged.filter((l) => l.level === "error")).toHaveLength(1);
  });

  it("a long outage logs its start once, then at most one reminder per interval, and its end once", async () => {
    const REMINDER = 1000;
    // A proxy of its own: cutting the shared one would also be an outage of the other handle, logged by it.
    const { proxy: cut, url: cutUrl } = await proxiedUrl(t.url);
    const quick = createDb(cutUrl, { poolSize: POOL, connectTimeoutMs: 500, queryTimeoutMs: 1500, pingTimeoutMs: 300, probeIntervalMs: 100, outageReminderMs: REMINDER, logger });
    const quickInst = await startInstance(quick, undefined, logger, { readyTimeoutMs: 300 });
    try {
      expect((await post(quickInst.base, QUERY)).status).toBe(200);
      const mark = lines.length;
      cut.down();
      const t0 = Date.now();
      let requests = 0;
      // Traffic throughout the outage, until two reminders were written and many requests failed.
      while (about(lines.slice(mark), "PostgreSQL", "down").length < 3 || requests < 100) {
        const batch = await Promise.all(Array.from({ length: 10 }, () => post(quickInst.base, QUERY)));
        for (const res of batch) expect(res.body.errors[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
        requests += batch.length;
        await fetch(`${quickInst.base}/ready`);
      }
      const elapsed = Date.now() - t0;
      cut.up();
      await until(() => quick.health.isUp(), 10_000, "database back");

      const logged = lines.slice(mark);
      const down = about(logged, "PostgreSQL", "down");
      expect(down[0].msg).toMatch(/^PostgreSQL unavailable/);
      const reminders = down.slice(1);
      for (const r of reminders) expect(r).toMatchObject({ msg: expect.stringMatching(/^PostgreSQL still unavailable after \d+ s/), downForMs: expect.any(Number) });
      expect(reminders.length).toBeLessThanOrEqual(Math.floor(elapsed / REMINDER));
      expect(about(logged, "PostgreSQL", "up")).toHaveLength(1);
      // A hundred failed requests, a handful of lines: no line per request besides the access log.
      expect(logged.filter((l) => l.level === "warn" || l.level === "error")).toEqual(down);
    } finally {
      await quickInst.close();
      await quick.prisma.$disconnect().catch(() => undefined);
      await cut.close();
    }
  });
});

describe.skipIf(!hasRedis)("Redis partition", () => {
  let t: TestDb;
  let proxy: TcpProxy;
  let shared: SharedState;
  let inst: Instance;
  const prefix = uniquePrefix("partition");
  const { logger, lines } = captureLogger();

  beforeAll(async () => {
    t = await seededDatabase("sqlite");
    proxy = await new TcpProxy("127.0.0.1", Number(new URL(REDIS_URL).port || 6379)).start();
    shared = createSharedState({
      redisUrl: `redis://127.0.0.1:${proxy.port}`,
      prefix,
      cacheTtlMs: 60_000,
      rateLimitPerMinute: 1000,
      logger,
      commandTimeoutMs: 300,
      probeIntervalMs: 200,
    });
    await shared.hub!.ready();
    inst = await startInstance(t.db, shared, logger);
  }, 120_000);
  afterAll(async () => {
    await inst?.close();
    await shared?.close();
    await proxy?.close();
    await dropRedisPrefix(prefix);
    await t?.drop();
  });

  const statements = (fn: () => Promise<unknown>) => statementsDuring(t.db, fn);

  it("one command timeout opens the circuit; then requests skip Redis entirely; a PING closes it when Redis answers", async () => {
    const hub = shared.hub!;
    await post(inst.base, QUERY);
    expect(await statements(() => post(inst.base, QUERY))).toBe(0); // cached
    const mark = lines.length;

    proxy.blackhole();
    // The first request meets the partition: its rate-limit command times out, which opens the circuit.
    const first = await post(inst.base, QUERY);
    expect(first.status).toBe(200);
    expect(first.body.data.organization.name).toBe(EUROPOL);
    expect(hub.health.state()).toBe("down");

    // Every later request takes the in-process path, with none of its four Redis round trips: the rate-limit
    // INCR, the response cache's two reads (Yoga's lookup when the request's parameters are known, envelop's when
    // it executes) and its write.
    const N = 20;
    const skipped = hub.stats.skipped;
    for (let i = 0; i < N; i++) {
      let res!: Awaited<ReturnType<typeof post>>;
      expect(await statements(async () => (res = await post(inst.base, QUERY)))).toBeGreaterThan(0); // not from the cache
      expect(res.status).toBe(200);
      expect(res.body.data.organization.name).toBe(EUROPOL);
    }
    expect(hub.stats.skipped - skipped).toBe(4 * N);

    // Ready (it serves without Redis), and says Redis is down.
    const ready = await fetch(`${inst.base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", redis: "down" });
    const down = about(lines.slice(mark), "Redis", "down");
    expect(down).toHaveLength(1);
    expect(down[0]).toMatchObject({ level: "warn", msg: expect.stringMatching(/^Redis unavailable: response cache off/) });
    expect(String(down[0].cause)).toMatch(/timed out/i);

    proxy.up();
    await until(() => hub.state() === "up", 15_000, "the circuit to close");
    const up = about(lines.slice(mark), "Redis", "up");
    expect(up).toHaveLength(1);
    expect(up[0]).toMatchObject({ level: "info", msg: expect.stringMatching(/^Redis available again after \d+\.\d s/), downForMs: expect.any(Number) });
    expect(await (await fetch(`${inst.base}/ready`)).json()).toMatchObject({ status: "ready", redis: "up" });
    // Closed: Redis is used again (the cache was flushed on the way, then filled).
    const skippedBefore = hub.stats.skipped;
    await post(inst.base, QUERY);
    expect(await statements(() => post(inst.base, QUERY))).toBe(0);
    expect(hub.stats.skipped).toBe(skippedBefore);
  });
  it("a long Redis outage logs its start once, then at most one reminder per interval, and its end once", async () => {
    const REMINDER = 1000;
    const own = await new TcpProxy("127.0.0.1", Number(new URL(REDIS_URL).port || 6379)).start();
    const { logger: ownLogger, lines: ownLines } = captureLogger();
    const ownPrefix = uniquePrefix("partition-log");
    const state = createSharedState({
      redisUrl: `redis://127.0.0.1:${own.port}`,
      prefix: ownPrefix,
      cacheTtlMs: 60_000,
      rateLimitPerMinute: 100_000,
      logger: ownLogger,
      commandTimeoutMs: 300,
      probeIntervalMs: 200,
      outageReminderMs: REMINDER,
    });
    await state.hub!.ready();
    const own1 = await startInstance(t.db, state, ownLogger);
    try {
      own.blackhole();
      const t0 = Date.now();
      let requests = 0;
      while (about(ownLines, "Redis", "down").length < 3 || requests < 100) {
        const batch = await Promise.all(Array.from({ length: 10 }, () => post(own1.base, QUERY)));
        for (const res of batch) expect(res.status).toBe(200);
        requests += batch.length;
      }
      const elapsed = Date.now() - t0;
      own.up();
      await until(() => state.hub!.state() === "up", 15_000, "the circuit to close");

      const down = about(ownLines, "Redis", "down");
      expect(down[0].msg).toMatch(/^Redis unavailable: /);
      const reminders = down.slice(1);
      for (const r of reminders) expect(r).toMatchObject({ level: "warn", msg: expect.stringMatching(/^Redis still unavailable after \d+ s/), downForMs: expect.any(Number) });
      expect(reminders.length).toBeLessThanOrEqual(Math.floor(elapsed / REMINDER));
      expect(about(ownLines, "Redis", "up")).toHaveLength(1);
      // A hundred requests served without Redis, and nothing else above info level.
      expect(ownLines.filter((l) => l.level === "warn" || l.level === "error")).toEqual(down);
    } finally {
      await own1.close();
      await state.close();
      await own.close();
      await dropRedisPrefix(ownPrefix);
    }
  });
});
