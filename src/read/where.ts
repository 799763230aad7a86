// The read planner's filters: a condition tree over entities and their relationships (built from a GraphQL `where`
// by src/schema/where.ts) compiled into one SQL expression with Kysely. Relationship predicates become correlated
// EXISTS subqueries on the (fromId|toId, kind) indexes: `some` is EXISTS, `none` NOT EXISTS, `all` NOT EXISTS of a
// relationship that fails the condition. Nothing is read into memory to filter it.
import { sql, type RawBuilder } from "kysely";
import type { DbHandle } from "../store/db.js";
import { dateValue, ilike, likeLiteral, type Tables } from "./sql.js";

/** Which ends of a relation a list reads from: relations from the entity, to it, or both. */
export type Direction = "OUT" | "IN" | "BOTH";

/**
 * How `asOf` treats a relationship whose start no source states: INCLUDE counts it as having held since always (an
 * open bound), EXCLUDE leaves it out, since nothing says it held on that day. A missing end stays open either way
 * (the relationship still holds, as far as the sources say).
 */
export type UndatedRule = "INCLUDE" | "EXCLUDE";

export type ValueType = "text" | "int" | "float" | "bool" | "date" | "enum";

/** Operators of a scalar filter; which ones a field offers depends on its type (src/schema/where.ts). */
export interface ScalarFilter {
  equals?: unknown;
  not?: unknown;
  in?: unknown[] | null;
  notIn?: unknown[] | null;
  lt?: unknown;
  lte?: unknown;
  gt?: unknown;
  gte?: unknown;
  contains?: string | null;
  startsWith?: string | null;
  isNull?: boolean | null;
}

export type EntityColumn = keyof Tables["Entity"];
export type RelationColumn = keyof Tables["Relation"];

export type EntityCond =
  | { op: "and" | "or"; items: EntityCond[] }
  | { op: "not"; item: EntityCond }
  | { op: "scalar"; column: EntityColumn; type: ValueType; filter: ScalarFilter }
  /** A JSON-array text column (authorityBases) holding this value. */
  | { op: "has"; column: EntityColumn; value: string }
  | { op: "kind"; kinds: string[] }
  /** Active on a day: started on or before it (or undated) and not ended before it. */
  | { op: "activeOn"; date: Date }
  /**
   * Its own period overlaps [from, to] (either bound open when null): started (startDate) or founded (foundedYear)
   * by `to`, not ended (endDate) before `from`; undated bounds are open, so an undated entity always overlaps.
   */
  | { op: "during"; from: Date | null; to: Date | null }
  /** The entity a reference column names (headquartersCountryId) matches the condition; no reference: false. */
  | { op: "ref"; column: "headquartersCountryId"; where: EntityCond }
  | { op: "rel"; quantifier: "some" | "none" | "all"; kinds: string[]; direction: Direction; where: RelationCond | null };

export type RelationCond =
  | { op: "and" | "or"; items: RelationCond[] }
  | { op: "not"; item: RelationCond }
  /** `origin`: where a qualifier (subtype) comparison came from, so an unknown value's error can name it (qualifiers.ts). */
  | { op: "scalar"; column: RelationColumn; type: ValueType; filter: ScalarFilter; origin?: { argument: string; path: string } }
  /** Held on a day (an undated start per the compiler's `undated` rule; an undated end is open). */
  | { op: "heldOn"; date: Date }
  /** Its period overlaps [from, to] (either bound open when null). */
  | { op: "overlaps"; from: Date | null; to: Date | null }
  /** Cited by a source matching the condition. */
  | { op: "source"; where: SourceCond }
  /** The entity at the other end (seen from the entity the predicate is on). */
  | { op: "other"; where: EntityCond };

export type SourceCond =
  | { op: "and" | "or"; items: SourceCond[] }
  | { op: "not"; item: SourceCond }
  | { op: "scalar"; column: "slug" | "title" | "kind" | "url" | "publisher" | "year" | "description"; type: ValueType; filter: ScalarFilter }
  /** States this fact of the curated fact sheet (F001 ...). */
  | { op: "fact"; id: string };

type Expr = RawBuilder<unknown>;
const TRUE = sql<boolean>`1 = 1`;
const FALSE = sql<boolean>`1 = 0`;

/**
 * Compiles condition trees for one statement: aliases are numbered so nested subqueries never clash. `undated`
 * (default INCLUDE) is the statement's rule for relationships with no stated start under `asOf`, `heldOn` and
 * `overlaps` (UndatedRule): every list, connection or aggregate that takes `undated` passes it here.
 */
