// In-process CPU per request of the root reads: `node --import tsx scripts/bench/reads.ts <db-url> [n] [--seed]`.
// Lookups by slug and by id, a filtered list with totalCount, a source lookup and a list with provenance, run n
// times each, sequentially, through yoga.fetch; prints ms/request (wall), the process's CPU ms per request
// (user + system: this process, so on SQLite the database's work too; on PostgreSQL not the server's) and SQL
// statements per request. --seed first loads data/ into the (empty) database.
import { createDb } from "../../src/store/db.js";
import { createServer } from "../../src/http/yoga.js";
import { prepareDatabase } from "../../src/data/bootstrap.js";

const args = process.argv.slice(2);
const [url, n = "500"] = args.filter((a) => !a.startsWith("--"));
const db = createDb(url);
if (args.includes("--seed")) await prepareDatabase(db, { seed: "always" });
const yoga = createServer({ db, graphiql: false, logging: false, webDist: false });

const post = async (query: string, variables: Record<string, unknown>) => {
  const res = await yoga.fetch("http://x/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const j = (await res.json()) as { errors?: unknown; data?: any };
  if (j.errors) throw new Error(JSON.stringify(j.errors));
  return j.data;
};
const europol = (await post(`{ organization(slug: "europol") { id } }`, {})).organization.id;
const cases: [string, string, Record<string, unknown>][] = [
  ["lookup by slug", `query($s: String!) { organization(slug: $s) { id slug name acronym foundedYear } }`, { s: "europol" }],
  ["lookup by id", `query($id: ID!) { organization(id: $id) { id slug name acronym foundedYear } }`, { id: europol }],
  ["filtered + totalCount", `query($y: Int!) { missions(filter: { activeIn: $y }, first: 20) { totalCount edges { node { slug name startDate endDate } } } }`, { y: 2010 }],
  ["text filter + totalCount", `{ organizations(filter: { text: "police" }, first: 20) { totalCount edges { node { slug name } } } }`, {}],
  ["source by slug", `{ source(slug: "seed-001") { title kind citationCount } }`, {}],
  ["provenance of 20", `{ organizations(first: 20) { edges { node { slug claims { property value citations { facts source { slug } } } sources { slug } history { action } } } } }`, {}],
];
// READS_CASES=slug,id ... runs only the cases whose name contains one of the words (for a --cpu-prof of one).
const only = process.env.READS_CASES?.split(",");
for (const [name, query, vars] of cases.filter(([name]) => !only || only.some((w) => name.includes(w)))) {
  for (let i = 0; i < 20; i++) await post(query, vars);
  const before = db.stats.statements;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < Number(n); i++) await post(query, vars);
  const cpu = process.cpuUsage(cpu0);
  const ms = (performance.now() - t0) / Number(n);
  const cpuMs = (cpu.user + cpu.system) / 1000 / Number(n);
  console.log(`${name.padEnd(26)} ${ms.toFixed(3)} ms/request wall  ${cpuMs.toFixed(3)} ms CPU  ${((db.stats.statements - before) / Number(n)).toFixed(1)} statements/request`);
}
await db.prisma.$disconnect();
