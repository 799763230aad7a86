// The floor of the benchmark: a tiny node:http server that answers each scenario's question with hand-written SQL
// through the same driver as the API (better-sqlite3 or pg), as the same JSON the GraphQL API returns, so the
// difference to the API is what GraphQL, Pothos, Prisma and the DataLoaders cost. Started by scripts/bench.ts:
//   DATABASE_URL=... PORT=... tsx scripts/bench/floor.ts
// POST /<scenario> with {"variables": {...}} (the same variables as the GraphQL request).
import { createServer } from "node:http";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl } from "../../src/config.js";
import { SQLITE_PRAGMAS, sqlitePath } from "../../src/store/db.js";
import { kShortestPaths, type Edge } from "../../src/graph/paths.js";
import { REQUEST_CAPS } from "../../src/resolvers/query/paths.js";
import { MIN_SCORE, parseQuery, score, type Candidate } from "../../src/read/search.js";

const url = process.env.DATABASE_URL!;
const postgres = isPostgresUrl(url);
let statements = 0;

type Row = Record<string, any>;
let query: (sql: string, params: unknown[]) => Promise<Row[]>;
if (postgres) {
  // As the API's pool (src/store/db.ts): `<%` (trigram index) at word similarity 0.3.
  const pool = new pg.Pool({ connectionString: url, max: 10, options: "-c pg_trgm.word_similarity_threshold=0.3" });
  query = async (sql, params) => {
    statements++;
    // Placeholders are written "?" once and numbered here.
    let i = 0;
    return (await pool.query(sql.replace(/\?/g, () => `$${++i}`), params)).rows;
  };
} else {
  const db = new Database(sqlitePath(url), { readonly: true });
  for (const p of SQLITE_PRAGMAS) db.pragma(p); // the API's settings (src/store/db.ts)
  const cache = new Map<string, Database.Statement>();
  query = async (sql, params) => {
    statements++;
    let st = cache.get(sql);
    if (!st) cache.set(sql, (st = db.prepare(sql)));
    return st.all(...(params as unknown[])) as Row[];
  };
}

const ids = postgres ? `(SELECT unnest(?::int[]))` : `(SELECT value FROM json_each(?))`;
const idParam = (xs: number[]) => (postgres ? xs : JSON.stringify(xs));
const day = (col: string) => (postgres ? `to_char(${col}, 'YYYY-MM-DD')` : `substr(${col}, 1, 10)`);
const dateParam = (d: Date) => (postgres ? d : d.toISOString().replace("Z", "+00:00"));

/**
 * Up to `first` cooperations of each parent (both directions), ordered as the API orders them, with the partner:
 * a per-parent LIMIT over the (fromId|toId, kind, validFrom, id) indexes (LATERAL on PostgreSQL, a correlated
 * IN (... LIMIT) on SQLite), the partner joined in the same statement. `both` false: outgoing ones only (the
 * generic `relations(direction: OUT)`), the partner being the `to` end.
 */
async function cooperations(parents: number[], first: number, both = true) {
  const held = (r: string) =>
    `${r}."retiredAt" IS NULL AND EXISTS (SELECT 1 FROM "Entity" f WHERE f."id" = ${r}."fromId" AND f."retiredAt" IS NULL)` +
    ` AND EXISTS (SELECT 1 FROM "Entity" t WHERE t."id" = ${r}."toId" AND t."retiredAt" IS NULL)`;
  const out1 = `SELECT r."id", r."validFrom" FROM "Relation" r WHERE r."fromId" = p.pid AND r."kind" = 'COOPERATES_WITH' AND ${held("r")} ORDER BY r."validFrom", r."id" LIMIT ?`;
  const in1 = `SELECT r."id", r."validFrom" FROM "Relation" r WHERE r."toId" = p.pid AND r."kind" = 'COOPERATES_WITH' AND r."fromId" <> p.pid AND ${held("r")} ORDER BY r."validFrom", r."id" LIMIT ?`;
  const sql = postgres
    ? `SELECT p.pid, ${day(`x."validFrom"`)} AS since, o."id", o."slug", o."name"
       FROM unnest(?::int[]) AS p(pid)
       CROSS JOIN LATERAL (${both ? `SELECT * FROM ((${out1}) UNION ALL (${in1})) u ORDER BY u."validFrom", u."id" LIMIT ?` : out1}) x
       JOIN "Relation" r ON r."id" = x."id"
       JOIN "Entity" o ON o."id" = CASE WHEN r."fromId" = p.pid THEN r."toId" ELSE r."fromId" END
       ORDER BY p.pid, x."validFrom", x."id"`
    : `WITH p(pid) AS (SELECT value FROM json_each(?))
       SELECT p.pid, ${day(`r."validFrom"`)} AS since, o."id", o."slug", o."name"
       FROM p JOIN "Relation" r ON r."id" IN (${both ? `SELECT "id" FROM (SELECT * FROM (${out1}) UNION ALL SELECT * FROM (${in1}) ORDER BY "validFrom", "id" LIMIT ?)` : `SELECT "id" FROM (${out1})`})
       JOIN "Entity" o ON o."id" = CASE WHEN r."fromId" = p.pid THEN r."toId" ELSE r."fromId" END
       ORDER BY p.pid, r."validFrom", r."id"`;
  const rows = await query(sql, both ? [idParam(parents), first, first, first] : [idParam(parents), first]);
  const out = new Map<number, Row[]>();
  for (const r of rows) (out.get(Number(r.pid)) ?? out.set(Number(r.pid), []).get(Number(r.pid))!).push(r);
  return out;
}

