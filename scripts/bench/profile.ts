// In-process profile of one scenario: `node --import tsx scripts/bench/profile.ts <db-url> <scenario> [n]`.
// Runs the scenario's first variables n times sequentially through yoga.fetch and prints ms/request (wall and this
// process's CPU) and statements. CPU_PROFILE=<file.cpuprofile> records a V8 CPU profile of the measured loop only
// (`--cpu-prof` would mostly show module loading and schema building).
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { createDb } from "../../src/store/db.js";
import { createServer } from "../../src/http/yoga.js";
import { SCENARIOS } from "./scenarios.js";

const [url, name, n = "200"] = process.argv.slice(2);
const vars: Record<string, Record<string, unknown>> = {
  traversal: { first: 10 }, filtered: { year: 2010, first: 20 }, search: { q: "europol", first: 10 },
  paths: JSON.parse(process.env.PATH_VARS ?? '{"from":"org:eurojust","to":"org:au","maxHops":4}'),
  lookup: { id: Buffer.from("Organization:1").toString("base64") },
  traversalGeneric: { first: 10 }, predicate: { kind: "AGREEMENT", before: "2010-01-01", first: 10 },
  groupBy: { by: "COOPERATIONS" }, nestedGroupBy: { first: 10, by: "COOPERATION_KIND" }, lookupSlug: { slug: "europol" }, typename: {},
};
const db = createDb(url);
const yoga = createServer({ db, graphiql: false, logging: false, webDist: false });
const s = SCENARIOS.find((x) => x.name === name)!;
const run = async () => {
  const res = await yoga.fetch("http://x/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query: s.query, variables: vars[name] }),
  });
  const j = (await res.json()) as { errors?: unknown };
  if (j.errors) throw new Error(JSON.stringify(j.errors));
};
for (let i = 0; i < 5; i++) await run();
const session = process.env.CPU_PROFILE ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
}
const before = db.stats.statements;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < Number(n); i++) await run();
const ms = (performance.now() - t0) / Number(n);
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000 / Number(n);
if (session) {
  const { profile } = await session.post("Profiler.stop");
  writeFileSync(process.env.CPU_PROFILE!, JSON.stringify(profile));
  session.disconnect();
}
console.log(
  `${name}: ${ms.toFixed(2)} ms/request, ${cpuMs.toFixed(2)} ms CPU/request, ${(db.stats.statements - before) / Number(n)} statements/request`,
);
await db.prisma.$disconnect();
