// Memory and freeze figures of docs/benchmarks.md ("Hardening: memory and freeze"): for each query, a fresh
// `npm start`-like server (node --max-old-space-size=192 dist/server.js, so run `npm run build` first) on the given
// database; the query is sent once while /health is polled every 100 ms; reported: wall time, HTTP status and
// error code, peak RSS (VmHWM of /proc/<pid>/status), whether the process survived, and the longest /health wait.
//   npx tsx scripts/bench/hardening.ts <DATABASE_URL> [crime-area-slug]
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";

const url = process.argv[2];
if (!url) throw new Error("usage: hardening.ts <DATABASE_URL> [crime-area-slug]");
const area = process.argv[3] ?? "synthetic-crime-000001";

const QUERIES: Record<string, string> = {
  cooperationOnCrime: `{ cooperationOnCrime(crimeArea: "${area}") { actors { id } } }`,
  nestedRelations: `{ organizations(first: 100) { edges { node { relations(first: 100) { from { relations(first: 20) { id } } } } } } }`,
  cooperationCountsCrimeArea: `{ cooperationCounts(by: CRIME_AREA) { count } }`,
  cooperationCountsPartner: `{ cooperationCounts(by: PARTNER) { count } }`,
  cooperationCountsYear: `{ cooperationCounts(by: YEAR) { count } }`,
  missionCountsHost: `{ missionCounts(by: HOST_COUNTRY) { count } }`,
};

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

const hwm = (pid: number) => {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
};

for (const [name, query] of Object.entries(QUERIES)) {
  if (process.argv[4] && !process.argv[4].split(",").includes(name)) continue;
  const port = await freePort();
  const child = spawn(process.execPath, ["--max-old-space-size=192", process.env.SERVER_JS ?? "dist/server.js"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: url, REDIS_URL: "", AUTO_SEED: "false", LOG_LEVEL: "warn", RATE_LIMIT_PER_MINUTE: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  child.stderr!.on("data", (d) => (err += d));
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null || i > 600) throw new Error(`server did not start: ${err}`);
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const idle = hwm(child.pid!);
  let done = false;
  // Every probe's wait, answered or not (a probe that fails counts as unanswered for as long as it waited).
  const health = { probes: 0, answered: 0, longestMs: 0 };
  const poll = (async () => {
    while (!done) {
      const t = Date.now();
      health.probes++;
      const ok = await fetch(`${base}/health`, { signal: AbortSignal.timeout(300_000) }).then((r) => r.ok, () => false);
      if (ok) health.answered++;
      health.longestMs = Math.max(health.longestMs, Date.now() - t);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const t0 = Date.now();
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(300_000),
  }).then(
    async (r) => ({ status: r.status, body: await r.text() }),
    (e: Error) => ({ status: 0, body: e.message }),
  );
  const ms = Date.now() - t0;
  done = true;
  await poll;
  const peak = hwm(child.pid!);
  const alive = child.exitCode === null && (await fetch(`${base}/health`).then((r) => r.ok, () => false));
  const code = /"code":"([A-Z_]+)"/.exec(res.body)?.[1] ?? "";
  // The server's own account of a masked error (pino JSON lines on stdout).
  const logged = /"message":"([^"]{0,160})/.exec(out.split("\n").find((l) => /"level":50/.test(l)) ?? "")?.[1];
  console.log(
    JSON.stringify({ name, status: res.status, code, ms, idleMB: idle, peakMB: peak, alive, health,
      ...(logged ? { logged } : {}), bytes: res.body.length }),
  );
  child.kill("SIGKILL");
  await new Promise((r) => setTimeout(r, 300));
}
