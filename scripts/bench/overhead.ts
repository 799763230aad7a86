// The per-request overhead of the HTTP and plugin stack (docs/benchmarks.md, "Per-request overhead"): the server's
// CPU time per `{__typename}` request, which reads nothing, so what it costs is Node's HTTP, Yoga and our plugins.
//   npx tsx scripts/bench/overhead.ts [--duration 3] [--runs 3] [--warmup 2] [--connections 10] [--rate <req/s>]
//                                     [--redis] [--only product,bare,-operations ...] [--cpu-prof <variant>]
//                                     [--baseline <copy of the project before a change>]
//   npx tsx scripts/bench/overhead.ts --analyze <file.cpuprofile> [top] [last seconds] [callers of function]
// Variants, each a server process of its own (node with `npm start`'s flags, the sources through tsx):
//   product      `npm start`'s server (src/http/serve.ts) in the production profile (NODE_ENV=production) on a
//                copy of a seeded SQLite file (var/bench/overhead.db): every built-in plugin on, logs at info (to
//                /dev/null), metrics collected, response cache in memory, rate limit on but set too high to refuse
//                (RATE_LIMIT_PER_MINUTE=1e9; the default 600 would refuse the load after a second);
//   -<plugin>    the same without one built-in plugin (src/http/yoga.ts PLUGIN_NAMES, `without`);
//   bare         createYoga({ schema }) with the same schema on node:http, nothing else;
//   node         node:http answering the same JSON without GraphQL: the floor of Node's HTTP on this machine;
//   baseline     with --baseline <dir>: the product server of another copy of the project (a commit before a
//                change), measured in the same rounds, for a before/after pair under the same load; and
//                baseline-<plugin> its -<plugin> variants;
//   --redis      adds product+redis and +redis-<plugin> variants with REDIS_URL (the local Redis), as production
//                runs with several instances: response cache and rate-limit counters in Redis.
// All servers are started first; then each round drives every variant in turn (autocannon POSTs
// {"query":"{__typename}"} with 10 connections, after one warm-up each), so that a machine shared with other work
// loads them alike. Reported per run: requests/s and the server's CPU (utime + stime of /proc/<pid>/stat, every
// thread) divided by the requests answered; the median run is shown. The answer is checked once.
// --cpu-prof <variant> writes a V8 CPU profile of that variant's server to var/bench/prof/; --analyze sums its
// self time by package and by function over the last seconds of the profile.
import { spawn, type ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { createServer as createNetServer, type AddressInfo } from "node:net";
import { loadavg } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { PROJECT_ROOT } from "../../src/config.js";
import { PLUGIN_NAMES } from "../../src/http/yoga.js";

const QUERY = JSON.stringify({ query: "{__typename}" });
const EXPECTED = '{"data":{"__typename":"Query"}}';
const BENCH_DIR = join(PROJECT_ROOT, "var", "bench");
const PROF_DIR = join(BENCH_DIR, "prof");

// ---- parent: drive each variant ---------------------------------------------------------------------------------
interface Options {
  duration: number;
  runs: number;
  warmup: number;
  connections: number;
  redis: boolean;
  only: string[] | null;
  cpuProf: string | null;
  /** Requests per second in all (autocannon overallRate); default as fast as the server answers. */
  rate: number | null;
  /** A copy of the project before a change (`git archive <commit> | tar -x -C <dir>`, node_modules linked): its product server runs beside ours. */
  baseline: string | null;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { duration: 3, runs: 3, warmup: 2, connections: 10, redis: false, only: null, cpuProf: null, rate: null, baseline: null };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === "--redis") {
      o.redis = true;
      continue;
    }
    const v = argv[++i];
    if (v === undefined) throw new Error(`${k} needs a value`);
    if (k === "--duration") o.duration = Number(v);
    else if (k === "--runs") o.runs = Number(v);
    else if (k === "--warmup") o.warmup = Number(v);
    else if (k === "--connections") o.connections = Number(v);
    else if (k === "--only") o.only = v.split(",");
    else if (k === "--cpu-prof") o.cpuProf = v;
    else if (k === "--rate") o.rate = Number(v);
    else if (k === "--baseline") o.baseline = v;
    else throw new Error(`unknown option ${k}`);
  }
  return o;
}

