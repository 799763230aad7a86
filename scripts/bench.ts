// `npm run bench -- [--sizes 1k,100k,1m] [--db sqlite,postgresql] [--duration 10] [--runs 3] [--scenarios a,b]
//                   [--targets api,floor,postgraphile] [--label results] [--connections 10]`
// For each database and size: makes sure a bench database holds the seeded data plus a synthetic graph of that many
// relations (scripts/generate-graph.ts; SQLite var/bench/policing_graph_bench_<size>.db, PostgreSQL database
// policing_graph_bench_<size> next to PG_ADMIN_URL), and starts, as child processes:
//   - api: the real server (scripts/bench/server.ts: src/http/serve.ts plus a counter that reports x-sql-statements,
//     no response cache, no rate limit), with `npm start`'s Node flags;
//   - floor: the same answers by hand-written SQL over the same driver (scripts/bench/floor.ts);
//   - postgraphile (PostgreSQL only): PostGraphile 5 over the same tables (scripts/bench/postgraphile.ts), asked each
//     scenario's closest equivalent (scripts/bench/scenarios.ts).
// Checks that the answers carry the same data (floor: the same JSON; PostGraphile: the data both carry), counts the
// SQL statements per request (sequential requests), then drives each target with autocannon (--connections clients,
// --duration seconds) in interleaved rounds (api, floor, postgraphile, api, ...; --runs rounds, median taken),
// measuring for each run the target process's CPU time (utime+stime of /proc/<pid>/stat) and, on PostgreSQL, that of
// its database backends (found by application_name = PGAPPNAME in pg_stat_activity), per request; and each target's
// peak RSS (VmHWM). Writes docs/benchmarks.md between <!-- bench:<label>:start/end --> markers and
// var/bench/<label>.json.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem, loadavg } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import pg from "pg";
import { PROJECT_ROOT } from "../src/config.js";
import { generateGraph, parseSize, prng } from "./generate-graph.js";
import { GROUP_KEYS, NESTED_GROUP_KEYS, PREDICATES, SCENARIOS, SEARCH_QUERIES, YEARS, type Scenario } from "./bench/scenarios.js";
import { encodeId } from "../src/data/ids.js";

type DbKind = "sqlite" | "postgresql";
const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? "postgresql://policing_graph@127.0.0.1:5432/postgres";
const BENCH_DIR = join(PROJECT_ROOT, "var", "bench");
const DOC = join(PROJECT_ROOT, "docs", "benchmarks.md");

interface Options {
  sizes: string[];
  dbs: DbKind[];
  duration: number;
  runs: number;
  connections: number;
  scenarios: string[];
  targets: TargetName[];
  label: string;
  seed: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { sizes: ["1k", "100k", "1m"], dbs: ["sqlite", "postgresql"], duration: 10, runs: 3, connections: 10, scenarios: SCENARIOS.map((s) => s.name), targets: [...TARGETS], label: "results", seed: 42 };
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (v === undefined) throw new Error(`${k} needs a value`);
    if (k === "--sizes") o.sizes = v.split(",");
    else if (k === "--db") o.dbs = v.split(",") as DbKind[];
    else if (k === "--duration") o.duration = Number(v);
    else if (k === "--runs") o.runs = Number(v);
    else if (k === "--connections") o.connections = Number(v);
    else if (k === "--scenarios") o.scenarios = v.split(",");
    else if (k === "--targets") o.targets = v.split(",") as TargetName[];
    else if (k === "--label") o.label = v;
    else if (k === "--seed") o.seed = Number(v);
    else throw new Error(`unknown option ${k}`);
  }
  return o;
}

