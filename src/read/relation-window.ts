// The first `limit` relations of each of many entities in one statement: a relationship list asked with `first: 10`
// on a hub must not read (and turn into objects) every edge of the hub. Each parent's relations are taken in the
// order the API returns them (ORDER BY validFrom, id in the database's own ASC order, as Prisma's orderBy gives:
// NULLs first on SQLite, last on PostgreSQL) and only the first `limit` of each leave the database. The per-parent
// LIMIT is a LATERAL subquery on PostgreSQL and a correlated `id IN (... LIMIT n)` on SQLite, so with the
// (fromId|toId, kind, validFrom) indexes a hub costs `limit` index entries, not its degree. Same filters as
// context.ts heldOn (period, retirement of the relation and of both ends).
import type { DbHandle } from "../store/db.js";
import type { Entity, Relation } from "../generated/prisma/sqlite/client.js";
import { idList as idListSql, mapRow, placeholders, positional } from "./rows.js";
import { ALL_COLUMNS, type ColumnNeed } from "./selection-columns.js";

/** Which ends of a relation a list reads from: relations from the entity, to it, or both. */
export type Direction = "OUT" | "IN" | "BOTH";

/**
 * How `asOf` treats a relationship whose start no source states: INCLUDE counts it as having held since always (an
 * open bound), EXCLUDE leaves it out, since nothing says it held on that day. A missing end stays open either way
 * (the relationship still holds, as far as the sources say).
 */
export type UndatedRule = "INCLUDE" | "EXCLUDE";

const OTHER_JOIN = (rel: string) =>
  `JOIN "Entity" o ON o."id" = CASE WHEN ${rel}."fromId" = p.pid THEN ${rel}."toId" ELSE ${rel}."fromId" END`;

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
  const pgsql = db.provider === "postgresql";
  const params: unknown[] = [];
  const param = placeholders(pgsql, params);
  const idList = idListSql(pgsql, param, ids);
  const { arms, limit: P3 } = windowArms(pgsql, "p.pid", { kinds, direction, asOf, limit, need, undated }, param, "r");
  // Only the columns the selection needs (selection-columns.ts), the other end's prefixed "o__".
  const columns = (rel: string) =>
    [...need.relation.map((c) => `${rel}."${c}"`), ...(need.other ?? []).map((c) => `o."${c}" AS "o__${c}"`)].join(", ");
  const otherJoin = (rel: string) => (need.other ? OTHER_JOIN(rel) : "");
  let sql: string;
  if (pgsql) {
    const union = pgUnion(arms, P3, "u");
    // Parents in order: PostgreSQL then sorts each parent's rows alone (incremental sort) and the row-budget LIMIT
    // stops the nested loop early, instead of computing every parent's window before sorting them all.
    sql = `SELECT p.pid, ${columns("x")} FROM (${idList} ORDER BY 1) AS p(pid) CROSS JOIN LATERAL (${union}) x ${otherJoin("x")} ORDER BY p.pid, x."validFrom", x."id" LIMIT ${param(cap)}`;
  } else {
    // SQLite has no LATERAL: a correlated IN (... LIMIT) per parent does the same.
    const pick = (a: string) => `SELECT "id", "validFrom" FROM (${a})`;
    const ids =
      arms.length === 1
        ? `SELECT "id" FROM (${arms[0]})`
        : `SELECT "id" FROM (${arms.map(pick).join(" UNION ALL ")} ORDER BY "validFrom", "id" LIMIT ${P3})`;
    sql = `WITH p(pid) AS (${idList}) SELECT p.pid, ${columns("r")} FROM p JOIN "Relation" r ON r."id" IN (${ids}) ${otherJoin("r")} ORDER BY p.pid, r."validFrom", r."id" LIMIT ${param(cap)}`;
  }
  const rows = await db.read(...positional(pgsql, sql, params));
  const byParent = new Map<number, Relation[]>();
  const others = new Map<number, Entity>();
  for (const row of rows) {
    const r = mapRow<Relation>(row, need.relation, "Relation");
    const k = Number(row.pid);
    const list = byParent.get(k);
    if (list) list.push(r);
    else byParent.set(k, [r]);
    if (need.other) {
      const oid = row.o__id as number;
      let o = others.get(oid);
      if (!o) others.set(oid, (o = mapRow<Entity>(row, need.other, "Entity", "o__")));
      (r as RelationWithEnd)[OTHER_END] = o;
    }
  }
  return { byParent, others: [...others.values()], rows };
}

