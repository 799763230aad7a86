// In-process profile of one scenario: `node --import tsx [--cpu-prof] scripts/bench/profile.ts <db-url> <scenario> [n]`.
// Runs the scenario's first variables n times sequentially through yoga.fetch and prints ms/request and statements.
import { createDb } from "../../src/store/db.js";
import { createServer } from "../../src/http/yoga.js";
import { SCENARIOS } from "./scenarios.js";

const [url, name, n = "200"] = process.argv.slice(2);
const vars: Record<string, Record<string, unknown>> = {
  traversal: { first: 10 }, filtered: { year: 2010, first: 20 }, search: { q: "europol", first: 10 },
  paths: JSON.parse(process.env.PATH_VARS ?? '{"from":"org:eurojust","to":"org:au","maxHops":4}'),
  lookup: { id: Buffer.from("Organization:1").toString("base64") },
  traversalGeneric: { first: 10 }, predicate: { kind: "AGREEMENT", before: "2010-01-01", first: 10 },
  groupBy: { by: "COOPERATIONS" }, lookupSlug: { slug: "europol" }, typename: {},
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
const before = db.stats.statements;
const t0 = performance.now();
for (let i = 0; i < Number(n); i++) await run();
const ms = (performance.now() - t0) / Number(n);
console.log(`${name}: ${ms.toFixed(2)} ms/request, ${(db.stats.statements - before) / Number(n)} statements/request`);
await db.prisma.$disconnect();
