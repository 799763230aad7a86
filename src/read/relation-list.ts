// Relationship lists with a `where`, and relationship connections (src/schema/relationship-connection.ts), read
// through the planner: the first `limit` matching relations of each of many parents in one statement (a window
// function per parent, so a hub costs its matches, not its whole list in memory), in a chosen order, after or before
// a cursor; and how many match per parent, in one more statement (GROUP BY parent).
import { sql, type RawBuilder } from "kysely";
import type { DbHandle } from "../store/db.js";
import type { Relation } from "../generated/prisma/sqlite/client.js";
import { queryBuilder, run } from "./sql.js";
import { toRelation } from "./rows.js";
import { WhereCompiler, type RelationCond, type UndatedRule } from "./where.js";
import type { Direction } from "./relation-window.js";
import { checkQualifiers, relationQualifierUses } from "./qualifiers.js";

/** A sort key of a relationship list. */
export interface RelationOrderKey {
  column: "validFrom" | "validTo" | "id" | "kind";
  desc: boolean;
}

/** Which relations of a parent a list holds (before paging). */
export interface RelationSetKey {
  kinds: string[];
  direction: Direction;
  asOf: Date | null;
  /** With `asOf` (and `heldOn`, `overlaps`): whether an unstated start counts as held. Default INCLUDE. */
  undated?: UndatedRule;
  where: RelationCond | null;
}

export interface FilteredRelationsKey extends RelationSetKey {
  limit: number;
  /**
   * Sort keys, then id; NULL dates last ascending (first descending) on both databases. None: (validFrom, id) in
   * the database's own order, what relationship lists have always had.
   */
  order?: RelationOrderKey[] | null;
  /** Keyset: only the relations strictly after this one (by id) in the order ... */
  after?: number | null;
  /** ... and strictly before this one. */
  before?: number | null;
  /** Take the last `limit` in the order instead of the first (a connection's `last`); rows still come in order. */
  backwards?: boolean;
}

type Key = { expr: RawBuilder<unknown>; desc: boolean };
const r = (c: string) => sql.ref(`r.${c}`);

function sortKeys(order: RelationOrderKey[] | null | undefined): Key[] {
  if (!order) return [{ expr: r("validFrom"), desc: false }, { expr: r("id"), desc: false }];
  const keys: Key[] = [];
  const id = order.find((k) => k.column === "id");
  for (const o of [...order.filter((k) => k.column !== "id"), { column: "id" as const, desc: id?.desc ?? false }]) {
    if (o.column === "validFrom" || o.column === "validTo") keys.push({ expr: sql`CASE WHEN ${r(o.column)} IS NULL THEN 1 ELSE 0 END`, desc: o.desc });
    keys.push({ expr: r(o.column), desc: o.desc });
  }
  return keys;
}

/** Rows strictly after (`dir` 1) or before (-1) relation `id` in the order of `keys`: the same keys on the cursor row. */
function keyset(db: DbHandle, keys: Key[], id: number, dir: 1 | -1): RawBuilder<boolean> {
  const onCursor = (expr: RawBuilder<unknown>) => sql`(SELECT ${expr} FROM ${sql.table("Relation")} AS ${sql.id("r")} WHERE ${r("id")} = ${id})`;
  const same = (a: RawBuilder<unknown>, b: RawBuilder<unknown>) =>
    db.provider === "postgresql" ? sql`${a} IS NOT DISTINCT FROM ${b}` : sql`${a} IS ${b}`;
  const arms = keys.map((k, i) => {
    const before = keys.slice(0, i).map((p) => same(p.expr, onCursor(p.expr)));
    const greater = k.desc === (dir === -1);
    const step = greater ? sql`${k.expr} > ${onCursor(k.expr)}` : sql`${k.expr} < ${onCursor(k.expr)}`;
    return sql.join([...before, step], sql` AND `);
  });
  return sql<boolean>`(${sql.join(arms.map((a) => sql`(${a})`), sql` OR `)})`;
}

/**
 * The relations of the parents that the list holds (id and sort keys), each with its parent as `_parent`, as a
 * derived table `r`
 * (`extra`: more conditions on each relation `r`, such as a cursor's). BOTH is two arms, from each end (a self-loop
 * once), so each arm joins on its (fromId|toId, kind) index instead of scanning the table for an OR.
 */