/** Node flags of `npm start` (package.json), so the benchmark runs the server as users do. */
const START_FLAGS = (JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start
  .split(/\s+/)
  .filter((a) => a.startsWith("--"));
/** The product's server with the statement counter (x-sql-statements). */
const SERVER = "scripts/bench/server.ts";
const log = (s: string) => process.stderr.write(`${s}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => loadavg().map((x) => x.toFixed(2)).join(", ");

/** The bench database of a size, with exactly `relations` synthetic relations (generated when not yet there). */
async function benchDatabase(db: DbKind, size: string, seed: number): Promise<string> {
  const relations = parseSize(size);
  const name = `policing_graph_bench_${size.toLowerCase()}`;
  let url: string;
  let count: number;
  if (db === "sqlite") {
    mkdirSync(BENCH_DIR, { recursive: true });
    const file = join(BENCH_DIR, `${name}.db`);
    url = `file:${file}`;
    count = -1;
    if (existsSync(file)) {
      const d = new Database(file, { readonly: true });
      try {
        count = (d.prepare(`SELECT count(*) AS n FROM "Relation" WHERE "key" LIKE 'synthetic:%'`).get() as { n: number }).n;
      } catch {
        count = -1;
      }
      d.close();
    }
  } else {
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount;
    if (!exists) await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(PG_ADMIN_URL);
    u.pathname = `/${name}`;
    url = u.toString();
    count = -1;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      count = Number((await c.query(`SELECT count(*) AS n FROM "Relation" WHERE "key" LIKE 'synthetic:%'`)).rows[0].n);
    } catch {
      count = -1;
    }
    await c.end();
  }
  if (count !== relations) {
    log(`[${db} ${size}] generating ${relations} synthetic relations (load ${load()})`);
    const s = await generateGraph(url, { relations, seed, progress: process.stderr.isTTY });
    generated.push({ db, size, ...s });
  }
  return url;
}
const generated: { db: DbKind; size: string; seconds: number; rowsPerSecond: number; relations: number }[] = [];
/** What could not be measured (a database and size, or one target of one scenario). */
const failures: string[] = [];

function startChild(script: string, env: Record<string, string>, port: number): Promise<ChildProcess> {
  // The server runs with `npm start`'s Node flags (heap cap), both through tsx (scripts/bench/server.ts adds the
  // benchmark-only statement counter to the product's server).
  const child = spawn(process.execPath, [...(script === SERVER ? START_FLAGS : []), "--import", "tsx", script], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const poll = async () => {
      if (child.exitCode !== null) return reject(new Error(`${script} exited: ${stderr}`));
      try {
        const res = await fetch(`http://127.0.0.1:${port}/health`);
        if (res.status < 500) return resolve(child);
      } catch {
        /* not up yet */
      }
      if (Date.now() - t0 > 120_000) return reject(new Error(`${script} did not start: ${stderr}`));
      setTimeout(poll, 250);
    };
    void poll();
  });
}

function stopChild(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), 10_000).unref();
  });
}

function memoryOf(pid: number): { hwm: number; rss: number } {
  const s = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? 0);
  return { hwm: kb("VmHWM") / 1024, rss: kb("VmRSS") / 1024 };
}

/** Clock ticks per second of /proc/<pid>/stat's times. */
const CLK_TCK = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
/** CPU time (user + system) of a process so far, in ms; 0 when it is gone. */
function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) in parentheses: state is field 3, utime 14, stime 15.
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK;
  } catch {
    return 0;
  }
}

type TargetName = "api" | "floor" | "postgraphile";
const TARGETS: TargetName[] = ["api", "floor", "postgraphile"];
interface Target {
  name: TargetName;
  port: number;
  pid: number;
  /** The PostgreSQL application_name of its connections (PGAPPNAME), to find its backends; null on SQLite. */
  appName: string | null;
  /** Request path and body for one scenario and set of variables. */
  request(s: Scenario, variables: Record<string, unknown>): { path: string; body: string };
}
const graphql = (query: string, variables: Record<string, unknown>) => ({ path: "/graphql", body: JSON.stringify({ query, variables }) });
const requestOf: Record<TargetName, Target["request"]> = {
  api: (s, v) => graphql(s.query, v),
  floor: (s, v) => ({ path: `/${s.name}`, body: JSON.stringify({ variables: v }) }),
  postgraphile: (s, v) => {
    if ("none" in s.postgraphile) throw new Error(`${s.name}: no PostGraphile equivalent`);
    return graphql(s.postgraphile.query, s.postgraphile.variables ? s.postgraphile.variables(v) : v);
  },
};
const hasEquivalent = (t: TargetName, s: Scenario) => t !== "postgraphile" || !("none" in s.postgraphile);