export class WhereCompiler {
  private n = 0;
  private readonly undated: UndatedRule;
  constructor(
    private readonly db: DbHandle,
    opts: { undated?: UndatedRule } = {},
  ) {
    this.undated = opts.undated ?? "INCLUDE";
  }

  /** `validFrom` on or before `d`: an undated start counts as open only under INCLUDE. */
  private startedBy(col: Expr, d: Expr): RawBuilder<boolean> {
    return this.undated === "EXCLUDE" ? sql<boolean>`(${col} IS NOT NULL AND ${col} <= ${d})` : sql<boolean>`(${col} IS NULL OR ${col} <= ${d})`;
  }

  private alias(prefix: string) {
    return `${prefix}${++this.n}`;
  }

  private value(type: ValueType, v: unknown): Expr {
    if (type === "date") return dateValue(this.db, v as Date);
    if (type === "bool" && this.db.provider === "sqlite") return sql`${v ? 1 : 0}`;
    return sql`${v}`;
  }

  private scalar(col: Expr, type: ValueType, f: ScalarFilter): RawBuilder<boolean> {
    const parts: RawBuilder<boolean>[] = [];
    const v = (x: unknown) => this.value(type, x);
    if (f.equals != null) parts.push(sql<boolean>`${col} = ${v(f.equals)}`);
    if (f.not != null) parts.push(sql<boolean>`(${col} IS NULL OR ${col} <> ${v(f.not)})`);
    if (f.in != null) parts.push(f.in.length ? sql<boolean>`${col} IN (${sql.join(f.in.map(v))})` : FALSE);
    if (f.notIn != null && f.notIn.length) parts.push(sql<boolean>`(${col} IS NULL OR ${col} NOT IN (${sql.join(f.notIn.map(v))}))`);
    if (f.lt != null) parts.push(sql<boolean>`${col} < ${v(f.lt)}`);
    if (f.lte != null) parts.push(sql<boolean>`${col} <= ${v(f.lte)}`);
    if (f.gt != null) parts.push(sql<boolean>`${col} > ${v(f.gt)}`);
    if (f.gte != null) parts.push(sql<boolean>`${col} >= ${v(f.gte)}`);
    if (f.contains != null) parts.push(ilike(this.db, col, `%${likeLiteral(f.contains)}%`));
    if (f.startsWith != null) parts.push(ilike(this.db, col, `${likeLiteral(f.startsWith)}%`));
    if (f.isNull != null) parts.push(f.isNull ? sql<boolean>`${col} IS NULL` : sql<boolean>`${col} IS NOT NULL`);
    return and(parts);
  }

  /** Not retired (as of a day: not retired before it). */
  private live(alias: string, asOf: Date | null): RawBuilder<boolean> {
    const col = sql.ref(`${alias}.retiredAt`);
    return asOf ? sql<boolean>`(${col} IS NULL OR ${col} > ${dateValue(this.db, asOf)})` : sql<boolean>`${col} IS NULL`;
  }

  /** The condition on entity alias `e`. `asOf` applies to the relationships its predicates read. */
  entity(e: string, c: EntityCond, asOf: Date | null): RawBuilder<boolean> {
    const col = (name: string) => sql.ref(`${e}.${name}`);
    switch (c.op) {
      case "and":
        return and(c.items.map((i) => this.entity(e, i, asOf)));
      case "or":
        return or(c.items.map((i) => this.entity(e, i, asOf)));
      case "not":
        return sql<boolean>`NOT (${this.entity(e, c.item, asOf)})`;
      case "scalar":
        return this.scalar(col(c.column), c.type, c.filter);
      case "has":
        return sql<boolean>`${col(c.column)} LIKE ${`%${likeLiteral(JSON.stringify(c.value))}%`} ESCAPE '\\'`;
      case "kind":
        return c.kinds.length ? sql<boolean>`${col("kind")} IN (${sql.join(c.kinds)})` : FALSE;
      case "activeOn": {
        const d = dateValue(this.db, c.date);
        return sql<boolean>`(${col("startDate")} IS NULL OR ${col("startDate")} <= ${d}) AND (${col("endDate")} IS NULL OR ${col("endDate")} >= ${d})`;
      }
      case "during": {
        const parts: RawBuilder<boolean>[] = [];
        if (c.to) {
          const to = dateValue(this.db, c.to);
          parts.push(sql<boolean>`(${col("startDate")} IS NULL OR ${col("startDate")} <= ${to})`);
          parts.push(sql<boolean>`(${col("foundedYear")} IS NULL OR ${col("foundedYear")} <= ${c.to.getUTCFullYear()})`);
        }
        if (c.from) parts.push(sql<boolean>`(${col("endDate")} IS NULL OR ${col("endDate")} >= ${dateValue(this.db, c.from)})`);
        return and(parts);
      }
      case "ref": {
        const x = this.alias("x");
        return sql<boolean>`EXISTS (SELECT 1 FROM ${sql.table("Entity")} AS ${sql.id(x)} WHERE ${sql.ref(`${x}.id`)} = ${col(c.column)} AND ${this.entity(x, c.where, asOf)})`;
      }
      case "rel":
        return this.relationPredicate(e, c, asOf);
    }
  }

