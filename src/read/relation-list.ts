// Relationship lists with a `where` (src/read/where.ts), read through the planner: the first `limit` matching
// relations of each of many parents in one statement (a window function per parent, so a hub costs its matches,
// not its whole list in memory), in the order relationship lists have (validFrom, id in the database's own order).
import { sql } from "kysely";
import type { DbHandle } from "../store/db.js";
import type { Relation } from "../generated/prisma/sqlite/client.js";
import { queryBuilder, run } from "./sql.js";
import { toRelation } from "./rows.js";
import { WhereCompiler, type RelationCond } from "./where.js";
import type { Direction } from "./relation-window.js";
import { checkQualifiers, relationQualifierUses } from "./qualifiers.js";

export interface FilteredRelationsKey {
  kinds: string[];
  direction: Direction;
  asOf: Date | null;
  limit: number;
  where: RelationCond;
}

/**
 * The matching relations of each parent, at most `limit` each and `cap` in all (the request's row budget left,
 * src/read/context.ts).
 */
export async function filteredRelations(
  db: DbHandle,
  parents: readonly number[],
  k: FilteredRelationsKey,
  cap = Number.MAX_SAFE_INTEGER,
): Promise<{ byParent: Map<number, Relation[]>; rows: number }> {
  const byParent = new Map<number, Relation[]>(parents.map((p) => [p, []]));
  if (!parents.length || k.limit === 0) return { byParent, rows: 0 };
  await checkQualifiers(db, relationQualifierUses(k.where, k.kinds));
  const w = new WhereCompiler(db);
  // The parents as one parameter, however many: a JSON array on SQLite, an int[] on PostgreSQL.
  const ids =
    db.provider === "postgresql"
      ? sql`(SELECT unnest(${[...parents]}::int[]) AS pid)`
      : sql`(SELECT value AS pid FROM json_each(${JSON.stringify(parents)}))`;
  const r = (c: string) => sql.ref(`r.${c}`);
  const pid = sql.ref("p.pid");
  const on =
    k.direction === "OUT"
      ? sql<boolean>`${r("fromId")} = ${pid}`
      : k.direction === "IN"
        ? sql<boolean>`${r("toId")} = ${pid}`
        : sql<boolean>`(${r("fromId")} = ${pid} OR ${r("toId")} = ${pid})`;
  const otherId = k.direction === "OUT" ? r("toId") : k.direction === "IN" ? r("fromId") : sql`CASE WHEN ${r("fromId")} = ${pid} THEN ${r("toId")} ELSE ${r("fromId")} END`;
  const inner = queryBuilder(db)
    .selectFrom(sql`${ids}`.as("p"))
    .innerJoin("Relation as r", (j) => j.on(on))
    .selectAll("r")
    .select([sql<number>`${pid}`.as("_parent"), sql<number>`ROW_NUMBER() OVER (PARTITION BY ${pid} ORDER BY ${r("validFrom")}, ${r("id")})`.as("_rank")])
    .where(sql<boolean>`${r("kind")} IN (${sql.join(k.kinds)})`)
    .where(w.shown("r", k.asOf))
    .where(w.relationOf("r", k.where, k.asOf, otherId));
  const q = queryBuilder(db)
    .selectFrom(inner.as("w"))
    .selectAll("w")
    .where(sql.ref("w._rank"), "<=", k.limit)
    .orderBy(sql.ref("w._parent"))
    .orderBy(sql.ref("w._rank"))
    .limit(cap);
  const rows = await run<Record<string, unknown>>(db, q);
  for (const row of rows) byParent.get(Number(row._parent))?.push(toRelation(row));
  return { byParent, rows: rows.length };
}

/**
 * Every direct relationship between two entities (either direction), of the given kinds, shown as relationship
 * lists show them, in (validFrom, id) order: parallel edges included, at most `limit`.
 */
export async function relationsBetween(
  db: DbHandle,
  a: number,
  b: number,
  k: { kinds: string[] | null; asOf: Date | null; limit: number; where: RelationCond | null },
): Promise<Relation[]> {
  if (k.where) await checkQualifiers(db, relationQualifierUses(k.where, k.kinds?.length ? k.kinds : null));
  const w = new WhereCompiler(db);
  const r = (c: string) => sql.ref(`r.${c}`);
  let q = queryBuilder(db)
    .selectFrom("Relation as r")
    .selectAll("r")
    .where(sql<boolean>`((${r("fromId")} = ${a} AND ${r("toId")} = ${b}) OR (${r("fromId")} = ${b} AND ${r("toId")} = ${a}))`)
    .where(w.shown("r", k.asOf));
  if (k.kinds?.length) q = q.where(sql<boolean>`${r("kind")} IN (${sql.join(k.kinds)})`);
  if (k.where) q = q.where(w.relationOf("r", k.where, k.asOf, sql`CASE WHEN ${r("fromId")} = ${a} THEN ${r("toId")} ELSE ${r("fromId")} END`));
  q = q.orderBy(r("validFrom")).orderBy(r("id")).limit(k.limit);
  return (await run<Record<string, unknown>>(db, q)).map((row) => toRelation(row));
}
