// Aggregates of one kind's entities matching a condition tree (src/read/where.ts), computed in SQL: counts per
// group (a column's value, the year or decade of a date or a year, or the entity at the other end of a
// relationship, optionally only the relationships that match a condition) and the range of a column. One statement
// each; at most `limit` groups leave the database, the largest first.
import { sql, type RawBuilder } from "kysely";
import type { DbHandle } from "../store/db.js";
import { queryBuilder, run } from "./sql.js";
import { WhereCompiler, type EntityColumn, type EntityCond, type RelationCond } from "./where.js";
import type { Direction } from "./relation-window.js";
import { checkQualifiers, entityQualifierUses, relationQualifierUses } from "./qualifiers.js";

export type GroupKey =
  | { by: "value"; column: EntityColumn; type: "enum" | "bool" | "text" | "int" }
  | { by: "year" | "decade"; column: EntityColumn; type: "date" | "int" }
  | { by: "relation"; kinds: string[]; direction: Direction; where: RelationCond | null };

export interface GroupCount {
  /** The group's value as text (a year, a decade's first year, "true"/"false"), or the other end's id; null: none. */
  key: string | null;
  count: number;
  /** For relationship groups: the entity at the other end. */
  entityId: number | null;
}

export function yearOf(db: DbHandle, col: RawBuilder<unknown>, type: "date" | "int"): RawBuilder<number> {
  if (type === "int") return sql<number>`${col}`;
  // Dates are ISO text on SQLite and timestamp(3) on PostgreSQL.
  return db.provider === "postgresql" ? sql<number>`CAST(EXTRACT(YEAR FROM ${col}) AS INTEGER)` : sql<number>`CAST(substr(${col}, 1, 4) AS INTEGER)`;
}

function scope(db: DbHandle, kind: string, cond: EntityCond | null, w: WhereCompiler) {
  let q = queryBuilder(db).selectFrom("Entity as e").where("e.kind", "=", kind).where("e.retiredAt", "is", null);
  if (cond) q = q.where(w.entity("e", cond, null));
  return q;
}

/**
 * Entities of `kind` matching `cond`, counted per group of `key`: the `limit` largest groups, or with `order: "key"`
 * the first `limit` groups by value (years and decades in time order, the group of entities without one last).
 */
export async function groupCounts(
  db: DbHandle,
  kind: string,
  cond: EntityCond | null,
  key: GroupKey,
  limit: number,
  order: "count" | "key" = "count",
): Promise<GroupCount[]> {
  const uses = cond ? entityQualifierUses(cond) : [];
  if (key.by === "relation" && key.where) relationQualifierUses(key.where, key.kinds, uses);
  await checkQualifiers(db, uses);
  const w = new WhereCompiler(db);
  const base = scope(db, kind, cond, w);
  let rows: { k: unknown; n: number | string }[];
  if (key.by === "relation") {
    const self = sql.ref("e.id");
    const r = (c: string) => sql.ref(`r.${c}`);
    const on =
      key.direction === "OUT" ? sql<boolean>`${r("fromId")} = ${self}` : key.direction === "IN" ? sql<boolean>`${r("toId")} = ${self}` : sql<boolean>`(${r("fromId")} = ${self} OR ${r("toId")} = ${self})`;
    const other = key.direction === "OUT" ? r("toId") : key.direction === "IN" ? r("fromId") : sql`CASE WHEN ${r("fromId")} = ${self} THEN ${r("toId")} ELSE ${r("fromId")} END`;
    let q = base
      .innerJoin("Relation as r", (j) => j.on(on))
      .where(sql<boolean>`${r("kind")} IN (${sql.join(key.kinds)})`)
      .where(w.shown("r", null));
    if (key.where) q = q.where(w.relationOf("r", key.where, null, other));
    // An entity counts once per group, however many relationships tie it to that group's entity.
    const n = sql<number>`COUNT(DISTINCT ${self})`;
    rows = await run(db, q.select([other.as("k"), n.as("n")]).groupBy(other).orderBy(n, "desc").orderBy(other).limit(limit));
    return rows.map((row) => ({ key: String(row.k), count: Number(row.n), entityId: Number(row.k) }));
  }
  const col = sql.ref(`e.${key.column}`);
  const value = key.by === "value" ? sql`${col}` : key.by === "year" ? yearOf(db, col, key.type) : sql`(${yearOf(db, col, key.type)} / 10) * 10`;
  const n = sql<number>`COUNT(*)`;
  const grouped = base.select([value.as("k"), n.as("n")]).groupBy(value);
  // NULLs sort first on SQLite and last on PostgreSQL: put them last on both.
  const ordered = order === "key" ? grouped.orderBy(sql`${value} IS NULL`).orderBy(value) : grouped.orderBy(n, "desc").orderBy(value);
  rows = await run(db, ordered.limit(limit));
  return rows.map((row) => ({
    key: row.k == null ? null : key.by === "value" && key.type === "bool" ? String(row.k === true || row.k === 1) : String(row.k),
    count: Number(row.n),
    entityId: null,
  }));
}

/** The smallest and largest value of a column over the matching entities (null when none has one). */
export async function columnRange(db: DbHandle, kind: string, cond: EntityCond | null, column: EntityColumn): Promise<{ min: unknown; max: unknown }> {
  if (cond) await checkQualifiers(db, entityQualifierUses(cond));
  const w = new WhereCompiler(db);
  const col = sql.ref(`e.${column}`);
  const [row] = await run<{ lo: unknown; hi: unknown }>(db, scope(db, kind, cond, w).select([sql`MIN(${col})`.as("lo"), sql`MAX(${col})`.as("hi")]));
  return { min: row?.lo ?? null, max: row?.hi ?? null };
}