/** Plugins that the production profile turns on (graphiql is off there, `extra` holds the benchmarks' own). */
const PRODUCTION_PLUGINS = PLUGIN_NAMES.filter((p) => p !== "graphiql" && p !== "extra");

interface Variant {
  name: string;
  kind: "bare" | "node" | "product";
  without: string[];
  redis: boolean;
  /** Another copy of the project to run the server from (--baseline), else this one. */
  root?: string;
}

function variants(o: Options): Variant[] {
  const list: Variant[] = [
    { name: "product", kind: "product", without: [], redis: false },
    { name: "bare", kind: "bare", without: [], redis: false },
    { name: "node", kind: "node", without: [], redis: false },
    ...PRODUCTION_PLUGINS.map((p) => ({ name: `-${p}`, kind: "product" as const, without: [p], redis: false })),
  ];
  // The same variants on the copy before a change: "baseline" is its product, "baseline-<plugin>" its -<plugin>.
  if (o.baseline)
    list.unshift(...list.filter((v) => v.kind === "product" && !v.redis).map((v) => ({ ...v, name: `baseline${v.name === "product" ? "" : v.name}`, root: o.baseline! })));
  if (o.redis)
    list.push(
      { name: "product+redis", kind: "product", without: [], redis: true },
      ...["clientLimits", "responseCache"].map((p) => ({ name: `+redis-${p}`, kind: "product" as const, without: [p], redis: true })),
    );
  return o.only ? list.filter((v) => o.only!.includes(v.name)) : list;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createNetServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

const CLK_TCK = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim());

/** CPU milliseconds the process has used (every thread: main, GC, libuv pool). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces) in parentheses: utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
}

/** Node flags of `npm start` (package.json), so the server runs as users run it. */
const START_FLAGS = (JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start
  .split(/\s+/)
  .filter((a) => a.startsWith("--"));

interface Server {
  variant: Variant;
  child: ChildProcess;
  url: string;
  runs: Run[];
}

async function startServer(v: Variant, db: string, cpuProf: boolean): Promise<Server> {
  const port = await freePort();
  const flags = [...START_FLAGS, ...(cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${PROF_DIR}`] : []), "--import", "tsx"];
  const child = spawn(process.execPath, [...flags, join(v.root ?? PROJECT_ROOT, "scripts/bench/overhead.ts"), "--child", v.kind], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${db}`,
      AUTO_SEED: "true",
      LOG_LEVEL: "info",
      RATE_LIMIT_PER_MINUTE: "1000000000",
      REDIS_URL: v.redis ? (process.env.OVERHEAD_REDIS_URL ?? "redis://127.0.0.1:6379") : "",
      REDIS_PREFIX: `overhead-bench-${process.pid}:`,
      OVERHEAD_WITHOUT: v.without.join(","),
    },
    // Logs go where production sends them, a file descriptor; /dev/null costs the same write without a reader.
    stdio: ["ignore", "ignore", "pipe"],
  });
  let err = "";
  child.stderr!.on("data", (d) => (err += d));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null || i > 1200) throw new Error(`server ${v.name} did not start: ${err}`);
    if (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const url = `http://127.0.0.1:${port}/graphql`;
  const check = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: QUERY });
  const text = await check.text();
  if (check.status !== 200 || text !== EXPECTED) throw new Error(`${v.name}: unexpected answer ${check.status} ${text}`);
  return { variant: v, child, url, runs: [] };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

const load = (url: string, o: Options, duration: number) =>
  autocannon({
    url,
    connections: o.connections,
    duration,
    ...(o.rate ? { overallRate: o.rate } : {}),
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: QUERY,
  });

interface Run {
  rps: number;
  cpuMsPerRequest: number;
  requests: number;
  non2xx: number;
}