  /** The condition on source alias `s` (a root list of sources: a fact is stated by any of its citations). */
  sourceRow(s: string, c: SourceCond): RawBuilder<boolean> {
    return this.source(s, null, c);
  }

  private relationPredicate(e: string, c: Extract<EntityCond, { op: "rel" }>, asOf: Date | null): RawBuilder<boolean> {
    const r = this.alias("r");
    const o = this.alias("o");
    const self = sql.ref(`${e}.id`);
    const rel = (name: string) => sql.ref(`${r}.${name}`);
    const ends =
      c.direction === "OUT"
        ? sql<boolean>`${rel("fromId")} = ${self}`
        : c.direction === "IN"
          ? sql<boolean>`${rel("toId")} = ${self}`
          : sql<boolean>`(${rel("fromId")} = ${self} OR ${rel("toId")} = ${self})`;
    const otherId =
      c.direction === "OUT" ? rel("toId") : c.direction === "IN" ? rel("fromId") : sql`CASE WHEN ${rel("fromId")} = ${self} THEN ${rel("toId")} ELSE ${rel("fromId")} END`;
    const held = asOf ? this.relation(r, o, { op: "heldOn", date: asOf }, asOf) : TRUE;
    // The other end must be live too (as relationship lists show them); its condition, if any, is in `where`.
    const base = and([
      ends,
      sql<boolean>`${rel("kind")} IN (${sql.join(c.kinds)})`,
      this.live(r, asOf),
      held,
      sql<boolean>`EXISTS (SELECT 1 FROM ${sql.table("Entity")} AS ${sql.id(o)} WHERE ${sql.ref(`${o}.id`)} = ${otherId} AND ${this.live(o, asOf)})`,
    ]);
    const where = c.where ? this.relation(r, o, c.where, asOf, otherId) : null;
    const exists = (cond: RawBuilder<boolean>) =>
      sql<boolean>`EXISTS (SELECT 1 FROM ${sql.table("Relation")} AS ${sql.id(r)} WHERE ${cond})`;
    switch (c.quantifier) {
      case "some":
        return exists(where ? and([base, where]) : base);
      case "none":
        return sql<boolean>`NOT ${exists(where ? and([base, where]) : base)}`;
      case "all":
        return where ? sql<boolean>`NOT ${exists(and([base, sql<boolean>`NOT (${where})`]))}` : TRUE;
    }
  }

  /** The condition on relation alias `r` read from an entity, `otherId` the id of its other end. */
  relationOf(r: string, c: RelationCond, asOf: Date | null, otherId: RawBuilder<unknown>): RawBuilder<boolean> {
    return this.relation(r, this.alias("o"), c, asOf, otherId);
  }

  /** Live (and, with `asOf`, held on that day) relation `r` with both its ends live: what relationship lists show. */
  shown(r: string, asOf: Date | null): RawBuilder<boolean> {
    const end = (col: string) => {
      const x = this.alias("e");
      return sql<boolean>`EXISTS (SELECT 1 FROM ${sql.table("Entity")} AS ${sql.id(x)} WHERE ${sql.ref(`${x}.id`)} = ${sql.ref(`${r}.${col}`)} AND ${this.live(x, asOf)})`;
    };
    return and([this.live(r, asOf), ...(asOf ? [this.relation(r, "", { op: "heldOn", date: asOf }, asOf)] : []), end("fromId"), end("toId")]);
  }

