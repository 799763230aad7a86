// Faults: the database goes away and returns (a TCP proxy in front of PostgreSQL that the test cuts), Redis goes
// away and returns (same), and processes killed with SIGKILL while writing lose no acknowledged write and leave
// no half-written change.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { createDb, type DbHandle } from "../../src/store/db.js";
import { writeCsv } from "../../src/export/csv.js";
import { createSharedState } from "../../src/store/redis.js";
import type { SharedState } from "../../src/store/shared.js";
import { availableProviders, postgresAvailable, seededDatabase, type TestDb } from "../helpers/db.js";
import { collect } from "../export/helpers.js";
import { REDIS_URL, TcpProxy, captureLogger, dropRedisPrefix, post, redisAvailable, startInstance, uniquePrefix, until, type Instance, proxiedUrl, statementsDuring } from "../helpers/production.js";

const hasPg = await postgresAvailable();
const hasRedis = await redisAvailable();
const QUERY = `{ organization(slug: "europol") { id name } }`;
// One process (node with tsx's loader), not the tsx CLI, which runs the script in a child that SIGKILL would miss.
const NODE_TSX = [process.execPath, "--import", "tsx"];

describe.skipIf(!hasPg)("PostgreSQL goes away and comes back", () => {
  let t: TestDb;
  let proxy: TcpProxy;
  let db: DbHandle;
  let inst: Instance;

  beforeAll(async () => {
    t = await seededDatabase("postgresql");
    let proxiedDb: string;
    ({ proxy, url: proxiedDb } = await proxiedUrl(t.url));
    db = createDb(proxiedDb, { connectTimeoutMs: 1000, statementTimeoutMs: 5000 });
    inst = await startInstance(db);
  }, 180_000);
  afterAll(async () => {
    await inst?.close();
    await db?.prisma.$disconnect().catch(() => undefined);
    await proxy?.close();
    await t?.drop();
  });

  it("answers SERVICE_UNAVAILABLE (503 for graphql-response+json), /ready 503, and recovers without restart", async () => {
    expect((await post(inst.base, QUERY)).status).toBe(200);
    expect((await fetch(`${inst.base}/ready`)).status).toBe(200);

    proxy.down();
    const t0 = Date.now();
    const down = await post(inst.base, QUERY);
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("5");
    expect(down.body.errors[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
    expect(down.body.errors[0].message).toMatch(/database cannot be reached/);
    expect(Date.now() - t0).toBeLessThan(3000);
    // Legacy application/json: 200, same error code (GraphQL-over-HTTP).
    const legacy = await post(inst.base, QUERY, undefined, { accept: "application/json" });
    expect(legacy.status).toBe(200);
    expect(legacy.body.errors[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
    expect((await fetch(`${inst.base}/ready`)).status).toBe(503);
    expect((await fetch(`${inst.base}/health`)).status).toBe(200); // alive: do not restart it

    proxy.up();
    await until(async () => (await fetch(`${inst.base}/ready`)).status === 200, 10_000, "/ready after the database returned");
    const back = await post(inst.base, QUERY);
    expect(back.status).toBe(200);
    expect(back.body.data.organization.name).toBe("European Union Agency for Law Enforcement Cooperation");
  });

  it("a statement over STATEMENT_TIMEOUT_MS is cancelled by PostgreSQL", async () => {
    const slow = createDb(t.url, { statementTimeoutMs: 200 });
    try {
      await expect(slow.prisma.$queryRawUnsafe("SELECT pg_sleep(2)")).rejects.toThrow(/statement timeout|57014|canceling statement/i);
    } finally {
      await slow.prisma.$disconnect();
    }
  });
});

describe.skipIf(!hasRedis)("Redis goes away and comes back", () => {
  let t: TestDb;
  let proxy: TcpProxy;
  let shared: SharedState;
  let inst: Instance;
  const prefix = uniquePrefix("faults");
  const { logger, lines } = captureLogger();

  beforeAll(async () => {
    t = await seededDatabase("sqlite");
    proxy = await new TcpProxy("127.0.0.1", Number(new URL(REDIS_URL).port || 6379)).start();
    shared = createSharedState({ redisUrl: `redis://127.0.0.1:${proxy.port}`, prefix, cacheTtlMs: 60_000, rateLimitPerMinute: 1000, logger });
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

  it("keeps serving with the cache off, says so in a warning, and turns the cache back on when Redis returns", async () => {
    await post(inst.base, QUERY);
    expect(await statements(() => post(inst.base, QUERY))).toBe(0); // cached

    expect(await (await fetch(`${inst.base}/ready`)).json()).toMatchObject({ status: "ready", redis: "up" });
    proxy.down();
    await until(() => !shared.hub!.isUp(), 5000, "Redis marked down");
    // Still ready (it serves without Redis), and says Redis is down.
    const ready = await fetch(`${inst.base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", redis: "down" });
    for (let i = 0; i < 3; i++) {
      const t0 = Date.now();
      let res!: Awaited<ReturnType<typeof post>>;
      const n = await statements(async () => (res = await post(inst.base, QUERY)));
      expect(res.status).toBe(200);
      expect(res.body.data.organization.name).toBe("European Union Agency for Law Enforcement Cooperation");
      expect(n).toBeGreaterThan(0); // not from the cache
      expect(Date.now() - t0).toBeLessThan(1500);
    }
    const warnings = lines.filter((l) => l.level === "warn" && /Redis unavailable: response cache off/.test(String(l.msg)));
    expect(warnings).toHaveLength(1); // once, not per request

    proxy.up();
    await until(() => shared.hub!.isUp(), 10_000, "Redis back");
    expect(lines.some((l) => l.level === "info" && /Redis available again/.test(String(l.msg)))).toBe(true);
    await post(inst.base, QUERY);
    expect(await statements(() => post(inst.base, QUERY))).toBe(0); // cached again
  });
});

/** Spawns a child, resolves when `ready(stdout)` is true, then kills it with SIGKILL. */
function killWhen(args: string[], env: Record<string, string>, ready: (out: string) => boolean | Promise<boolean>, timeoutMs = 60_000) {
  return new Promise<{ stdout: string; stderr: string; signal: NodeJS.Signals | null; code: number | null }>((resolve, reject) => {
    const child = spawn(NODE_TSX[0], [...NODE_TSX.slice(1), ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let killed = false;
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`child did not become ready in ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    const poll = setInterval(async () => {
      if (killed) return;
      if (await ready(stdout)) {
        killed = true;
        child.kill("SIGKILL");
      }
    }, 20);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      clearInterval(poll);
      resolve({ stdout, stderr, signal, code });
    });
  });
}

describe.each(await availableProviders())("SIGKILL during writes on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await seededDatabase(provider);
  }, 180_000);
  afterAll(async () => t?.drop());

  it("a loop of writes killed mid-way: every acknowledged write is there, none is half-written", async () => {
    const tag = `loop-${provider === "sqlite" ? "s" : "p"}`;
    const { stdout, signal } = await killWhen(["test/helpers/write-loop.ts", t.url, tag], {}, (out) => (out.match(/^ack /gm)?.length ?? 0) >= 25);
    expect(signal).toBe("SIGKILL");
    const acked = [...stdout.matchAll(/^ack (\d+)$/gm)].map((m) => Number(m[1]));
    expect(acked.length).toBeGreaterThanOrEqual(25);
    const rows = await t.db.prisma.entity.findMany({ where: { slug: { startsWith: `${tag}-` } }, include: { claims: true } });
    const slugs = new Set(rows.map((r) => r.slug));
    for (const i of acked) expect(slugs.has(`${tag}-${i}`)).toBe(true);
    // At most the one write in flight when killed may be there unacknowledged, and whole.
    expect(rows.length - acked.length).toBeLessThanOrEqual(1);
    for (const r of rows) expect(r.claims).toHaveLength(1);
  });

  // PostgreSQL only: the import is slow enough there to be killed mid-way deterministically.
  if (provider === "postgresql") it("`npm run cli -- import` killed mid-way: all of the import or none of it", async () => {
    // A batch of N new nodes, made from a real exported row.
    const N = 3000;
    const csv = await collect((o) => writeCsv(t.db.prisma, "nodes", {}, o));
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const template = rows.find((r) => r.kind === "TOPIC")!;
    const batch = Array.from({ length: N }, (_, i) => ({ ...template, id: `TOPIC:kill-import-${i}`, slug: `kill-import-${i}`, name: `Killed import ${i}`, wikidata: "" }));
    const dir = mkdtempSync(join(tmpdir(), "policing-graph-kill-"));
    const file = join(dir, "nodes.csv");
    writeFileSync(file, stringify(batch, { header: true, columns: Object.keys(template) }));

    // Kill once the import's transaction has written rows (seen from another session as an open transaction).
    const admin = new pg.Client({ connectionString: t.url });
    admin.on("error", () => undefined);
    await admin.connect();
    const dbName = new URL(t.url).pathname.slice(1);
    const importer = new Set<number>();
    try {
      let seen = 0;
      const { signal, stderr } = await killWhen(["src/cli.ts", "import", file], { DATABASE_URL: t.url }, async () => {
        const { rows: open } = await admin.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND now() - xact_start > interval '300 milliseconds'`,
          [dbName],
        );
        for (const r of open) importer.add(r.pid as number);
        if (open.length) seen++;
        return seen >= 1;
      });
      expect(signal).toBe("SIGKILL");
      expect(stderr).not.toMatch(/Imported/);
      // PostgreSQL rolls the killed session's transaction back once it sees the connection gone.
      await until(async () => {
        const { rows: left } = await admin.query(`SELECT pid FROM pg_stat_activity WHERE pid = ANY($1::int[])`, [[...importer]]);
        return left.length === 0;
      }, 20_000, "the killed session to end");
    } finally {
      await admin.end().catch(() => undefined);
    }
    const written = await t.db.prisma.entity.count({ where: { slug: { startsWith: "kill-import-" } } });
    expect([0, N]).toContain(written);
    expect(written).toBe(0); // killed inside its transaction: none of it

    // And the same import, not killed, writes all of it.
    const done = spawn(NODE_TSX[0], [...NODE_TSX.slice(1), "src/cli.ts", "import", file], { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: t.url }, stdio: "ignore" });
    const code = await new Promise<number | null>((r) => done.on("exit", r));
    expect(code).toBe(0);
    expect(await t.db.prisma.entity.count({ where: { slug: { startsWith: "kill-import-" } } })).toBe(N);
  }, 180_000);
});