async function post(t: Target, s: Scenario, v: Record<string, unknown>) {
  const { path, body } = t.request(s, v);
  const res = await fetch(`http://127.0.0.1:${t.port}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body,
  });
  const json = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  return { status: res.status, json, statements: Number(res.headers.get("x-sql-statements") ?? NaN) };
}

/** CPU time (ms) of the PostgreSQL backends serving a target, per backend pid, read from /proc. */
async function backendCpu(admin: pg.Client | null, appName: string | null): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (!admin || !appName) return out;
  const { rows } = await admin.query(`SELECT pid FROM pg_stat_activity WHERE application_name = $1`, [appName]);
  for (const r of rows as { pid: number }[]) out.set(r.pid, cpuMsOf(r.pid));
  return out;
}

interface RunResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  total: number;
  /** Target process CPU ms per request. */
  cpuMs: number;
  /** Its PostgreSQL backends' CPU ms per request (backends that ended during the run are missed); null on SQLite. */
  dbCpuMs: number | null;
}

async function hammer(t: Target, s: Scenario, variants: Record<string, unknown>[], seconds: number, connections: number, admin: pg.Client | null): Promise<RunResult> {
  const cpu0 = cpuMsOf(t.pid);
  const db0 = await backendCpu(admin, t.appName);
  const result = await autocannon({
    url: `http://127.0.0.1:${t.port}`,
    connections,
    duration: seconds,
    requests: variants.map((v) => {
      const { path, body } = t.request(s, v);
      return { method: "POST" as const, path, body, headers: { "content-type": "application/json", accept: "application/json" } };
    }),
  });
  const cpu = cpuMsOf(t.pid) - cpu0;
  const db1 = await backendCpu(admin, t.appName);
  let dbCpu = 0;
  for (const [pid, ms] of db1) dbCpu += ms - (db0.get(pid) ?? 0);
  const total = Math.max(1, result.requests.total);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
    cpuMs: cpu / total,
    dbCpuMs: admin && t.appName ? dbCpu / total : null,
  };
}

/** The variables each scenario's requests cycle through, chosen from the bench database. */
async function variantsFor(dbKind: DbKind, url: string, floor: Target, seed: number): Promise<Record<string, Record<string, unknown>[]>> {
  let orgIds: number[];
  let orgSlugs: string[];
  if (dbKind === "sqlite") {
    const d = new Database(url.replace(/^file:/, ""), { readonly: true });
    const rows = d.prepare(`SELECT "id", "slug" FROM "Entity" WHERE "kind" = 'ORGANIZATION' AND "retiredAt" IS NULL ORDER BY "id"`).all() as { id: number; slug: string }[];
    d.close();
    orgIds = rows.map((r) => r.id);
    orgSlugs = rows.map((r) => r.slug);
  } else {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const rows = (await c.query(`SELECT "id", "slug" FROM "Entity" WHERE "kind" = 'ORGANIZATION' AND "retiredAt" IS NULL ORDER BY "id"`)).rows as { id: number; slug: string }[];
    await c.end();
    orgIds = rows.map((r) => r.id);
    orgSlugs = rows.map((r) => r.slug);
  }
  const rnd = prng(seed);
  const lookup = Array.from({ length: 50 }, () => ({ id: encodeId("Organization", orgIds[Math.floor(rnd() * orgIds.length)]) }));
  const lookupSlug = Array.from({ length: 50 }, () => ({ slug: orgSlugs[Math.floor(rnd() * orgSlugs.length)] }));
  // Path pairs: random organizations whose shortest path (found by the floor, within the API's request caps) has 2–4 hops.
  const pairs: Record<string, unknown>[] = [];
  let tried = 0;
  let overCaps = 0;
  const byLength = new Map<number, number>();
  while (pairs.length < 12 && tried < 300) {
    tried++;
    const a = orgSlugs[Math.floor(rnd() * orgSlugs.length)];
    const b = orgSlugs[Math.floor(rnd() * orgSlugs.length)];
    if (a === b) continue;
    const v = { from: `org:${a}`, to: `org:${b}`, maxHops: 4 };
    const r = await post(floor, SCENARIOS.find((s) => s.name === "paths")!, v);
    if (r.status !== 200) {
      overCaps++;
      continue;
    }
    const len = (r.json.data as { paths: { length: number }[] }).paths[0]?.length;
    if (len === undefined || len < 2 || len > 4) continue;
    if ((byLength.get(len) ?? 0) >= 5) continue; // a mix of lengths
    byLength.set(len, (byLength.get(len) ?? 0) + 1);
    pairs.push(v);
  }
  pathInfo = { tried, overCaps, lengths: Object.fromEntries(byLength) };
  return {
    traversal: [{ first: 10 }],
    traversalGeneric: [{ first: 10 }],
    filtered: YEARS.map((year) => ({ year, first: 20 })),
    predicate: PREDICATES.map((p) => ({ ...p, first: 10 })),
    groupBy: GROUP_KEYS.map((by) => ({ by })),
    nestedGroupBy: NESTED_GROUP_KEYS.map((by) => ({ by, first: 10 })),
    search: SEARCH_QUERIES.map((q) => ({ q, first: 10 })),
    paths: pairs,
    lookup,
    lookupSlug,
    typename: [{}],
  };
}
let pathInfo: { tried: number; overCaps: number; lengths: Record<number, number> } = { tried: 0, overCaps: 0, lengths: {} };