  /** The condition on relation alias `r`; `otherId` is the id of its other end. */
  private relation(r: string, o: string, c: RelationCond, asOf: Date | null, otherId?: Expr): RawBuilder<boolean> {
    const col = (name: string) => sql.ref(`${r}.${name}`);
    switch (c.op) {
      case "and":
        return and(c.items.map((i) => this.relation(r, o, i, asOf, otherId)));
      case "or":
        return or(c.items.map((i) => this.relation(r, o, i, asOf, otherId)));
      case "not":
        return sql<boolean>`NOT (${this.relation(r, o, c.item, asOf, otherId)})`;
      case "scalar":
        return this.scalar(col(c.column), c.type, c.filter);
      case "heldOn": {
        const d = dateValue(this.db, c.date);
        return sql<boolean>`${this.startedBy(col("validFrom"), d)} AND (${col("validTo")} IS NULL OR ${col("validTo")} >= ${d})`;
      }
      case "overlaps": {
        const parts: RawBuilder<boolean>[] = [];
        if (c.to) parts.push(this.startedBy(col("validFrom"), dateValue(this.db, c.to)));
        // Under EXCLUDE an unstated start matches no interval, bounded above or not.
        else if (this.undated === "EXCLUDE") parts.push(sql<boolean>`${col("validFrom")} IS NOT NULL`);
        if (c.from) parts.push(sql<boolean>`(${col("validTo")} IS NULL OR ${col("validTo")} >= ${dateValue(this.db, c.from)})`);
        return and(parts);
      }
      case "source": {
        const ci = this.alias("c");
        const s = this.alias("s");
        return sql<boolean>`EXISTS (SELECT 1 FROM ${sql.table("Citation")} AS ${sql.id(ci)} JOIN ${sql.table("Source")} AS ${sql.id(s)} ON ${sql.ref(`${s}.id`)} = ${sql.ref(`${ci}.sourceId`)} WHERE ${sql.ref(`${ci}.relationId`)} = ${col("id")} AND ${this.source(s, ci, c.where)})`;
      }
      case "other": {
        const x = this.alias("x");
        const id = otherId ?? sql.ref(`${o}.id`);
        return sql<boolean>`EXISTS (SELECT 1 FROM ${sql.table("Entity")} AS ${sql.id(x)} WHERE ${sql.ref(`${x}.id`)} = ${id} AND ${this.entity(x, c.where, asOf)})`;
      }
    }
  }

  private source(s: string, ci: string | null, c: SourceCond): RawBuilder<boolean> {
    switch (c.op) {
      case "and":
        return and(c.items.map((i) => this.source(s, ci, i)));
      case "or":
        return or(c.items.map((i) => this.source(s, ci, i)));
      case "not":
        return sql<boolean>`NOT (${this.source(s, ci, c.item)})`;
      case "scalar":
        return this.scalar(sql.ref(`${s}.${c.column}`), c.type, c.filter);
      case "fact": {
        // facts is a comma-separated list of ids (F001,F002): match one id exactly.
        const stated = (alias: string) =>
          sql<boolean>`(',' || ${sql.ref(`${alias}.facts`)} || ',') LIKE ${`%,${likeLiteral(c.id)},%`} ESCAPE '\\'`;
        if (ci) return stated(ci);
        const x = this.alias("c");
        return sql<boolean>`EXISTS (SELECT 1 FROM ${sql.table("Citation")} AS ${sql.id(x)} WHERE ${sql.ref(`${x}.sourceId`)} = ${sql.ref(`${s}.id`)} AND ${stated(x)})`;
      }
    }
  }
}

function and(parts: RawBuilder<boolean>[]): RawBuilder<boolean> {
  if (!parts.length) return TRUE;
  if (parts.length === 1) return parts[0];
  return sql<boolean>`(${sql.join(parts.map((p) => sql`(${p})`), sql` AND `)})`;
}

function or(parts: RawBuilder<boolean>[]): RawBuilder<boolean> {
  if (!parts.length) return FALSE;
  if (parts.length === 1) return parts[0];
  return sql<boolean>`(${sql.join(parts.map((p) => sql`(${p})`), sql` OR `)})`;
}

/** How deep a condition tree nests relationship predicates and boolean operators (the cost check refuses deep ones). */
export function conditionDepth(c: EntityCond | RelationCond | SourceCond): number {
  switch (c.op) {
    case "and":
    case "or":
      return 1 + Math.max(0, ...c.items.map(conditionDepth));
    case "not":
      return 1 + conditionDepth(c.item);
    case "rel":
      return 1 + (c.where ? conditionDepth(c.where) : 0);
    case "source":
    case "other":
    case "ref":
      return 1 + conditionDepth(c.where);
    default:
      return 1;
  }
}
