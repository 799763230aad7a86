// Prints the duration of each SQL statement of one scenario request: node --import tsx scripts/bench/sqltime.ts <url> <scenario>
import { createDb } from "../../src/store/db.js";
import { createServer } from "../../src/http/yoga.js";
import { SCENARIOS } from "./scenarios.js";
const [url, name] = process.argv.slice(2);
const vars: Record<string, unknown> = { traversal: { first: 10 }, filtered: { year: 2010, first: 20 }, search: { q: "europol", first: 10 }, lookup: { id: Buffer.from("Organization:1").toString("base64") }, paths: JSON.parse(process.env.PATH_VARS ?? "{}"), traversalGeneric: { first: 10 }, predicate: { kind: "AGREEMENT", before: "2010-01-01", first: 10 }, groupBy: { by: "COOPERATIONS" }, lookupSlug: { slug: "europol" }, typename: {} };
const db = createDb(url);
let on = false;
// The client is created with query events (src/store/db.ts); its static type does not list them.
(db.prisma as unknown as { $on(event: "query", cb: (e: { duration: number; query: string }) => void): void }).$on("query", (e: { duration: number; query: string }) => on && console.log(`${String(e.duration).padStart(5)} ms  ${e.query.replace(/\s+/g, " ").slice(0, 160)}`));
// Reads straight on the driver (DbHandle.read) bypass Prisma's events: time them here.
const read = db.read;
db.read = async (sql, params) => {
  const t = performance.now();
  const rows = await read(sql, params);
  if (on) console.log(`${(performance.now() - t).toFixed(1).padStart(5)} ms  ${sql.replace(/\s+/g, " ").slice(0, 160)} (driver)`);
  return rows as never;
};
const yoga = createServer({ db, graphiql: false, logging: false, webDist: false });
const s = SCENARIOS.find((x) => x.name === name)!;
const run = async () => (await yoga.fetch("http://x/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: s.query, variables: vars[name] }) })).json();
await run(); await run();
on = true;
const t0 = performance.now();
await run();
console.log(`total ${(performance.now() - t0).toFixed(1)} ms`);
await db.prisma.$disconnect();