interface TargetResult {
  runs: RunResult[];
  /** Median SQL statements per request (sequential requests). */
  statements: number;
  /** Answers with the same data as the API's, of all variables ("n/c": not comparable). */
  same: string;
}
interface Row {
  db: DbKind;
  size: string;
  scenario: string;
  depth: number;
  variants: number;
  targets: Partial<Record<TargetName, TargetResult>>;
  load: string;
}

const stable = (x: unknown): string => JSON.stringify(x, (_k, v) => (typeof v === "number" ? Math.round(v * 1e4) / 1e4 : v));

async function benchOne(o: Options, db: DbKind, size: string, rows: Row[], peaks: Record<string, Partial<Record<TargetName, number>>>) {
  const url = await benchDatabase(db, size, o.seed);
  const basePort = 4600 + Math.floor(Math.random() * 200);
  const names = o.targets.filter((t) => t !== "postgraphile" || db === "postgresql");
  if (!names.includes("api") || !names.includes("floor")) throw new Error("--targets needs api and floor");
  log(`[${db} ${size}] starting ${names.join(", ")} (load ${load()})`);
  const scripts: Record<TargetName, string> = { api: SERVER, floor: "scripts/bench/floor.ts", postgraphile: "scripts/bench/postgraphile.ts" };
  const env: Record<TargetName, Record<string, string>> = {
    api: {
      DATABASE_URL: url, AUTO_SEED: "false", LOG_LEVEL: "warn", GRAPHIQL: "false",
      RATE_LIMIT_PER_MINUTE: "0", RESPONSE_CACHE_TTL_MS: "0", HOST: "127.0.0.1", NODE_ENV: "production", PROFILE: "production",
      REDIS_URL: "", // one instance: no shared cache or limits to keep in Redis (both are off)
    },
    floor: { DATABASE_URL: url },
    postgraphile: { DATABASE_URL: url, GRAPHILE_ENV: "production", NODE_ENV: "production" },
  };
  const children: ChildProcess[] = [];
  const targets: Target[] = [];
  let admin: pg.Client | null = null;
  try {
    for (const [i, name] of names.entries()) {
      const appName = db === "postgresql" ? `bench-${name}` : null;
      const port = basePort + 200 * i;
      const child = await startChild(scripts[name], { ...env[name], ...(appName ? { PGAPPNAME: appName } : {}) }, port);
      children.push(child);
      targets.push({ name, port, pid: child.pid!, appName, request: requestOf[name] });
    }
    if (db === "postgresql") {
      admin = new pg.Client({ connectionString: url, application_name: "bench-driver" });
      await admin.connect();
    }
    const [api, floor] = targets;
    const variants = await variantsFor(db, url, floor, o.seed);
    log(`[${db} ${size}] path pairs: ${JSON.stringify(pathInfo)}`);
    for (const s of SCENARIOS.filter((x) => o.scenarios.includes(x.name))) {
      const vs = variants[s.name];
      if (!vs.length) {
        log(`[${db} ${size}] ${s.name}: no variables (skipped)`);
        continue;
      }
      const ts = targets.filter((t) => hasEquivalent(t.name, s));
      // Same data, and statements per request (sequential, so each server-wide counter is exact).
      const same = new Map<TargetName, number>();
      const stmts = new Map<TargetName, number[]>();
      let failed: string | null = null;
      for (const v of vs) {
        const a = await post(api, s, v);
        if (a.json.errors) throw new Error(`[${db} ${size}] ${s.name} ${JSON.stringify(v)}: ${JSON.stringify(a.json.errors)}`);
        stmts.set("api", [...(stmts.get("api") ?? []), a.statements]);
        for (const t of ts.slice(1)) {
          const r = await post(t, s, v);
          if (r.json.errors || r.status !== 200) {
            failed = `${t.name} ${JSON.stringify(v)}: ${r.status} ${JSON.stringify(r.json.errors)?.slice(0, 300)}`;
            continue;
          }
          stmts.set(t.name, [...(stmts.get(t.name) ?? []), r.statements]);
          let ok: boolean;
          if (t.name === "floor" && s.name === "paths") {
            const len = (x: unknown) => (x as { paths: { length: number }[] }).paths.map((p) => p.length).join();
            ok = len(a.json.data) === len(r.json.data);
          } else if (t.name === "floor") ok = stable(a.json.data) === stable(r.json.data);
          else ok = !!s.comparable && stable(s.comparable.ours(a.json.data)) === stable(s.comparable.postgraphile(r.json.data));
          if (ok) same.set(t.name, (same.get(t.name) ?? 0) + 1);
          else if (process.env.BENCH_DEBUG && (t.name === "floor" || s.comparable))
            log(`DIFF ${s.name} ${t.name}\nAPI   ${stable(a.json.data).slice(0, 600)}\n${t.name.toUpperCase()} ${stable(r.json.data).slice(0, 600)}`);
        }
      }
      if (failed) {
        // A target that cannot answer is reported, not benchmarked; the others still are.
        log(`[${db} ${size}] ${s.name}: ${failed}`);
        failures.push(`${db} ${size} ${s.name}: ${failed}`);
      }
      const runnable = ts.filter((t) => stmts.get(t.name)?.length === vs.length);
      const row: Row = { db, size, scenario: s.name, depth: s.depth, variants: vs.length, targets: {}, load: load() };
      for (const t of runnable) {
        const comparable = t.name === "api" || t.name === "floor" || !!s.comparable;
        row.targets[t.name] = { runs: [], statements: median(stmts.get(t.name)!), same: comparable ? `${t.name === "api" ? vs.length : (same.get(t.name) ?? 0)}/${vs.length}` : "n/c" };
      }
      for (const t of runnable) await hammer(t, s, vs, 2, o.connections, admin); // warm-up
      // Interleaved rounds: api, floor, postgraphile, api, ...: each round sees about the same machine load.
      for (let r = 0; r < o.runs; r++) {
        row.load = load();
        for (const t of runnable) row.targets[t.name]!.runs.push(await hammer(t, s, vs, o.duration, o.connections, admin));
      }
      rows.push(row);
      log(`[${db} ${size}] ${s.name}: ${runnable.map((t) => { const m = summarize(row.targets[t.name]!); return `${t.name} ${m.rps.toFixed(0)} req/s p50 ${m.p50} p99 ${m.p99} cpu ${m.cpuMs.toFixed(2)} ms db ${m.dbCpuMs?.toFixed(2) ?? "-"} ms ${row.targets[t.name]!.statements} stmts same ${row.targets[t.name]!.same}`; }).join(" | ")} | load ${row.load}`);
    }
    peaks[`${db} ${size}`] = Object.fromEntries(targets.map((t) => [t.name, memoryOf(t.pid).hwm]));
  } finally {
    await admin?.end();
    for (const c of children) await stopChild(c);
  }
}

