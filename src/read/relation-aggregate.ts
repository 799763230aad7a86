// Aggregates of relationship lists (`Organization.cooperationsAggregate`, `Entity.relationsAggregate` ...), computed
// in SQL for many parents at once: the counts and ranges of each parent's relationships in one statement (GROUP BY
// parent), and the counts per group in one statement per grouping (GROUP BY parent, key; a window function keeps the
// `first` largest groups of each parent). The relationships are exactly those the relationship list shows for the
// same arguments: live, held on `asOf`, both ends live, matching the `where` (src/read/where.ts, `shown` and
// `relationOf`, as src/read/relation-list.ts). Nothing is read into memory to be counted.
import { sql, type Compilable, type RawBuilder } from "kysely";
import type { DbHandle } from "../store/db.js";
import type { Entity } from "../generated/prisma/sqlite/client.js";
import { queryBuilder, run, runCompiled, Slot } from "./sql.js";
import { ENTITY, toEntity } from "./rows.js";
import { yearOf } from "./entity-aggregate.js";
import { WhereCompiler, type EntityColumn, type RelationCond } from "./where.js";
import type { Direction } from "./relation-window.js";

/** Which relationships of a parent are aggregated: those its relationship list shows with these arguments. */
export interface RelationScope {
  kinds: string[];
  direction: Direction;
  asOf: Date | null;
  /** The list's `where` (and `during`, as an overlaps condition); null: every relationship. */
  where: RelationCond | null;
}

/** What relationships are grouped by. */
export type RelationGroupKey =
  /** A column of the relationship: its qualifier (subtype), kind or confidence. */
  | { by: "column"; column: "subtype" | "kind" | "confidence" }
  /** The year, or the decade's first year, of a date of the relationship (null: undated). */
  | { by: "year" | "decade"; column: "validFrom" | "validTo" }
  /** The entity at the other end (its row comes with the group). */
  | { by: "other" }
  /** A field of the entity at the other end (null when that entity has none). */
  | { by: "otherColumn"; column: EntityColumn; type: "enum" | "bool" | "text" };

export interface Range {
  min: unknown;
  max: unknown;
}

export interface RelationStats {
  count: number;
  validFrom: Range;
  validTo: Range;
  /** The numeric qualifiers (REQUIRES min and max): the range of each. */
  min: Range;
  max: Range;
}

export interface RelationGroup {
  /** The group's value as text ("LEAD", "2005", "true" ...); null: relationships without one. Null for `other`. */
  key: string | null;
  count: number;
  /** For `other`: the entity at the other end, read whole in the same statement. */
  entity: Entity | null;
}

export const NO_RELATIONS: RelationStats = {
  count: 0,
  validFrom: { min: null, max: null },
  validTo: { min: null, max: null },
  min: { min: null, max: null },
  max: { min: null, max: null },
};

/** The parents as one parameter, however many: a JSON array on SQLite, an int[] on PostgreSQL. */
const parentsValue = (db: DbHandle, parents: readonly number[]) => (db.provider === "postgresql" ? [...parents] : JSON.stringify(parents));

// What changes between runs of one shape of aggregate without a `where` (runCompiled): the parents and the row cap.
const PARENTS = new Slot("parent ids");
const CAP = new Slot("row cap");

/**
 * Runs an aggregate statement: without a `where`, built and compiled once per shape (`key` names the scope and
 * everything else the statement depends on) with the parents and the cap bound per run; with one, built anew.
 */
function runAggregate(
  db: DbHandle,
  parents: readonly number[],
  s: RelationScope,
  cap: number,
  key: string,
  build: (ids: unknown, cap: number) => Compilable,
): Promise<Record<string, unknown>[]> {
  if (s.where) return run<Record<string, unknown>>(db, build(parentsValue(db, parents), cap));
  const shape = `aggregate|${key}|${[...s.kinds].join(",")}|${s.direction}|${s.asOf?.toISOString() ?? ""}`;
  return runCompiled<Record<string, unknown>>(
    db,
    shape,
    () => build(PARENTS, CAP as unknown as number),
    new Map<Slot, unknown>([
      [PARENTS, parentsValue(db, parents)],
      [CAP, cap],
    ]),
  );
}

/** The parents (`ids`: parentsValue or a slot) joined to their relationships in scope, with the id of each relationship's other end. */
function scoped(db: DbHandle, ids: unknown, s: RelationScope, w: WhereCompiler) {
  const parentTable =
    db.provider === "postgresql" ? sql`(SELECT unnest(${ids}::int[]) AS pid)` : sql`(SELECT value AS pid FROM json_each(${ids}))`;
  const r = (c: string) => sql.ref(`r.${c}`);
  const pid = sql.ref("p.pid");
  // BOTH: a relationship with the parent at either end (a loop counts once), as the lists read it.
  const on =
    s.direction === "OUT"
      ? sql<boolean>`${r("fromId")} = ${pid}`
      : s.direction === "IN"
        ? sql<boolean>`${r("toId")} = ${pid}`
        : sql<boolean>`(${r("fromId")} = ${pid} OR ${r("toId")} = ${pid})`;
  const otherId =
    s.direction === "OUT" ? r("toId") : s.direction === "IN" ? r("fromId") : sql`CASE WHEN ${r("fromId")} = ${pid} THEN ${r("toId")} ELSE ${r("fromId")} END`;
  let q = queryBuilder(db)
    .selectFrom(sql`${parentTable}`.as("p"))
    .innerJoin("Relation as r", (j) => j.on(on))
    .where(sql<boolean>`${r("kind")} IN (${sql.join(s.kinds)})`)
    .where(w.shown("r", s.asOf));
  if (s.where) q = q.where(w.relationOf("r", s.where, s.asOf, otherId));
  return { q, pid, otherId };
}

