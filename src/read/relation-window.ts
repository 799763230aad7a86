// The first `limit` relations of each of many entities in one statement: a relationship list asked with `first: 10`
// on a hub must not read (and turn into objects) every edge of the hub. Each parent's relations are taken in the
// order the API returns them (ORDER BY validFrom, id in the database's own ASC order, as Prisma's orderBy gives:
// NULLs first on SQLite, last on PostgreSQL) and only the first `limit` of each leave the database. The per-parent
// LIMIT is a LATERAL subquery on PostgreSQL and a correlated `id IN (... LIMIT n)` on SQLite, so with the
// (fromId|toId, kind, validFrom) indexes a hub costs `limit` index entries per kind asked, not its degree. Same
// filters as context.ts heldOn (WhereCompiler.shown: period, retirement of the relation and of both ends).
// Compiled by Kysely (sql.ts): one description for both databases, values always bound as parameters.
import { sql, type Expression, type Kysely, type SelectQueryBuilder } from "kysely";
import type { DbHandle } from "../store/db.js";
import type { Entity, Relation } from "../generated/prisma/sqlite/client.js";
import { idsValue, idTable, mapRow } from "./rows.js";
import { queryBuilder, runCompiled, Slot } from "./sql.js";
import { WhereCompiler } from "./where.js";
import { ALL_COLUMNS, type ColumnNeed } from "./selection-columns.js";

import type { Direction, UndatedRule } from "./where.js";

export type { Direction };

// The columns and aliases below are chosen per request (the selection's columns, the level's aliases), so these
// statements are built on the untyped builder; the row types are restored by rows.ts mapRow.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Builder = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Select = SelectQueryBuilder<any, any, any>;
const builder = (db: DbHandle) => queryBuilder(db) as unknown as Builder;
const ref = (alias: string, column: string) => sql.ref(`${alias}.${column}`);

// What changes between runs of one shape of window (runCompiled): everything else is in the shape's key.
const IDS = new Slot("parent ids");
const CAP = new Slot("row cap");
const CAP_LIMIT = CAP as unknown as number;
const levelKey = (s: LevelSpec) => `${s.kinds.join(",")}|${s.direction}|${s.asOf?.toISOString() ?? ""}|${s.undated ?? "INCLUDE"}|${s.limit}|${s.need.key}`;

export interface LimitedRelations {
  byParent: Map<number, Relation[]>;
  /** Rows the statement returned (a two-level read: one per second-level row), for the request's row budget. */
  rows: unknown[];
  /**
   * The other end of every relation returned, with the columns `need.other` names (for `partner`, `organization`
   * ...: they need no statement); empty when the selection reads no entity.
   */
  others: Entity[];
}

/**
 * On each relation row read with an entity need: the other end's row (as seen from the parent it was read for),
 * read in the same statement. Partial when the need is; relationship.ts `loadEnd` resolves ends from it.
 */
export const OTHER_END = Symbol("otherEnd");
export type RelationWithEnd = Relation & { [OTHER_END]?: Entity };

/** One level of a read: what a relationship list field asks. */
export interface LevelSpec {
  kinds: string[];
  direction: Direction;
  asOf: Date | null;
  limit: number;
  need: ColumnNeed;
  /** Default INCLUDE; a two-level read applies only the default (context.ts asks it only then). */
  undated?: UndatedRule;
}

/** The id of relation `rel`'s other end, seen from the entity whose id is `pid`. */
function otherEnd(direction: Direction, rel: string, pid: Expression<unknown>) {
  if (direction === "OUT") return ref(rel, "toId");
  if (direction === "IN") return ref(rel, "fromId");
  return sql`CASE WHEN ${ref(rel, "fromId")} = ${pid} THEN ${ref(rel, "toId")} ELSE ${ref(rel, "fromId")} END`;
}

/**
 * One level's per-parent window over the parent id `pid`: the first `limit` relations in (validFrom, id) order,
 * with the filters of context.ts heldOn, selecting `columns`. Each (end, kind) pair is its own arm, cut at the
 * limit: with the kind an equality, the (fromId|toId, kind, validFrom, id) index yields the arm's rows already in
 * order and its LIMIT stops after `limit` entries, however many edges a hub has (an IN over several kinds would
 * read all of them to sort). Several arms are merged in order and cut again.
 */