function summarize(t: TargetResult) {
  const db = t.runs.map((x) => x.dbCpuMs).filter((x): x is number => x !== null);
  return {
    rps: median(t.runs.map((x) => x.rps)),
    p50: median(t.runs.map((x) => x.p50)),
    p99: median(t.runs.map((x) => x.p99)),
    cpuMs: median(t.runs.map((x) => x.cpuMs)),
    dbCpuMs: db.length ? median(db) : null,
    errors: t.runs.reduce((a, x) => a + x.errors, 0),
  };
}

function machine() {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? cpus()[0]?.model ?? "?";
  return `${cpus().length} CPUs (nproc), ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}`;
}

function markdown(o: Options, rows: Row[], peaks: Record<string, Partial<Record<TargetName, number>>>, started: Date, loadBefore: string, command: string) {
  const lines = [
    `Run \`${o.label}\`: ${started.toISOString()}; machine: ${machine()}.`,
    `Command: \`${command}\`. Load average (1, 5, 15 min) at the start: ${loadBefore}; at the end: ${load()}.`,
    `${o.connections} connections, ${o.runs} interleaved round(s) of ${o.duration} s per scenario and target (median shown), after a 2 s warm-up.`,
    "CPU: the target process's user + system time per request; DB CPU: its PostgreSQL backends' (same measure).",
    "Ratios compare the API with the target of that row: req/s API ÷ target (above 100%: the API is faster),",
    "CPU (process + DB) API ÷ target (below 100%: the API spends less).",
    "",
    "| db | size | scenario | target | req/s | p50 ms | p99 ms | CPU ms/req | DB CPU ms/req | SQL stmts/req (depth) | same data as API | API req/s ÷ | API CPU ÷ | load (1 min) |",
    "|---|---|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---|",
  ];
  const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(0)}%` : "–");
  for (const r of rows) {
    const api = r.targets.api ? summarize(r.targets.api) : null;
    for (const name of TARGETS) {
      const t = r.targets[name];
      if (!t) continue;
      const m = summarize(t);
      const total = (x: typeof m) => x.cpuMs + (x.dbCpuMs ?? 0);
      const ratios = name === "api" || !api ? ["", ""] : [pct(api.rps / m.rps), pct(total(api) / total(m))];
      lines.push(
        `| ${r.db} | ${r.size} | ${r.scenario} | ${name} | ${m.rps.toFixed(0)} | ${m.p50} | ${m.p99} | ${m.cpuMs.toFixed(2)} | ${m.dbCpuMs?.toFixed(2) ?? "–"} | ${t.statements}${name === "api" ? ` (${r.depth})` : ""} | ${t.same} | ${ratios[0]} | ${ratios[1]} | ${r.load.split(",")[0]} |`,
      );
      if (m.errors) lines[lines.length - 1] += ` ${m.errors} errors`;
    }
  }
  lines.push("", "Peak RSS (VmHWM, whole run of that database and size), per process:", "");
  for (const [k, v] of Object.entries(peaks)) lines.push(`- ${k}: ${Object.entries(v).map(([t, mb]) => `${t} ${mb!.toFixed(0)} MB`).join(", ")}`);
  if (generated.length) {
    lines.push("", "Generated during this run:", "");
    for (const g of generated) lines.push(`- ${g.db} ${g.size}: ${g.relations} relations in ${g.seconds.toFixed(1)} s (${g.rowsPerSecond} rows/s)`);
  }
  return lines.join("\n");
}

function writeDoc(label: string, body: string) {
  const start = `<!-- bench:${label}:start -->`;
  const end = `<!-- bench:${label}:end -->`;
  const block = `${start}\n${body}\n${end}`;
  let doc = existsSync(DOC) ? readFileSync(DOC, "utf8") : "# Benchmarks\n";
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  doc = i >= 0 && j > i ? doc.slice(0, i) + block + doc.slice(j + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(DOC, doc);
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim();
  const started = new Date();
  const loadBefore = load();
  log(`bench ${command}; ${machine()}; load ${loadBefore}`);
  const rows: Row[] = [];
  const peaks: Record<string, Partial<Record<TargetName, number>>> = {};
  const save = () => {
    const md = markdown(o, rows, peaks, started, loadBefore, command) + (failures.length ? `\n\nFailed: ${failures.join("; ")}` : "");
    mkdirSync(BENCH_DIR, { recursive: true });
    writeFileSync(join(BENCH_DIR, `${o.label}.json`), JSON.stringify({ options: o, started, loadBefore, machine: machine(), rows, peaks, generated, failures }, null, 2));
    writeDoc(o.label, md);
    return md;
  };
  // Results are saved after each database and size, so a failure or an interruption keeps what was measured.
  for (const db of o.dbs)
    for (const size of o.sizes) {
      try {
        await benchOne(o, db, size, rows, peaks);
      } catch (e) {
        failures.push(`${db} ${size}: ${e instanceof Error ? e.message.slice(0, 300) : String(e)}`);
        log(`[${db} ${size}] FAILED: ${String(e)}`);
      }
      save();
    }
  console.log(save());
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