/** One level of a two-level read (PostgreSQL): what a relationship list field asks. */
export interface LevelSpec {
  kinds: string[];
  direction: Direction;
  asOf: Date | null;
  limit: number;
  need: ColumnNeed;
  /** Default INCLUDE. */
  undated?: UndatedRule;
}

/**
 * One level's per-parent window over the parent id expression `pid`: a subquery per direction (arm), each ordered
 * by (validFrom, id) and cut at the limit, with the filters of context.ts heldOn (period, retirement of the
 * relation and of both ends). Relation alias `r`, its ends `${r}f` and `${r}t`.
 */
function windowArms(pgsql: boolean, pid: string, s: LevelSpec, param: (v: unknown) => string, r: string) {
  // One kind (the usual case) is an equality, so the (fromId|toId, kind, validFrom) index yields each parent's rows
  // already in order and the per-parent LIMIT stops after `limit` rows, however many edges a hub has.
  const kindTest =
    s.kinds.length === 1
      ? `${r}."kind" = ${param(s.kinds[0])}`
      : pgsql
        ? `${r}."kind" = ANY(${param(s.kinds)}::text[])`
        : `${r}."kind" IN (SELECT value FROM json_each(${param(JSON.stringify(s.kinds))}))`;
  const limit = param(s.limit);
  const held = heldSql(pgsql, r, s.asOf, param, s.undated);
  const arm = (end: "fromId" | "toId", extra = "") =>
    `SELECT ${r}.* FROM "Relation" ${r} WHERE ${r}."${end}" = ${pid} AND ${kindTest} AND ${held}${extra} ORDER BY ${r}."validFrom", ${r}."id" LIMIT ${limit}`;
  const arms = [
    ...(s.direction !== "IN" ? [arm("fromId")] : []),
    // A relation from the entity to itself is listed once (as the OUT arm lists it) when both directions are asked.
    ...(s.direction !== "OUT" ? [arm("toId", s.direction === "BOTH" ? ` AND ${r}."fromId" <> ${pid}` : "")] : []),
  ];
  return { arms, limit };
}

/**
 * context.ts heldOn as SQL over relation alias `r` (its ends `${r}f`, `${r}t`): held on `asOf` (an undated start
 * open unless `undated` is EXCLUDE, an undated end open), and neither the relation nor an end retired (before `asOf`, with one).
 */
export function heldSql(pgsql: boolean, r: string, asOf: Date | null, param: (v: unknown) => string, undated: UndatedRule = "INCLUDE"): string {
  if (asOf) {
    // Stored as ISO text on SQLite (Prisma's format) and as timestamp(3) in UTC on PostgreSQL.
    const d = pgsql ? `${param(asOf.toISOString())}::timestamp(3)` : param(asOf.toISOString().replace("Z", "+00:00"));
    const live = (x: string) => `(${x}."retiredAt" IS NULL OR ${x}."retiredAt" > ${d})`;
    return (
      `(${undated === "EXCLUDE" ? "" : `${r}."validFrom" IS NULL OR `}${r}."validFrom" <= ${d}) AND (${r}."validTo" IS NULL OR ${r}."validTo" >= ${d}) AND ${live(r)}` +
      ` AND EXISTS (SELECT 1 FROM "Entity" ${r}f WHERE ${r}f."id" = ${r}."fromId" AND ${live(`${r}f`)})` +
      ` AND EXISTS (SELECT 1 FROM "Entity" ${r}t WHERE ${r}t."id" = ${r}."toId" AND ${live(`${r}t`)})`
    );
  }
  return (
    `${r}."retiredAt" IS NULL` +
    ` AND EXISTS (SELECT 1 FROM "Entity" ${r}f WHERE ${r}f."id" = ${r}."fromId" AND ${r}f."retiredAt" IS NULL)` +
    ` AND EXISTS (SELECT 1 FROM "Entity" ${r}t WHERE ${r}t."id" = ${r}."toId" AND ${r}t."retiredAt" IS NULL)`
  );
}