function window(db: DbHandle, w: WhereCompiler, pid: Expression<unknown>, s: LevelSpec, columns: string[], out: string[]): Select {
  const qb = builder(db);
  const ends = [...(s.direction !== "IN" ? (["fromId"] as const) : []), ...(s.direction !== "OUT" ? (["toId"] as const) : [])];
  const arm = (end: "fromId" | "toId", kind: string) => {
    let q = qb
      .selectFrom("Relation as r")
      .select(columns.map((c) => `r.${c}`))
      .where(sql<boolean>`${ref("r", end)} = ${pid}`)
      .where("r.kind", "=", kind);
    // A relation from the entity to itself is listed once (as the OUT arm lists it) when both directions are asked.
    if (end === "toId" && s.direction === "BOTH") q = q.where(sql<boolean>`${ref("r", "fromId")} <> ${pid}`);
    return q.where(w.shown("r", s.asOf)).orderBy("r.validFrom").orderBy("r.id").limit(s.limit);
  };
  const arms = ends.flatMap((end) => s.kinds.map((kind) => arm(end, kind)));
  if (arms.length === 1) return arms[0];
  // Each arm in a derived table: a set operation's arms cannot carry their own ORDER BY and LIMIT.
  const union = arms.map((a, i) => qb.selectFrom(a.as(`a${i}`)).selectAll()).reduce((u, a) => u.unionAll(a));
  return qb
    .selectFrom(union.as("u"))
    .select(out.map((c) => `u.${c}`))
    .orderBy("u.validFrom")
    .orderBy("u.id")
    .limit(s.limit);
}

/** Adds a relation row's other end (prefixed columns) to it, one object per entity. */
function attachEnd(r: Relation, row: Record<string, unknown>, columns: string[], prefix: string, seen: Map<number, Entity>) {
  const id = row[`${prefix}id`] as number;
  let e = seen.get(id);
  if (!e) seen.set(id, (e = mapRow<Entity>(row, columns, "Entity", prefix)));
  (r as RelationWithEnd)[OTHER_END] = e;
}

/** The statement of limitedRelations for one shape of level, over the slots IDS and CAP. */
function oneLevel(db: DbHandle, s: LevelSpec): Select {
  // The level's `undated` rule is part of its compiled shape (levelKey).
  const qb = builder(db);
  const w = new WhereCompiler(db, { undated: s.undated });
  const pid = ref("p", "pid");
  // Only the columns the selection needs (selection-columns.ts), the other end's prefixed "o__".
  const otherColumns = (s.need.other ?? []).map((c) => `o.${c} as o__${c}`);
  let q: Select;
  if (db.provider === "postgresql") {
    // Parents in order: PostgreSQL then sorts each parent's rows alone (incremental sort) and the row-budget LIMIT
    // stops the nested loop early, instead of computing every parent's window before sorting them all.
    q = qb
      .selectFrom(idTable(db, IDS, true).as("p"))
      .crossJoinLateral(window(db, w, pid, s, s.need.relation, s.need.relation).as("x"))
      .select(["p.pid", ...s.need.relation.map((c) => `x.${c}`), ...otherColumns])
      .orderBy("p.pid")
      .orderBy("x.validFrom")
      .orderBy("x.id");
    if (s.need.other) q = q.innerJoin("Entity as o", (j) => j.on(sql<boolean>`${ref("o", "id")} = ${otherEnd(s.direction, "x", pid)}`));
  } else {
    // SQLite has no LATERAL: a correlated IN (... LIMIT) per parent does the same. One arm needs only the ids; a
    // union of arms also their validFrom, to merge them in order.
    const single = s.direction !== "BOTH" && s.kinds.length === 1;
    const win = window(db, w, pid, s, single ? ["id"] : ["id", "validFrom"], ["id"]);
    q = qb
      .selectFrom(idTable(db, IDS).as("p"))
      .innerJoin("Relation as r", (j) => j.on(sql<boolean>`${ref("r", "id")} IN ${win}`))
      .select(["p.pid", ...s.need.relation.map((c) => `r.${c}`), ...otherColumns])
      .orderBy("p.pid")
      .orderBy("r.validFrom")
      .orderBy("r.id");
    if (s.need.other) q = q.innerJoin("Entity as o", (j) => j.on(sql<boolean>`${ref("o", "id")} = ${otherEnd(s.direction, "r", pid)}`));
  }
  return q.limit(CAP_LIMIT);
}

