// `npm run bench -- [--sizes 1k,100k,1m] [--db sqlite,postgresql] [--duration 10] [--runs 3] [--scenarios a,b]
//                   [--label results] [--connections 10]`
// For each database and size: makes sure a bench database holds the seeded data plus a synthetic graph of that many
// relations (scripts/generate-graph.ts; SQLite var/bench/policing_graph_bench_<size>.db, PostgreSQL database
// policing_graph_bench_<size> next to PG_ADMIN_URL), starts the real server (scripts/bench/server.ts: src/http/serve.ts plus a counter that reports
// x-sql-statements, no response cache, no rate limit) and the floor (scripts/bench/floor.ts: the same answers by
// hand-written SQL over the same driver) as child processes, checks that both give the same JSON, counts the SQL
// statements per request (sequential requests), then drives each with autocannon (10 connections, --runs runs of
// --duration seconds, median taken) and samples the server's peak RSS (VmHWM). Writes docs/benchmarks.md between
// <!-- bench:<label>:start/end --> markers and var/bench/<label>.json.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem, loadavg } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import pg from "pg";
import { PROJECT_ROOT } from "../src/config.js";
import { generateGraph, parseSize, prng } from "./generate-graph.js";
import { SCENARIOS, SEARCH_QUERIES, YEARS, type Scenario } from "./bench/scenarios.js";
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
  label: string;
  seed: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { sizes: ["1k", "100k", "1m"], dbs: ["sqlite", "postgresql"], duration: 10, runs: 3, connections: 10, scenarios: SCENARIOS.map((s) => s.name), label: "results", seed: 42 };
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (v === undefined) throw new Error(`${k} needs a value`);
    if (k === "--sizes") o.sizes = v.split(",");
    else if (k === "--db") o.dbs = v.split(",") as DbKind[];
    else if (k === "--duration") o.duration = Number(v);
    else if (k === "--runs") o.runs = Number(v);
    else if (k === "--connections") o.connections = Number(v);
    else if (k === "--scenarios") o.scenarios = v.split(",");
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

interface Target {
  port: number;
  /** Request path and body for one set of variables. */
  request(s: Scenario, variables: Record<string, unknown>): { path: string; body: string };
}
const apiTarget = (port: number): Target => ({
  port,
  request: (s, variables) => ({ path: "/graphql", body: JSON.stringify({ query: s.query, variables }) }),
});
const floorTarget = (port: number): Target => ({
  port,
  request: (s, variables) => ({ path: `/${s.name}`, body: JSON.stringify({ variables }) }),
});

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