/** PostgreSQL: a level's arms as one subquery, both directions merged in order and cut at the limit. */
function pgUnion(arms: string[], limit: string, u: string) {
  return arms.length === 1 ? arms[0] : `SELECT * FROM ((${arms.join(") UNION ALL (")})) ${u} ORDER BY ${u}."validFrom", ${u}."id" LIMIT ${limit}`;
}

export interface TwoLevels extends LimitedRelations {
  /** The second level's relations of each first-level other end (by its id), as its own read would give them. */
  nested: Map<number, Relation[]>;
  /** The second level's other ends, when whole rows (for the entity loader). */
  nestedOthers: Entity[];
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
  const params: unknown[] = [];
  const param = placeholders(true, params);
  const parents = idListSql(true, param, ids);
  const w1 = windowArms(true, "p.pid", first, param, "r");
  const l1 = pgUnion(w1.arms, w1.limit, "ru");
  const w2 = windowArms(true, `o."id"`, second, param, "s");
  const l2 = pgUnion(w2.arms, w2.limit, "su");
  const otherCols = first.need.other ?? ["id"];
  const cols = [
    ...first.need.relation.map((c) => `x."${c}"`),
    ...(otherCols.includes("id") ? otherCols : ["id", ...otherCols]).map((c) => `o."${c}" AS "o__${c}"`),
    ...second.need.relation.map((c) => `y."${c}" AS "y__${c}"`),
    ...(second.need.other ?? []).map((c) => `q."${c}" AS "q__${c}"`),
  ].join(", ");
  const sql =
    `SELECT p.pid, ${cols} FROM (${parents} ORDER BY 1) AS p(pid) CROSS JOIN LATERAL (${l1}) x ` +
    `JOIN "Entity" o ON o."id" = CASE WHEN x."fromId" = p.pid THEN x."toId" ELSE x."fromId" END ` +
    `LEFT JOIN LATERAL (${l2}) y ON true ` +
    (second.need.other ? `LEFT JOIN "Entity" q ON q."id" = CASE WHEN y."fromId" = o."id" THEN y."toId" ELSE y."fromId" END ` : "") +
    `ORDER BY p.pid, x."validFrom", x."id", y."validFrom", y."id" LIMIT ${param(cap)}`;
  const rows = await db.read(sql, params);
  const byParent = new Map<number, Relation[]>();
  const others = new Map<number, Entity>();
  const nested = new Map<number, Relation[]>();
  const nestedOthers = new Map<number, Entity>();
  let group = "";
  let filling: Relation[] | null = null;
  for (const row of rows) {
    const pid = Number(row.pid);
    const oid = row.o__id as number;
    const key = `${pid}|${String(row.id)}`;
    if (key !== group) {
      group = key;
      const r = mapRow<Relation>(row, first.need.relation, "Relation");
      if (first.need.other) {
        let o = others.get(oid);
        if (!o) others.set(oid, (o = mapRow<Entity>(row, first.need.other, "Entity", "o__")));
        (r as RelationWithEnd)[OTHER_END] = o;
      }
      const list = byParent.get(pid);
      if (list) list.push(r);
      else byParent.set(pid, [r]);
      filling = nested.has(oid) ? null : [];
      if (filling) nested.set(oid, filling);
    }
    if (filling && row.y__id != null) {
      const y = mapRow<Relation>(row, second.need.relation, "Relation", "y__");
      if (second.need.other) {
        const qid = row.q__id as number;
        let e = nestedOthers.get(qid);
        if (!e) nestedOthers.set(qid, (e = mapRow<Entity>(row, second.need.other, "Entity", "q__")));
        (y as RelationWithEnd)[OTHER_END] = e;
      }
      filling.push(y);
    }
  }
  return { byParent, others: [...others.values()], nested, nestedOthers: [...nestedOthers.values()], rows };
}