const median = <T>(xs: T[], by: (x: T) => number): T => [...xs].sort((a, b) => by(a) - by(b))[Math.floor(xs.length / 2)];

async function run(s: Server, o: Options): Promise<void> {
  const before = cpuMs(s.child.pid!);
  const r = await load(s.url, o, o.duration);
  const used = cpuMs(s.child.pid!) - before;
  const requests = r.requests.total;
  s.runs.push({ rps: requests / o.duration, cpuMsPerRequest: used / requests, requests, non2xx: r.non2xx });
}

/** The seeded database every product variant starts from (each gets a copy: one server per SQLite file). */
async function seededDatabase(): Promise<string> {
  const db = join(BENCH_DIR, "overhead.db");
  if (!existsSync(db)) await stopServer((await startServer({ name: "seed", kind: "product", without: [], redis: false }, db, false)).child);
  return db;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  mkdirSync(PROF_DIR, { recursive: true });
  const seeded = await seededDatabase();
  const list = variants(o);
  // Every server runs at once, idle but for its turn: each round measures every variant once, in turn, so that
  // the machine's load (shared with other work) falls on all of them alike rather than on whichever ran last.
  const servers: Server[] = [];
  try {
    for (const [i, v] of list.entries()) {
      const db = join(BENCH_DIR, `overhead-${i}.db`);
      for (const ext of ["", "-wal", "-shm"]) if (existsSync(seeded + ext)) copyFileSync(seeded + ext, db + ext);
      servers.push(await startServer(v, db, o.cpuProf === v.name));
    }
    const load1 = loadavg();
    for (const s of servers) await load(s.url, o, o.warmup);
    for (let i = 0; i < o.runs; i++) for (const s of servers) await run(s, o);
    const load2 = loadavg();
    console.log(
      `{__typename}, ${o.connections} connections${o.rate ? `, ${o.rate} req/s` : ""}, warm-up ${o.warmup} s, ${o.runs} round(s) of ${o.duration} s per variant, median by CPU; ` +
        `load average (1, 5, 15 min) at start ${load1.map((x) => x.toFixed(2)).join(", ")}, at end ${load2.map((x) => x.toFixed(2)).join(", ")}`,
    );
    console.log("| variant | CPU ms/request | difference with product | req/s | runs (CPU ms/request) | non-2xx |");
    console.log("|---|---:|---:|---:|---|---:|");
    const product = servers.find((s) => s.variant.name === "product");
    const productRedis = servers.find((s) => s.variant.name === "product+redis");
    const cpu = (s: Server | undefined) => (s ? median(s.runs, (r) => r.cpuMsPerRequest).cpuMsPerRequest : NaN);
    for (const s of servers) {
      const m = median(s.runs, (r) => r.cpuMsPerRequest);
      const base = s.variant.name.startsWith("+redis-") ? productRedis : s.variant.name === "product" ? undefined : product;
      const delta = base ? (m.cpuMsPerRequest - cpu(base)).toFixed(3) : "";
      const runs = s.runs.map((r) => r.cpuMsPerRequest.toFixed(3)).join(", ");
      console.log(`| ${s.variant.name} | ${m.cpuMsPerRequest.toFixed(3)} | ${delta} | ${Math.round(m.rps)} | ${runs} | ${s.runs.reduce((n, r) => n + r.non2xx, 0)} |`);
    }
  } finally {
    await Promise.all(servers.map((s) => stopServer(s.child)));
  }
  if (o.cpuProf) {
    const files = readdirSync(PROF_DIR).filter((f) => f.endsWith(".cpuprofile")).sort();
    console.log(`CPU profile: ${join(PROF_DIR, files.at(-1) ?? "(none)")}`);
  }
}

// ---- profile summary --------------------------------------------------------------------------------------------
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/**
 * Self time by package and by function over the last `lastSeconds` of the profile (the measured runs, not the
 * start-up); with `callersOf`, the call stacks (5 frames) that lead to the functions whose name contains it.
 */
