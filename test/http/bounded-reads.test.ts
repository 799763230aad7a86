// Bounded reads on a generated graph of 200k relationships, against the real server as `npm start` runs it
// (node --max-old-space-size=192 dist/server.js, a child process): the queries that used to abort the process or
// freeze it get a bounded answer or a typed refusal, the process stays alive, and /health answers while an
// aggregate runs. Statement counts are checked in-process (yoga.fetch) on the same database. SQLite and PostgreSQL.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer as createTcpServer, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateGraph } from "../../scripts/generate-graph.js";
import { PROJECT_ROOT } from "../../src/config.js";
import { ROW_BUDGET } from "../../src/read/context.js";
import { availableProviders, emptyDatabase, type TestDb } from "../helpers/db.js";
import { gql, testServer } from "../helpers/http.js";

const RELATIONS = 200_000;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createTcpServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

// The compiled server, as `npm start` builds it (incremental: a no-op when dist/ is current).
beforeAll(() => {
  const tsc = spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { cwd: PROJECT_ROOT, encoding: "utf8" });
  if (tsc.status !== 0) throw new Error(`build failed: ${tsc.stdout}${tsc.stderr}`);
}, 180_000);

describe.each(await availableProviders())("bounded reads on a 200k-relationship graph on %s", (provider) => {
  let t: TestDb;
  let child: ChildProcess;
  let base: string;
  let busiestArea: string;
  const outputs = new Map<ChildProcess, string>();

  /** `npm start`'s process on the generated database: the compiled server with its 192 MB heap. */
  async function startServer(url: string, env: Record<string, string> = {}) {
    const port = await freePort();
    const proc = spawn(process.execPath, ["--max-old-space-size=192", "dist/server.js"], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: url, AUTO_SEED: "false", REDIS_URL: "", RATE_LIMIT_PER_MINUTE: "0", RESPONSE_CACHE_TTL_MS: "0", LOG_LEVEL: "warn", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    outputs.set(proc, "");
    const log = (d: Buffer) => outputs.set(proc, outputs.get(proc) + String(d));
    proc.stdout!.on("data", log);
    proc.stderr!.on("data", log);
    const url0 = `http://127.0.0.1:${port}`;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`server exited: ${outputs.get(proc)}`);
      if (await fetch(`${url0}/health`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    return { child: proc, base: url0 };
  }

  beforeAll(async () => {
    t = await emptyDatabase(provider);
    await generateGraph(t.url, { relations: RELATIONS, seed: 42, progress: false, log: () => {} });
    const [row] = await t.db.read<{ slug: string }>(
      `SELECT e."slug" FROM "Relation" r JOIN "Entity" e ON e."id" = r."toId" WHERE r."kind" = 'WORKS_ON'
       GROUP BY e."slug" ORDER BY COUNT(*) DESC LIMIT 1`,
    );
    busiestArea = row.slug;
    ({ child, base } = await startServer(t.url));
  }, 300_000);

  afterAll(async () => {
    for (const proc of outputs.keys()) proc.kill("SIGKILL");
    await t?.drop();
  });

  const post = async (query: string, at = base) => {
    const res = await fetch(`${at}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
  };

  /** The process is alive and answers /health. */
  const alive = async () => {
    expect(child.exitCode, outputs.get(child)).toBeNull();
    expect((await fetch(`${base}/health`)).status).toBe(200);
  };

  it("cooperationOnCrime on the busiest area: a bounded list, the full count in SQL, the process alive", async () => {
    const { status, body } = await post(`{ cooperationOnCrime(crimeArea: "${busiestArea}") { actorCount actors { id } cooperations(first: 5) { id } instruments { id } } }`);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(status).toBe(200);
    const c = body.data.cooperationOnCrime;
    // Thousands of actors (whose ids once overflowed the bound-parameter limit): 100 come back, all are counted.
    expect(c.actorCount).toBeGreaterThan(1000);
    expect(c.actors).toHaveLength(100);
    expect(c.cooperations).toHaveLength(5);
    expect(c.instruments.length).toBeLessThanOrEqual(100);
    await alive();
  }, 180_000);

  it("refuses the nested hub query before it runs: QUERY_TOO_COMPLEX with the rows and the budget", async () => {
    const { status, body } = await post(
      `{ organizations(first: 100) { edges { node { relations(first: 100) { from { relations(first: 20) { id } } } } } } }`,
    );
    expect(status).toBe(400);
    expect(body.errors![0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", rows: 220_101, budget: ROW_BUDGET });
    await alive();
  }, 180_000);

  it("cuts a query the estimate under-prices (lists without first) with ROW_BUDGET_EXCEEDED", async () => {
    // Priced at 10 per list without `first`, but relationship lists return up to 100: hubs read far more.
    const { status, body } = await post(`{ organizations(first: 100) { edges { node { relations { from { relations { id } } } } } } }`);
    expect(status).toBeLessThan(500);
    expect(body.errors?.map((e) => e.extensions?.code)).toContain("ROW_BUDGET_EXCEEDED");
    await alive();
  }, 180_000);

  it("answers every aggregate from SQL, bounded, while /health keeps answering", async () => {
    const aggregates = ["CRIME_AREA", "PARTNER", "YEAR", "KIND"].map((by) => `cooperationCounts(by: ${by}) { key count }`);
    aggregates.push("missionCounts(by: HOST_COUNTRY) { key count }", "missionCounts(by: START_YEAR) { key count }");
    for (const a of aggregates) {
      let done = false;
      const probes: number[] = [];
      // Liveness, not timing: every probe sent while the aggregate runs must be answered (a frozen event loop
      // never answers it before the abort).
      const poll = (async () => {
        while (!done) {
          probes.push(await fetch(`${base}/health`, { signal: AbortSignal.timeout(30_000) }).then((r) => r.status, () => 0));
          await new Promise((r) => setTimeout(r, 50));
        }
      })();
      const { status, body } = await post(`{ ${a} }`);
      done = true;
      await poll;
      expect(body.errors, `${a}: ${JSON.stringify(body.errors)}`).toBeUndefined();
      expect(status).toBe(200);
      const buckets = Object.values(body.data)[0] as { count: number }[];
      expect(buckets.length).toBeGreaterThan(0);
      expect(buckets.length).toBeLessThanOrEqual(100);
      expect(probes.every((s) => s === 200), `${a}: /health probes ${probes.join(",")}`).toBe(true);
      await alive();
    }
  });

  it("issues a fixed number of statements per request, whatever the size of the area or the graph", async () => {
    const yoga = testServer(t.db);
    const crime = await gql<any>(yoga, t.db, `{ cooperationOnCrime(crimeArea: "${busiestArea}") { actors { actor { id } sources { title } } cooperations { parties { id } } toolUses { tool { id } } instruments { name } } }`);
    expect(crime.errors).toBeUndefined();
    // The area, the four lists, and per level of their children one batched read (ends, citations, sources).
    expect(crime.statements).toBeLessThanOrEqual(12);
    for (const by of ["CRIME_AREA", "PARTNER"]) {
      const r = await gql<any>(yoga, t.db, `{ cooperationCounts(by: ${by}) { count entity { id } } }`);
      expect(r.errors).toBeUndefined();
      // One GROUP BY, one load of the bucket entities.
      expect(r.statements).toBe(2);
    }
  }, 180_000);

  it.runIf(provider === "sqlite")("SQLite: an aggregate past STATEMENT_TIMEOUT_MS is QUERY_TIMEOUT (503), the server unfrozen and alive", async () => {
    // One server per SQLite file (a second one is refused): stop the main one first; this is the file's last test.
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await exited;
    const slow = await startServer(t.url, { STATEMENT_TIMEOUT_MS: "1" });
    const { status, body } = await post(`{ cooperationCounts(by: CRIME_AREA) { count } }`, slow.base);
    expect(status).toBe(503);
    expect(body.errors![0].extensions?.code).toBe("QUERY_TIMEOUT");
    expect(slow.child.exitCode).toBeNull();
    expect((await fetch(`${slow.base}/health`)).status).toBe(200);
    // Other requests are served as before.
    const other = await post(`{ organization(slug: "europol") { name } }`, slow.base);
    expect(other.body.data?.organization?.name).toBe("European Union Agency for Law Enforcement Cooperation");
  }, 180_000);
});