async function hammer(t: Target, s: Scenario, variants: Record<string, unknown>[], seconds: number, connections: number) {
  const result = await autocannon({
    url: `http://127.0.0.1:${t.port}`,
    connections,
    duration: seconds,
    requests: variants.map((v) => {
      const { path, body } = t.request(s, v);
      return { method: "POST" as const, path, body, headers: { "content-type": "application/json", accept: "application/json" } };
    }),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
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
    filtered: YEARS.map((year) => ({ year, first: 20 })),
    search: SEARCH_QUERIES.map((q) => ({ q, first: 10 })),
    paths: pairs,
    lookup,
  };
}
let pathInfo: { tried: number; overCaps: number; lengths: Record<number, number> } = { tried: 0, overCaps: 0, lengths: {} };

interface Row {
  db: DbKind;
  size: string;
  scenario: string;
  depth: number;
  variants: number;
  sameAnswer: string;
  statements: number;
  floorStatements: number;
  api: { rps: number; p50: number; p99: number; errors: number }[];
  floor: { rps: number; p50: number; p99: number; errors: number }[];
  rssAfterMb: number;
  load: string;
}

const stable = (x: unknown): string => JSON.stringify(x, (_k, v) => (typeof v === "number" ? Math.round(v * 1e4) / 1e4 : v));

async function benchOne(o: Options, db: DbKind, size: string, rows: Row[], peaks: Record<string, number>) {
  const url = await benchDatabase(db, size, o.seed);
  const apiPort = 4600 + Math.floor(Math.random() * 200);
  const floorPort = apiPort + 200;
  log(`[${db} ${size}] starting server and floor (load ${load()})`);
  const server = await startChild(SERVER, {
    DATABASE_URL: url, AUTO_SEED: "false", LOG_LEVEL: "warn", GRAPHIQL: "false",
    RATE_LIMIT_PER_MINUTE: "0", RESPONSE_CACHE_TTL_MS: "0", HOST: "127.0.0.1", NODE_ENV: "production", PROFILE: "production",
  }, apiPort);
  const floorProc = await startChild("scripts/bench/floor.ts", { DATABASE_URL: url }, floorPort);
  try {
    const api = apiTarget(apiPort);
    const floor = floorTarget(floorPort);
    const variants = await variantsFor(db, url, floor, o.seed);
    log(`[${db} ${size}] path pairs: ${JSON.stringify(pathInfo)}`);
    for (const s of SCENARIOS.filter((x) => o.scenarios.includes(x.name) || o.scenarios.includes(x.title[1]))) {
      const vs = variants[s.name];
      if (!vs.length) {
        log(`[${db} ${size}] ${s.name}: no variables (skipped)`);
        continue;
      }
      // Same answer, and statements per request (sequential, so the server-wide counter is exact).
      let same = 0;
      const stmts: number[] = [];
      const floorStmts: number[] = [];
      for (const v of vs) {
        const a = await post(api, s, v);
        const f = await post(floor, s, v);
        if (a.json.errors) throw new Error(`[${db} ${size}] ${s.name} ${JSON.stringify(v)}: ${JSON.stringify(a.json.errors)}`);
        if (s.name === "paths") {
          const len = (x: unknown) => (x as { paths: { length: number }[] }).paths.map((p) => p.length).join();
          if (len(a.json.data) === len(f.json.data)) same++;
        } else if (stable(a.json.data) === stable(f.json.data)) same++;
        else if (process.env.BENCH_DEBUG) log(`DIFF ${s.name}\nAPI   ${stable(a.json.data).slice(0, 600)}\nFLOOR ${stable(f.json.data).slice(0, 600)}`);
        stmts.push(a.statements);
        floorStmts.push(f.statements);
      }
      const row: Row = {
        db, size, scenario: s.name, depth: s.depth, variants: vs.length, sameAnswer: `${same}/${vs.length}`,
        statements: median(stmts), floorStatements: median(floorStmts), api: [], floor: [], rssAfterMb: 0, load: load(),
      };
      await hammer(api, s, vs, 2, o.connections); // warm-up
      await hammer(floor, s, vs, 2, o.connections);
      for (let r = 0; r < o.runs; r++) {
        row.load = load();
        row.api.push(await hammer(api, s, vs, o.duration, o.connections));
        row.floor.push(await hammer(floor, s, vs, o.duration, o.connections));
      }
      row.rssAfterMb = memoryOf(server.pid!).rss;
      rows.push(row);
      const m = summarize(row);
      log(
        `[${db} ${size}] ${s.name}: api ${m.rps.toFixed(0)} req/s p50 ${m.p50} p99 ${m.p99} ms, ${row.statements} stmts | floor ${m.floorRps.toFixed(0)} req/s p50 ${m.floorP50} p99 ${m.floorP99} | same ${row.sameAnswer} | errors ${m.errors} | load ${row.load}`,
      );
    }
    peaks[`${db} ${size}`] = memoryOf(server.pid!).hwm;
  } finally {
    await stopChild(server);
    await stopChild(floorProc);
  }
}

function summarize(r: Row) {
  return {
    rps: median(r.api.map((x) => x.rps)),
    p50: median(r.api.map((x) => x.p50)),
    p99: median(r.api.map((x) => x.p99)),
    floorRps: median(r.floor.map((x) => x.rps)),
    floorP50: median(r.floor.map((x) => x.p50)),
    floorP99: median(r.floor.map((x) => x.p99)),
    errors: r.api.reduce((a, x) => a + x.errors, 0) + r.floor.reduce((a, x) => a + x.errors, 0),
  };
}

function machine() {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? cpus()[0]?.model ?? "?";
  return `${cpus().length} CPUs (nproc), ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}`;
}

function markdown(o: Options, rows: Row[], peaks: Record<string, number>, started: Date, loadBefore: string, command: string) {
  const lines = [
    `Run \`${o.label}\`: ${started.toISOString()}; machine: ${machine()}.`,
    `Command: \`${command}\`. Load average (1, 5, 15 min) at the start: ${loadBefore}; at the end: ${load()}.`,
    `${o.connections} connections, ${o.runs} run(s) of ${o.duration} s per scenario and target (median shown), after a 2 s warm-up.`,
    "",
    "| db | size | scenario | API req/s | p50 ms | p99 ms | SQL stmts/req (depth) | floor req/s | floor p50 | floor p99 | floor stmts | API/floor | same answer | load (1 min) |",
    "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
  ];
  for (const r of rows) {
    const m = summarize(r);
    lines.push(
      `| ${r.db} | ${r.size} | ${r.scenario} | ${m.rps.toFixed(0)} | ${m.p50} | ${m.p99} | ${r.statements} (${r.depth}) | ${m.floorRps.toFixed(0)} | ${m.floorP50} | ${m.floorP99} | ${r.floorStatements} | ${((m.rps / m.floorRps) * 100).toFixed(0)}% | ${r.sameAnswer} | ${r.load.split(",")[0]} |`,
    );
  }
  lines.push("", "Peak RSS of the API server process (VmHWM, whole run of that database and size):", "");
  for (const [k, v] of Object.entries(peaks)) lines.push(`- ${k}: ${v.toFixed(0)} MB`);
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
  const peaks: Record<string, number> = {};
  const failures: string[] = [];
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