function matching(db: DbHandle, parents: readonly number[], k: RelationSetKey, extra: RawBuilder<boolean>[] = []) {
  const w = new WhereCompiler(db, { undated: k.undated });
  // The parents as one parameter, however many: a JSON array on SQLite, an int[] on PostgreSQL.
  const ids =
    db.provider === "postgresql"
      ? sql`(SELECT unnest(${[...parents]}::int[]) AS pid)`
      : sql`(SELECT value AS pid FROM json_each(${JSON.stringify(parents)}))`;
  const pid = sql.ref("p.pid");
  const arm = (end: "fromId" | "toId") => {
    const on = k.direction === "BOTH" && end === "toId" ? sql<boolean>`${r(end)} = ${pid} AND ${r("fromId")} <> ${pid}` : sql<boolean>`${r(end)} = ${pid}`;
    let q = queryBuilder(db)
      .selectFrom(sql`${ids}`.as("p"))
      .innerJoin("Relation as r", (j) => j.on(on))
      // Only the sort keys: the window sorts narrow rows, and only the kept ones are read whole (filteredRelations).
      .select(["r.id", "r.kind", "r.validFrom", "r.validTo", sql<number>`${pid}`.as("_parent")])
      .where(sql<boolean>`${r("kind")} IN (${sql.join(k.kinds)})`)
      .where(w.shown("r", k.asOf));
    if (k.where) q = q.where(w.relationOf("r", k.where, k.asOf, r(end === "fromId" ? "toId" : "fromId")));
    for (const e of extra) q = q.where(e);
    return q;
  };
  const set = k.direction === "OUT" ? arm("fromId") : k.direction === "IN" ? arm("toId") : arm("fromId").unionAll(arm("toId"));
  return queryBuilder(db).selectFrom(set.as("r"));
}

/**
 * The matching relations of each parent, at most `limit` each and `cap` in all (the request's row budget left,
 * src/read/context.ts), in order.
 */
export async function filteredRelations(
  db: DbHandle,
  parents: readonly number[],
  k: FilteredRelationsKey,
  cap = Number.MAX_SAFE_INTEGER,
): Promise<{ byParent: Map<number, Relation[]>; rows: number }> {
  const byParent = new Map<number, Relation[]>(parents.map((p) => [p, []]));
  if (!parents.length || k.limit === 0) return { byParent, rows: 0 };
  if (k.where) await checkQualifiers(db, relationQualifierUses(k.where, k.kinds));
  const keys = sortKeys(k.order);
  // Ranked from the end for `last`: the window keeps the last `limit`, reversed back below.
  const ranked = k.backwards ? keys.map((x) => ({ ...x, desc: !x.desc })) : keys;
  const order = sql.join(ranked.map((x) => (x.desc ? sql`${x.expr} DESC` : x.expr)));
  const cursors = [...(k.after != null ? [keyset(db, keys, k.after, 1)] : []), ...(k.before != null ? [keyset(db, keys, k.before, -1)] : [])];
  const inner = matching(db, parents, k, cursors)
    .selectAll("r")
    .select(sql<number>`ROW_NUMBER() OVER (PARTITION BY ${r("_parent")} ORDER BY ${order})`.as("_rank"));
  const outer = queryBuilder(db)
    .selectFrom(inner.as("w"))
    .innerJoin("Relation as x", "x.id", "w.id")
    .selectAll("x")
    .select(["w._parent", "w._rank"])
    .where(sql.ref("w._rank"), "<=", k.limit)
    .orderBy(sql.ref("w._parent"))
    .orderBy(sql.ref("w._rank"), k.backwards ? "desc" : "asc")
    .limit(cap);
  const rows = await run<Record<string, unknown>>(db, outer);
  for (const row of rows) byParent.get(Number(row._parent))?.push(toRelation(row));
  return { byParent, rows: rows.length };
}

/** How many relations each parent's list holds (a connection's totalCount): one statement, GROUP BY parent. */
export async function relationCounts(db: DbHandle, parents: readonly number[], k: RelationSetKey): Promise<Map<number, number>> {
  const counts = new Map<number, number>(parents.map((p) => [p, 0]));
  if (!parents.length) return counts;
  const q = matching(db, parents, k)
    .select([r("_parent").as("_parent"), sql<number>`COUNT(*)`.as("n")])
    .groupBy(r("_parent"));
  const rows = await run<{ _parent: number | string; n: number | string }>(db, q);
  for (const row of rows) counts.set(Number(row._parent), Number(row.n));
  return counts;
}

/**
 * Every direct relationship between two entities (either direction), of the given kinds, shown as relationship
 * lists show them, in (validFrom, id) order: parallel edges included, at most `limit`.
 */
export async function relationsBetween(
  db: DbHandle,
  a: number,
  b: number,
  k: { kinds: string[] | null; asOf: Date | null; undated?: UndatedRule; limit: number; where: RelationCond | null },
): Promise<Relation[]> {
  if (k.where) await checkQualifiers(db, relationQualifierUses(k.where, k.kinds?.length ? k.kinds : null));
  const w = new WhereCompiler(db, { undated: k.undated });
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
