// The GROUP BYs of `cooperationCounts` (src/resolvers/query/aggregates.ts), compiled by the planner's query builder
// (src/read/sql.ts) and run through `db.scan`: on SQLite off the event loop's thread, cut at the statement timeout.
// Counting, ordering and the cut to `first` groups happen in the database: on a 200k-edge graph PARTNER has ~10,000
// groups and YEAR ~20,000 distinct dates, which must not come into JavaScript (or into bound parameters).
import { sql, type Compilable } from "kysely";
import type { DbHandle } from "../store/db.js";
import { queryBuilder } from "./sql.js";

export interface CountRow {
  /** The group: a subtype, a year, or an entity id; null for relationships without one. */
  k: string | number | null;
  n: number;
}

async function scan(db: DbHandle, q: Compilable): Promise<CountRow[]> {
  const { sql: text, parameters } = q.compile();
  const rows = await db.scan<{ k: string | number | null; n: number | string | bigint }>(text, parameters as unknown[]);
  return rows.map((r) => ({ k: r.k, n: Number(r.n) }));
}

const COOPERATION = "COOPERATES_WITH";

/** Cooperations per subtype, the largest `first` groups. */
export function cooperationsByKind(db: DbHandle, first: number): Promise<CountRow[]> {
  const n = sql<number>`COUNT(*)`;
  const k = sql.ref("r.subtype");
  return scan(db, queryBuilder(db).selectFrom("Relation as r").select([k.as("k"), n.as("n")]).where("r.kind", "=", COOPERATION).groupBy(k).orderBy(n, "desc").orderBy(k).limit(first));
}

/** Cooperations per year they began, the first `first` years (undated last). */
export function cooperationsByYear(db: DbHandle, first: number): Promise<CountRow[]> {
  // ISO text on SQLite (Prisma's format, "2001-05-03T00:00:00.000+00:00"), timestamp on PostgreSQL.
  const year =
    db.provider === "postgresql" ? sql<number>`CAST(EXTRACT(YEAR FROM ${sql.ref("r.validFrom")}) AS integer)` : sql<number>`CAST(substr(${sql.ref("r.validFrom")}, 1, 4) AS integer)`;
  return scan(
    db,
    queryBuilder(db)
      .selectFrom("Relation as r")
      .select([year.as("k"), sql<number>`COUNT(*)`.as("n")])
      .where("r.kind", "=", COOPERATION)
      .groupBy(year)
      .orderBy(sql`${year} IS NULL`)
      .orderBy(year)
      .limit(first),
  );
}

/** Cooperations per body party to them (either end), the largest `first`. */
export function cooperationsByPartner(db: DbHandle, first: number): Promise<CountRow[]> {
  const qb = queryBuilder(db);
  // Both ends through their (fromId|toId, kind, ...) indexes, without reading a row.
  const end = (column: "fromId" | "toId") =>
    qb.selectFrom("Relation as r").select([sql<number>`${sql.ref(`r.${column}`)}`.as("id"), sql<number>`COUNT(*)`.as("n")]).where("r.kind", "=", COOPERATION).groupBy(`r.${column}`);
  const n = sql<number>`SUM(${sql.ref("ends.n")})`;
  return scan(
    db,
    qb
      .selectFrom(end("fromId").unionAll(end("toId")).as("ends"))
      .select([sql<number>`${sql.ref("ends.id")}`.as("k"), n.as("n")])
      .groupBy("ends.id")
      .orderBy(n, "desc")
      .orderBy("ends.id")
      .limit(first),
  );
}

/** Cooperations per crime area both partners work on (WORKS_ON), the largest `first`. */
export function cooperationsByCrimeArea(db: DbHandle, first: number): Promise<CountRow[]> {
  // (body, area) pairs once each, so a cooperation counts once per shared area without COUNT(DISTINCT) (whose
  // temporary B-tree took 127 s and 567 MB on a 200k-edge SQLite graph). Driven from the cooperations (CROSS JOIN
  // fixes SQLite's join order): per cooperation, the areas of one end, each checked against the other end.
  const pairs = queryBuilder(db)
    .selectFrom("Relation as x").select([sql<number>`${sql.ref("x.fromId")}`.as("e"), sql<number>`${sql.ref("x.toId")}`.as("area")]).distinct().where("x.kind", "=", "WORKS_ON");
  // MATERIALIZED on SQLite (PostgreSQL materializes a CTE used twice by itself).
  const n = sql<number>`COUNT(*)`;
  const area = sql.ref("a.area");
  return scan(
    db,
    queryBuilder(db)
      .with((cte) => (db.provider === "postgresql" ? cte("w") : cte("w").materialized()), () => pairs)
      .selectFrom("Relation as c")
      .crossJoin("w as a")
      .crossJoin("w as b")
      .select([sql<number>`${area}`.as("k"), n.as("n")])
      .where("c.kind", "=", COOPERATION)
      .where(sql<boolean>`${sql.ref("a.e")} = ${sql.ref("c.fromId")} AND ${sql.ref("b.e")} = ${sql.ref("c.toId")} AND ${sql.ref("b.area")} = ${area}`)
      .groupBy("a.area")
      .orderBy(n, "desc")
      .orderBy("a.area")
      .limit(first),
  );
}
