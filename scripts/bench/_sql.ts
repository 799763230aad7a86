import Database from "better-sqlite3";
import { ENTITY, RELATION, selectColumns } from "../../src/rows.js";
const d = new Database(process.argv[2], { readonly: true });
d.pragma("cache_size = -32768");
const ids = (d.prepare(`SELECT id FROM "Entity" WHERE kind='ORGANIZATION' ORDER BY name LIMIT 100 OFFSET 5`).all() as {id:number}[]).map(r=>r.id);
const held = `r."retiredAt" IS NULL AND EXISTS (SELECT 1 FROM "Entity" f WHERE f."id" = r."fromId" AND f."retiredAt" IS NULL) AND EXISTS (SELECT 1 FROM "Entity" t WHERE t."id" = r."toId" AND t."retiredAt" IS NULL)`;
const arm = (end: string, extra="") => `SELECT r.* FROM "Relation" r WHERE r."${end}" = p.pid AND r."kind" = ? AND ${held}${extra} ORDER BY r."validFrom", r."id" LIMIT ?`;
const pick = (a: string) => `SELECT "id", "validFrom" FROM (${a})`;
const inner = `SELECT "id" FROM (${pick(arm("fromId"))} UNION ALL ${pick(arm("toId", ` AND r."fromId" <> p.pid`))} ORDER BY "validFrom", "id" LIMIT ?)`;
const OTHER_JOIN = `JOIN "Entity" o ON o."id" = CASE WHEN r."fromId" = p.pid THEN r."toId" ELSE r."fromId" END`;
const mk = (cols: string) => `WITH p(pid) AS (SELECT value FROM json_each(?)) SELECT p.pid, ${cols} FROM p JOIN "Relation" r ON r."id" IN (${inner}) ${OTHER_JOIN} ORDER BY p.pid, r."validFrom", r."id"`;
const mk2 = (cols: string) => mk(cols).replace(/ ORDER BY p.pid, r."validFrom", r."id"$/, "").replace('FROM p JOIN "Relation" r', 'FROM p CROSS JOIN "Relation" r');
const variants: Record<string,string> = {
  fullNoSort: mk2(`r.*, ${selectColumns(ENTITY, "o", "o__")}`),
  narrowNoSort: mk2(`r."id", r."kind", r."fromId", r."toId", r."validFrom", o."id" AS o__id, o."kind" AS o__kind, o."slug" AS o__slug, o."name" AS o__name`),
  full: mk(`r.*, ${selectColumns(ENTITY, "o", "o__")}`),
  narrow: mk(`r."id", r."kind", r."fromId", r."toId", r."validFrom", o."id" AS o__id, o."kind" AS o__kind, o."slug" AS o__slug, o."name" AS o__name`),
};
const params = [JSON.stringify(ids), "COOPERATES_WITH", 10, "COOPERATES_WITH", 10, 10];
for (const [k, sql] of Object.entries(variants)) {
  for (const raw of [false, true]) {
    const st = d.prepare(sql); if (raw) st.raw(true);
    st.all(...params);
    const t0 = performance.now(); let n = 0;
    for (let i = 0; i < 200; i++) n = st.all(...params).length;
    console.log(k, raw ? "raw" : "obj", n, "rows", ((performance.now() - t0) / 200).toFixed(3), "ms");
  }
}