const handlers: Record<string, (v: Row) => Promise<unknown>> = {
  async traversal(v) {
    const first = v.first ?? 10;
    const orgs = await query(
      `SELECT "id", "slug", "name" FROM "Entity" WHERE "kind" = 'ORGANIZATION' AND "retiredAt" IS NULL ORDER BY "name", "id" LIMIT ?`,
      [first],
    );
    const l1 = await cooperations(orgs.map((o) => o.id), first);
    const partners = [...new Set([...l1.values()].flat().map((r) => r.id as number))];
    const l2 = partners.length ? await cooperations(partners, first) : new Map<number, Row[]>();
    return {
      organizations: {
        edges: orgs.map((o) => ({
          node: {
            slug: o.slug,
            name: o.name,
            cooperations: (l1.get(o.id) ?? []).map((c) => ({
              since: c.since,
              partner: {
                slug: c.slug,
                name: c.name,
                cooperations: (l2.get(c.id) ?? []).map((d) => ({ since: d.since, partner: { slug: d.slug, name: d.name } })),
              },
            })),
          },
        })),
      },
    };
  },

  async traversalGeneric(v) {
    const first = v.first ?? 10;
    const orgs = await query(
      `SELECT "id", "slug", "name" FROM "Entity" WHERE "kind" = 'ORGANIZATION' AND "retiredAt" IS NULL ORDER BY "name", "id" LIMIT ?`,
      [first],
    );
    const l1 = await cooperations(orgs.map((o) => o.id), first, false);
    const partners = [...new Set([...l1.values()].flat().map((r) => r.id as number))];
    const l2 = partners.length ? await cooperations(partners, first, false) : new Map<number, Row[]>();
    return {
      organizations: {
        edges: orgs.map((o) => ({
          node: {
            slug: o.slug,
            name: o.name,
            relations: (l1.get(o.id) ?? []).map((c) => ({
              since: c.since,
              to: {
                slug: c.slug,
                name: c.name,
                relations: (l2.get(c.id) ?? []).map((d) => ({ since: d.since, to: { slug: d.slug, name: d.name } })),
              },
            })),
          },
        })),
      },
    };
  },

  async predicate(v) {
    // One EXISTS over both directions (PostgreSQL ORs the (fromId|toId, kind, validFrom) indexes per organization;
    // two OR'ed EXISTS arms made it hash every matching relation instead, 10-100x slower at 100k), the other end live,
    // as the API's relationship predicates (the own end is the live organization itself).
    const other = `CASE WHEN r."fromId" = e."id" THEN r."toId" ELSE r."fromId" END`;
    const where = `e."kind" = 'ORGANIZATION' AND e."retiredAt" IS NULL AND EXISTS (SELECT 1 FROM "Relation" r
      WHERE (r."fromId" = e."id" OR r."toId" = e."id") AND r."kind" = 'COOPERATES_WITH' AND r."subtype" = ? AND r."validFrom" < ?
        AND r."retiredAt" IS NULL AND EXISTS (SELECT 1 FROM "Entity" o WHERE o."id" = ${other} AND o."retiredAt" IS NULL))`;
    const before = dateParam(new Date(`${String(v.before)}T00:00:00Z`));
    const p = [v.kind, before];
    const rows = await query(
      `SELECT e."slug", e."name", (SELECT COUNT(*) FROM "Entity" e WHERE ${where}) AS total FROM "Entity" e WHERE ${where} ORDER BY e."name", e."id" LIMIT ?`,
      [...p, ...p, v.first ?? 10],
    );
    const total = rows.length ? Number(rows[0].total) : Number((await query(`SELECT COUNT(*) AS n FROM "Entity" e WHERE ${where}`, p))[0].n);
    return { organizations: { totalCount: total, edges: rows.map((r) => ({ node: { slug: r.slug, name: r.name } })) } };
  },

  async groupBy(v) {
    const orgs = `"kind" = 'ORGANIZATION' AND "retiredAt" IS NULL`;
    const [{ n: count }] = await query(`SELECT COUNT(*) AS n FROM "Entity" WHERE ${orgs}`, []);
    let groups: { key: string; count: number }[];
    if (v.by === "COOPERATIONS") {
      // The partner at the other end, each organization once per partner: two index-driven arms (fromId, toId).
      const live = (col: string) => `EXISTS (SELECT 1 FROM "Entity" x WHERE x."id" = r."${col}" AND x."retiredAt" IS NULL)`;
      const arm = (own: string, other: string) =>
        `SELECT e."id" AS eid, r."${other}" AS k FROM "Entity" e JOIN "Relation" r ON r."${own}" = e."id"
         WHERE e."kind" = 'ORGANIZATION' AND e."retiredAt" IS NULL AND r."kind" = 'COOPERATES_WITH' AND r."retiredAt" IS NULL AND ${live("fromId")} AND ${live("toId")}`;
      const rows = await query(
        `SELECT g.n, o."slug", o."kind", o."isoAlpha2" FROM (
           SELECT k, COUNT(DISTINCT eid) AS n FROM (${arm("fromId", "toId")} UNION ALL ${arm("toId", "fromId")}) a GROUP BY k ORDER BY n DESC, k LIMIT 10
         ) g JOIN "Entity" o ON o."id" = g.k ORDER BY g.n DESC, g.k`,
        [],
      );
      groups = rows.map((r) => ({ key: r.kind === "COUNTRY" ? (r.isoAlpha2 ?? r.slug) : r.slug, count: Number(r.n) }));
    } else {
      const value = v.by === "FOUNDED_YEAR_DECADE" ? `("foundedYear" / 10) * 10` : `"sovereigntyModel"`;
      const rows = await query(`SELECT ${value} AS k, COUNT(*) AS n FROM "Entity" WHERE ${orgs} GROUP BY ${value} ORDER BY n DESC, k LIMIT 10`, []);
      groups = rows.map((r) => ({ key: r.k == null ? "UNKNOWN" : String(r.k), count: Number(r.n) }));
    }
    return { organizationsAggregate: { count: Number(count), groupBy: groups } };
  },

  async nestedGroupBy(v) {
    const orgs = await query(
      `SELECT "id", "slug" FROM "Entity" WHERE "kind" = 'ORGANIZATION' AND "retiredAt" IS NULL ORDER BY "name", "id" LIMIT ?`,
      [v.first ?? 10],
    );
    // Each organization's cooperations (either end, a self-link once), grouped by the qualifier or the decade it began:
    // two index-driven arms, one GROUP BY; the top 10 per parent picked here (count desc, no value last, then the value).
    const value = v.by === "VALID_FROM_DECADE" ? (postgres ? `(EXTRACT(YEAR FROM r."validFrom")::int / 10) * 10` : `(CAST(substr(r."validFrom", 1, 4) AS INTEGER) / 10) * 10`) : `r."subtype"`;
    const live = (col: string) => `EXISTS (SELECT 1 FROM "Entity" x WHERE x."id" = r."${col}" AND x."retiredAt" IS NULL)`;
    const arm = (own: string, extra: string) =>
      `SELECT r."${own}" AS pid, ${value} AS k FROM "Relation" r WHERE r."${own}" IN ${ids} AND r."kind" = 'COOPERATES_WITH' AND r."retiredAt" IS NULL ${extra} AND ${live("fromId")} AND ${live("toId")}`;
    const parents = idParam(orgs.map((o) => o.id as number));
    const rows = await query(
      `SELECT pid, k, COUNT(*) AS n FROM (${arm("fromId", "")} UNION ALL ${arm("toId", `AND r."fromId" <> r."toId"`)}) a GROUP BY pid, k`,
      [parents, parents],
    );
    const groups = new Map<number, { key: string | null; count: number }[]>();
    for (const r of rows) {
      const list = groups.get(Number(r.pid)) ?? groups.set(Number(r.pid), []).get(Number(r.pid))!;
      list.push({ key: r.k == null ? null : String(r.k), count: Number(r.n) });
    }
    const order = (a: { key: string | null; count: number }, b: { key: string | null; count: number }) =>
      b.count - a.count || (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0) ||
      (v.by === "VALID_FROM_DECADE" ? Number(a.key) - Number(b.key) : a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : 0);
    return {
      organizations: {
        edges: orgs.map((o) => {
          const list = groups.get(o.id as number) ?? [];
          return {
            node: {
              slug: o.slug,
              cooperationsAggregate: {
                count: list.reduce((n, g) => n + g.count, 0),
                groupBy: list.sort(order).slice(0, 10).map((g) => ({ key: g.key ?? "UNKNOWN", count: g.count })),
              },
            },
          };
        }),
      },
    };
  },

  async lookupSlug(v) {
    const [e] = await query(
      `SELECT "id", "slug", "name", "acronym", "foundedYear" FROM "Entity" WHERE "kind" = 'ORGANIZATION' AND "slug" = ? AND "retiredAt" IS NULL`,
      [String(v.slug)],
    );
    return {
      organization: e
        ? { id: Buffer.from(`Organization:${e.id}`).toString("base64"), slug: e.slug, name: e.name, acronym: e.acronym, foundedYear: e.foundedYear }
        : null,
    };
  },

  async typename() {
    return { __typename: "Query" };
  },

  async filtered(v) {
    const y = Number(v.year);
    const end = dateParam(new Date(Date.UTC(y, 11, 31, 23, 59, 59)));
    const start = dateParam(new Date(Date.UTC(y, 0, 1)));
    const rows = await query(
      // The count as a scalar subquery (its own plan, index-only), not COUNT(*) OVER (), which would rank every match.
      `SELECT "slug", "name", ${day(`"startDate"`)} AS "startDate", ${day(`"endDate"`)} AS "endDate",
         (SELECT COUNT(*) FROM "Entity" WHERE "kind" = 'MISSION' AND "retiredAt" IS NULL AND "startDate" <= ? AND ("endDate" IS NULL OR "endDate" >= ?)) AS total
       FROM "Entity" WHERE "kind" = 'MISSION' AND "retiredAt" IS NULL AND "startDate" <= ? AND ("endDate" IS NULL OR "endDate" >= ?)
       ORDER BY "name", "id" LIMIT ?`,
      [end, start, end, start, v.first ?? 20],
    );
    return {
      missions: {
        totalCount: rows.length ? Number(rows[0].total) : 0,
        edges: rows.map((r) => ({ node: { slug: r.slug, name: r.name, startDate: r.startDate, endDate: r.endDate } })),
      },
    };
  },

  async search(v) {
    const words = parseQuery(String(v.q));
    let rows: (Candidate & { slug: string })[];
    if (postgres) {
      rows = (await query(
        `WITH m AS (SELECT "entityId" FROM "EntitySearch" WHERE "document" @@ to_tsquery('simple', ?)
                   UNION SELECT "entityId" FROM "EntitySearch" WHERE "names" %> ?)
         SELECT e."id", e."kind", e."name", e."acronym", e."aliases", e."description", e."slug"
         FROM m JOIN "EntitySearch" s ON s."entityId" = m."entityId" JOIN "Entity" e ON e."id" = s."entityId"
         WHERE e."retiredAt" IS NULL
         ORDER BY ts_rank(s."document", to_tsquery('simple', ?)) + word_similarity(?, s."names") DESC, e."id" LIMIT 500`,
        [words.map((w) => `${w}:*`).join(" & "), words.join(" "), words.map((w) => `${w}:*`).join(" & "), words.join(" ")],
      )) as never;
    } else {
      const grams = [...new Set(words.flatMap((w) => Array.from({ length: Math.max(0, w.length - 2) }, (_, i) => w.slice(i, i + 3))))];
      rows = (await query(
        `SELECT s.rowid AS "id", s."kind", s."name", nullif(s."acronym", '') AS "acronym", s."aliases", s."description", e."slug"
         FROM "EntitySearch" s JOIN "Entity" e ON e."id" = s.rowid
         WHERE "EntitySearch" MATCH ? ORDER BY bm25("EntitySearch", 10.0, 10.0, 5.0, 1.0) LIMIT 500`,
        [grams.map((g) => `"${g}"`).join(" OR ")],
      )) as never;
    }
    const hits = rows
      .map((c) => ({ c, score: score(words, c) }))
      .filter((h) => h.score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.c.name.localeCompare(b.c.name) || Number(a.c.id) - Number(b.c.id));
    return {
      search: {
        totalCount: hits.length,
        edges: hits.slice(0, v.first ?? 10).map((h) => ({ score: h.score, node: { slug: h.c.slug, name: h.c.name } })),
      },
    };
  },

  async paths(v) {
    const ref = async (r: string) => {
      const slug = r.replace(/^org:/, "");
      const [e] = await query(`SELECT "id" FROM "Entity" WHERE "kind" = 'ORGANIZATION' AND "slug" = ?`, [slug]);
      return Number(e.id);
    };
    const [from, to] = [await ref(v.from), await ref(v.to)];
    const neighbours = async (nodes: number[]) => {
      const rows = await query(
        // Two index-driven arms (an OR of two IN subqueries makes PostgreSQL scan the table).
        `WITH p(pid) AS ${ids}, e AS (
           SELECT r."id", r."fromId", r."toId", r."retiredAt" FROM p JOIN "Relation" r ON r."fromId" = p.pid
           UNION
           SELECT r."id", r."fromId", r."toId", r."retiredAt" FROM p JOIN "Relation" r ON r."toId" = p.pid)
         SELECT e."id", e."fromId", e."toId" FROM e
           JOIN "Entity" f ON f."id" = e."fromId" AND f."retiredAt" IS NULL
           JOIN "Entity" t ON t."id" = e."toId" AND t."retiredAt" IS NULL
         WHERE e."retiredAt" IS NULL
         ORDER BY e."id"`,
        [idParam(nodes)],
      );
      const wanted = new Set(nodes);
      const out = new Map<number, Edge[]>();
      const push = (n: number, e: Edge) => (out.get(n) ?? out.set(n, []).get(n)!).push(e);
      for (const r of rows) {
        const e = { id: Number(r.id), from: Number(r.fromId), to: Number(r.toId) };
        if (wanted.has(e.from)) push(e.from, e);
        if (wanted.has(e.to) && e.to !== e.from) push(e.to, e);
      }
      return out;
    };
    const { paths } = await kShortestPaths(from, to, neighbours, { maxHops: v.maxHops ?? 4, k: 1, caps: REQUEST_CAPS });
    const all = [...new Set(paths.flatMap((p) => p.nodes))];
    const slugs = new Map(
      (all.length ? await query(`SELECT "id", "slug" FROM "Entity" WHERE "id" IN ${ids}`, [idParam(all)]) : []).map((r) => [Number(r.id), r.slug]),
    );
    return { paths: paths.map((p) => ({ length: p.steps.length, nodes: p.nodes.map((n) => ({ slug: slugs.get(n) })) })) };
  },

  async lookup(v) {
    const [typename, raw] = Buffer.from(String(v.id), "base64").toString("utf8").split(":");
    const [e] = await query(
      `SELECT "id", "slug", "name", "acronym", "foundedYear" FROM "Entity" WHERE "id" = ? AND "kind" = 'ORGANIZATION'`,
      [Number(raw)],
    );
    return { node: e && typename === "Organization" ? { id: v.id, slug: e.slug, name: e.name, acronym: e.acronym, foundedYear: e.foundedYear } : null };
  },
};

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const name = (req.url ?? "/").slice(1);
    const handler = handlers[name];
    if (!handler) {
      res.writeHead(404).end();
      return;
    }
    const before = statements;
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as { variables?: Row }) : {};
    handler(body.variables ?? {}).then(
      (data) => {
        res.writeHead(200, { "content-type": "application/json", "x-sql-statements": String(statements - before) });
        res.end(JSON.stringify({ data }));
      },
      (e: unknown) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ errors: [{ message: String(e) }] }));
      },
    );
  });
});
server.listen(Number(process.env.PORT ?? 4100), "127.0.0.1", () => console.log(`floor listening on ${process.env.PORT}`));