/**
 * The count and ranges of each parent's relationships in scope: one statement, one row per parent that has any
 * (at most `cap`: the request's row budget left, src/read/context.ts).
 */
export async function relationStats(
  db: DbHandle,
  parents: readonly number[],
  s: RelationScope,
  cap = Number.MAX_SAFE_INTEGER,
): Promise<{ byParent: Map<number, RelationStats>; rows: number }> {
  const byParent = new Map<number, RelationStats>();
  if (!parents.length) return { byParent, rows: 0 };
  const r = (c: string) => sql.ref(`r.${c}`);
  const range = (c: string) => [sql`MIN(${r(c)})`.as(`${c}_lo`), sql`MAX(${r(c)})`.as(`${c}_hi`)];
  const rows = await runAggregate(db, parents, s, cap, "stats", (ids, cap) => {
    const { q, pid } = scoped(db, ids, s, new WhereCompiler(db));
    return q
      .select([pid.as("_parent"), sql<number>`COUNT(*)`.as("n"), ...range("validFrom"), ...range("validTo"), ...range("min"), ...range("max")])
      .groupBy(pid)
      .limit(cap);
  });
  const pair = (row: Record<string, unknown>, c: string): Range => ({ min: row[`${c}_lo`] ?? null, max: row[`${c}_hi`] ?? null });
  for (const row of rows)
    byParent.set(Number(row._parent), {
      count: Number(row.n),
      validFrom: pair(row, "validFrom"),
      validTo: pair(row, "validTo"),
      min: pair(row, "min"),
      max: pair(row, "max"),
    });
  return { byParent, rows: rows.length };
}

/**
 * Each parent's relationships in scope counted per group of `key`: the `first` largest groups of each parent (then
 * by key; the group of relationships without a value last), `cap` rows in all. One statement.
 */
export async function relationGroups(
  db: DbHandle,
  parents: readonly number[],
  s: RelationScope,
  key: RelationGroupKey,
  first: number,
  cap = Number.MAX_SAFE_INTEGER,
): Promise<{ byParent: Map<number, RelationGroup[]>; rows: number }> {
  const byParent = new Map<number, RelationGroup[]>(parents.map((p) => [p, []]));
  if (!parents.length || first === 0) return { byParent, rows: 0 };
  const rows = await runAggregate(db, parents, s, cap, `groups|${JSON.stringify(key)}|${first}`, (ids, cap) =>
    groupsStatement(db, scoped(db, ids, s, new WhereCompiler(db)), key, first, cap),
  );
  for (const row of rows) {
    const k = row.k;
    byParent.get(Number(row._parent))?.push({
      key: key.by === "other" || k == null ? null : typeof k === "boolean" || (key.by === "otherColumn" && key.type === "bool") ? String(k === true || k === 1) : String(k),
      count: Number(row.n),
      entity: key.by === "other" ? toEntity(row, "o_") : null,
    });
  }
  return { byParent, rows: rows.length };
}

/** relationGroups' statement over the scoped relationships. */
function groupsStatement(db: DbHandle, scope: ReturnType<typeof scoped>, key: RelationGroupKey, first: number, cap: number) {
  const pg = db.provider === "postgresql";
  // Ties are broken by text in byte order on both databases (PostgreSQL's default collation may not be).
  const bytes = (e: RawBuilder<unknown>) => (pg ? sql`${e} COLLATE "C"` : e);
  const { q: base, pid, otherId } = scope;
  const n = sql<number>`COUNT(*)`;
  const o = (c: string) => sql.ref(`oe.${c}`);
  const r = (c: string) => sql.ref(`r.${c}`);
  let value: RawBuilder<unknown>;
  let ties: RawBuilder<unknown>[];
  const joined = key.by === "other" || key.by === "otherColumn";
  const q = joined ? base.innerJoin("Entity as oe", (j) => j.on(sql<boolean>`${o("id")} = ${otherId}`)) : base;
  switch (key.by) {
    case "column":
      value = r(key.column);
      ties = [sql`(${value} IS NULL)`, bytes(value)];
      break;
    case "year":
    case "decade": {
      const year = yearOf(db, r(key.column), "date");
      value = key.by === "year" ? year : sql`(${year} / 10) * 10`;
      ties = [sql`(${value} IS NULL)`, value];
      break;
    }
    case "other":
      value = o("id");
      // By kind and slug: the same order on both databases whatever ids the rows got.
      ties = [bytes(o("kind")), bytes(o("slug")), value];
      break;
    case "otherColumn":
      value = o(key.column);
      ties = [sql`(${value} IS NULL)`, key.type === "text" || key.type === "enum" ? bytes(value) : value];
      break;
  }
  const rank = sql<number>`ROW_NUMBER() OVER (PARTITION BY ${pid} ORDER BY ${sql.join([sql`${n} DESC`, ...ties])})`;
  // The other end's whole row with its group (grouped by its primary key, so its columns are determined).
  const entityColumns = key.by === "other" ? ENTITY.all.map((c) => o(c).as(`o_${c}`)) : [];
  const inner = q
    .select([pid.as("_parent"), value.as("k"), n.as("n"), rank.as("_rank"), ...entityColumns])
    .groupBy([pid, value]);
  return queryBuilder(db)
    .selectFrom(inner.as("w"))
    .selectAll("w")
    .where(sql.ref("w._rank"), "<=", first)
    .orderBy(sql.ref("w._parent"))
    .orderBy(sql.ref("w._rank"))
    .limit(cap);
}