function analyze(file: string, top: number, lastSeconds: number, callersOf?: string) {
  const p = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const times: number[] = [];
  p.timeDeltas.reduce((t, d, i) => (times[i] = t + d), 0);
  const from = (times.at(-1) ?? 0) - lastSeconds * 1e6;
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => {
    if (times[i] >= from) self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byNode = new Map(p.nodes.map((n) => [n.id, n]));
  const idle = (n: ProfileNode) => n.callFrame.functionName === "(idle)";
  const busy = [...self].filter(([id]) => !idle(byNode.get(id)!)).reduce((a, [, t]) => a + t, 0);
  const packageOf = (url: string) => {
    if (!url) return "(native/gc)";
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (m) return m[1];
    if (url.startsWith("node:")) return url.split("/")[0].replace(/^node:internal/, "node:internal");
    if (url.includes("/src/")) return `src/${url.split("/src/")[1].split("/")[0]}`;
    return url.split("/").slice(-2).join("/");
  };
  const fn = new Map<string, number>();
  const pkg = new Map<string, number>();
  for (const [id, t] of self) {
    const n = byNode.get(id)!;
    if (idle(n)) continue;
    const f = `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.replace(/^.*node_modules\//, "").replace(PROJECT_ROOT, "")}:${n.callFrame.lineNumber + 1}`;
    fn.set(f, (fn.get(f) ?? 0) + t);
    const k = packageOf(n.callFrame.url);
    pkg.set(k, (pkg.get(k) ?? 0) + t);
  }
  const pct = (t: number) => `${((100 * t) / busy).toFixed(1)}%`;
  console.log(`busy ${(busy / 1000).toFixed(0)} ms of ${(total / 1000).toFixed(0)} ms sampled`);
  console.log("\nby package (self time):");
  for (const [k, t] of [...pkg].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${pct(t).padStart(6)}  ${k}`);
  console.log("\nby function (self time):");
  for (const [k, t] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(t).padStart(6)}  ${k}`);
  if (!callersOf) return;
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stacks = new Map<string, number>();
  for (const [id, t] of self) {
    if (!byNode.get(id)!.callFrame.functionName.includes(callersOf)) continue;
    const frames: string[] = [];
    for (let at: number | undefined = id; at !== undefined && frames.length < 6; at = parent.get(at)) {
      const f = byNode.get(at)!.callFrame;
      frames.push(`${f.functionName || "(anonymous)"} ${f.url.replace(/^.*node_modules\//, "").replace(PROJECT_ROOT, "")}:${f.lineNumber + 1}`);
    }
    const k = frames.join("\n      < ");
    stacks.set(k, (stacks.get(k) ?? 0) + t);
  }
  console.log(`\ncallers of *${callersOf}*:`);
  for (const [k, t] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${pct(t).padStart(6)}  ${k}`);
}

// ---- entry: a child serves one variant, else the parent drives them all ------------------------------------------
if (process.argv[2] === "--child") {
  const kind = process.argv[3];
  if (kind === "bare") {
    const { createYoga } = await import("graphql-yoga");
    const { createServer } = await import("node:http");
    const { schema } = await import("../../src/schema/index.js");
    const server = createServer(createYoga({ schema })).listen(Number(process.env.PORT), "127.0.0.1");
    // A clean exit, so that --cpu-prof writes its profile.
    process.on("SIGTERM", () => server.close(() => process.exit(0)));
  } else if (kind === "node") {
    const { createServer } = await import("node:http");
    const server = createServer((req, res) => {
      req.resume();
      req.on("end", () => res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(EXPECTED));
    }).listen(Number(process.env.PORT), "127.0.0.1");
    process.on("SIGTERM", () => server.close(() => process.exit(0)));
  } else {
    const { loadConfig } = await import("../../src/config.js");
    const { serve } = await import("../../src/http/serve.js");
    const without = (process.env.OVERHEAD_WITHOUT ?? "").split(",").filter(Boolean) as never[];
    await serve(loadConfig(), { without });
  }
} else if (process.argv[2] === "--analyze") {
  const [file, top = "40", last = "10", callers] = process.argv.slice(3);
  analyze(file, Number(top), Number(last), callers);
} else {
  await main();
}
