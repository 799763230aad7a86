// Times path queries over yoga.fetch on a seeded temporary SQLite database, and runs every docs/queries/36..49
// question once (so they are known to execute). Usage: npx tsx scripts/time-paths.ts [count]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb } from "../src/store/db.js";
import { prepareDatabase } from "../src/data/bootstrap.js";
import { createServer } from "../src/http/yoga.js";

const count = Number(process.argv[2] ?? 100);
const dir = mkdtempSync(join(tmpdir(), "time-paths-"));
const db = createDb(`file:${join(dir, "t.db")}`);
await prepareDatabase(db, { seed: "always" });
const yoga = createServer({ db, graphiql: false, logging: false });
const run = async (query: string) => {
  const res = await yoga.fetch("http://x/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: unknown; errors?: { message: string }[] };
};
const queries: Record<string, string> = {
  "eurojust->au k=1": `{ paths(from: "org:eurojust", to: "org:au") { length nodes { slug } steps { relationship { kind sources { slug } } } } }`,
  "eurojust->au k=5 maxHops=6": `{ paths(from: "org:eurojust", to: "org:au", k: 5, maxHops: 6) { length nodes { slug } steps { relationship { kind sources { slug } } } } }`,
  "PW->interpol MEMBER_OF": `{ paths(from: "country:PW", to: "org:interpol", kinds: [MEMBER_OF]) { length } }`,
  "neighbourhood europol depth 2": `{ neighbourhood(of: "org:europol", depth: 2) { nodes { slug } relationships { kind } } }`,
};
for (const [name, q] of Object.entries(queries)) {
  const first = await run(q);
  if (first.errors) throw new Error(`${name}: ${JSON.stringify(first.errors)}`);
  const before = db.stats.statements;
  const t0 = performance.now();
  for (let i = 0; i < count; i++) await run(q);
  const ms = performance.now() - t0;
  console.log(`${name}: ${count} requests in ${ms.toFixed(0)} ms = ${(ms / count).toFixed(2)} ms/request, ${(db.stats.statements - before) / count} SQL statements/request`);
}
for (const f of readdirSync("docs/queries").filter((f) => /^(3[6-9]|4\d)-.*\.graphql$/.test(f)).sort()) {
  const r = await run(readFileSync(join("docs/queries", f), "utf8"));
  console.log(`${f}: ${r.errors ? `ERRORS ${JSON.stringify(r.errors)}` : "ok"}`);
}
await db.prisma.$disconnect();
rmSync(dir, { recursive: true, force: true });