export async function limitedRelations(
  db: DbHandle,
  ids: number[],
  kinds: string[],
  direction: Direction,
  asOf: Date | null,
  limit: number,
  need: ColumnNeed = ALL_COLUMNS,
  /** At most this many rows in all (the request's row budget, context.ts), whatever the parents and limit. */
  cap: number = Number.MAX_SAFE_INTEGER,
  undated: UndatedRule = "INCLUDE",
): Promise<LimitedRelations> {
  const s: LevelSpec = { kinds, direction, asOf, limit, need, undated };
  const rows = await runCompiled<Record<string, unknown>>(db, `window|${levelKey(s)}`, () => oneLevel(db, s), new Map<Slot, unknown>([[IDS, idsValue(db, ids)], [CAP, cap]]));
  const byParent = new Map<number, Relation[]>();
  const others = new Map<number, Entity>();
  for (const row of rows) {
    const r = mapRow<Relation>(row, need.relation, "Relation");
    const k = Number(row.pid);
    const list = byParent.get(k);
    if (list) list.push(r);
    else byParent.set(k, [r]);
    if (need.other) attachEnd(r, row, need.other, "o__", others);
  }
  return { byParent, others: [...others.values()], rows };
}

export interface TwoLevels extends LimitedRelations {
  /** The second level's relations of each first-level other end (by its id), as its own read would give them. */
  nested: Map<number, Relation[]>;
  /** The second level's other ends, when whole rows (for the entity loader). */
  nestedOthers: Entity[];
}

/** The statement of limitedRelationsTwoLevels for one shape of the two levels, over the slots IDS and CAP. */
function twoLevels(db: DbHandle, first: LevelSpec, second: LevelSpec): Select {
  const qb = builder(db);
  const w = new WhereCompiler(db);
  const pid = ref("p", "pid");
  const oid = ref("o", "id");
  const otherCols = first.need.other ?? ["id"];
  const columns = [
    "p.pid",
    ...first.need.relation.map((c) => `x.${c}`),
    ...(otherCols.includes("id") ? otherCols : ["id", ...otherCols]).map((c) => `o.${c} as o__${c}`),
    ...second.need.relation.map((c) => `y.${c} as y__${c}`),
    ...(second.need.other ?? []).map((c) => `q.${c} as q__${c}`),
  ];
  let q = qb
    .selectFrom(idTable(db, IDS, true).as("p"))
    .crossJoinLateral(window(db, w, pid, first, first.need.relation, first.need.relation).as("x"))
    .innerJoin("Entity as o", (j) => j.on(sql<boolean>`${oid} = ${otherEnd(first.direction, "x", pid)}`))
    .leftJoinLateral(window(db, w, oid, second, second.need.relation, second.need.relation).as("y"), (j) => j.onTrue());
  if (second.need.other) q = q.leftJoin("Entity as q", (j) => j.on(sql<boolean>`${ref("q", "id")} = ${otherEnd(second.direction, "y", oid)}`));
  q = q.select(columns).orderBy("p.pid").orderBy("x.validFrom").orderBy("x.id").orderBy("y.validFrom").orderBy("y.id").limit(CAP_LIMIT);
  return q;
}

/**
 * PostgreSQL: a relationship list and, for each of its other ends, the next relationship list, in one statement
 * (`cooperations { partner { cooperations { partner } } }`): nested LATERAL windows, each with the filters and
 * per-parent limit of its own level. The first level's rows repeat once per second-level row; each other end's
 * second level is taken from its first occurrence.
 */
export async function limitedRelationsTwoLevels(
  db: DbHandle,
  ids: number[],
  first: LevelSpec,
  second: LevelSpec,
  cap: number = Number.MAX_SAFE_INTEGER,
): Promise<TwoLevels> {
  const rows = await runCompiled<Record<string, unknown>>(
    db,
    `two levels|${levelKey(first)}|${levelKey(second)}`,
    () => twoLevels(db, first, second),
    new Map<Slot, unknown>([[IDS, idsValue(db, ids)], [CAP, cap]]),
  );
  const byParent = new Map<number, Relation[]>();
  const others = new Map<number, Entity>();
  const nested = new Map<number, Relation[]>();
  const nestedOthers = new Map<number, Entity>();
  let group = "";
  let filling: Relation[] | null = null;
  for (const row of rows) {
    const parent = Number(row.pid);
    const other = row.o__id as number;
    const key = `${parent}|${String(row.id)}`;
    if (key !== group) {
      group = key;
      const r = mapRow<Relation>(row, first.need.relation, "Relation");
      if (first.need.other) attachEnd(r, row, first.need.other, "o__", others);
      const list = byParent.get(parent);
      if (list) list.push(r);
      else byParent.set(parent, [r]);
      filling = nested.has(other) ? null : [];
      if (filling) nested.set(other, filling);
    }
    if (filling && row.y__id != null) {
      const y = mapRow<Relation>(row, second.need.relation, "Relation", "y__");
      if (second.need.other) attachEnd(y, row, second.need.other, "q__", nestedOthers);
      filling.push(y);
    }
  }
  return { byParent, others: [...others.values()], nested, nestedOthers: [...nestedOthers.values()], rows };
}
