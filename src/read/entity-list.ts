// Root reads of entities through the planner: a page of one kind's entities matching a condition tree
// (src/read/where.ts), in a stable order, after or before a cursor, and their total count: one statement each,
// limited in SQL; and the lookups of one entity (by id, slug, code or external id). The page follows the cursor
// contract plugin-prisma's connections expect of Prisma (take, skip, cursor; a negative take reads backwards and the
// rows come back in forward order). Reads name only the columns a selection needs when the caller knows them.
import { sql, type Compilable, type RawBuilder, type SelectQueryBuilder } from "kysely";
import type { DbHandle } from "../store/db.js";
import type { Entity } from "../generated/prisma/sqlite/client.js";
import { queryBuilder, run, runCompiled, Slot, type Tables } from "./sql.js";
import { mapRow, toEntity } from "./rows.js";
import { WhereCompiler, type EntityColumn, type EntityCond } from "./where.js";
import { checkQualifiers, entityQualifierUses } from "./qualifiers.js";

export interface OrderKey {
  column: EntityColumn;
  desc: boolean;
}

export interface PageQuery {
  take?: number;
  skip?: number;
  cursor?: { id: number };
}

/** A sort key as SQL, and whether it runs descending. */
export interface SortKey {
  expr: RawBuilder<unknown>;
  desc: boolean;
}

/** Columns that are never NULL: they need no NULLs-last key. */
const NOT_NULL = new Set(["id", "name", "slug", "title", "kind"]);

/**
 * Sort keys as SQL on `alias`, then id: a nullable column sorts its NULLs last ascending (first descending) on both
 * databases (PostgreSQL's own order; SQLite would put them first).
 */
export function sortKeys(alias: string, order: { column: string; desc: boolean }[]): SortKey[] {
  const keys: SortKey[] = [];
  for (const o of [...order.filter((k) => k.column !== "id"), { column: "id", desc: order.find((k) => k.column === "id")?.desc ?? false }]) {
    const col = sql.ref(`${alias}.${o.column}`);
    if (!NOT_NULL.has(o.column)) keys.push({ expr: sql`CASE WHEN ${col} IS NULL THEN 1 ELSE 0 END`, desc: o.desc });
    keys.push({ expr: col, desc: o.desc });
  }
  return keys;
}

// Kysely's builder typed loosely: the page helper serves the Entity and Source tables alike.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySelect = SelectQueryBuilder<Tables, any, any>;

/** Where a page starts and how long it is; values or runCompiled slots (src/read/sql.ts). */
interface PageBounds {
  backwards: boolean;
  /** The cursor row's id (absent: from the start). */
  cursorId?: unknown;
  /** Keep the cursor row itself (plugin-prisma's skip 0). */
  keepCursor: boolean;
  limit: unknown;
  offset?: unknown;
}

/** `q` restricted to one page in the order of `keys` (see keysetPage). */
function keysetQuery(db: DbHandle, table: keyof Tables, alias: string, q: AnySelect, order: SortKey[], page: PageBounds): AnySelect {
  const keys = order.map((k) => ({ ...k, desc: k.desc !== page.backwards }));
  if (page.cursorId !== undefined) {
    const id = page.cursorId;
    // The same expression evaluated on the cursor row (the subquery's alias shadows the outer one).
    const onCursor = (expr: RawBuilder<unknown>) =>
      sql`(SELECT ${expr} FROM ${sql.table(table)} AS ${sql.id(alias)} WHERE ${sql.ref(`${alias}.id`)} = ${id})`;
    const same = (a: RawBuilder<unknown>, b: RawBuilder<unknown>) =>
      db.provider === "postgresql" ? sql`${a} IS NOT DISTINCT FROM ${b}` : sql`${a} IS ${b}`;
    // Keyset: rows strictly after the cursor row in this order (skip 0 keeps the cursor row itself).
    const arms = keys.map((k, i) => {
      const before = keys.slice(0, i).map((p) => same(p.expr, onCursor(p.expr)));
      const step = k.desc ? sql`${k.expr} < ${onCursor(k.expr)}` : sql`${k.expr} > ${onCursor(k.expr)}`;
      return sql.join([...before, step], sql` AND `);
    });
    const after = sql<boolean>`(${sql.join(arms.map((a) => sql`(${a})`), sql` OR `)})`;
    q = q.where(page.keepCursor ? sql<boolean>`(${after} OR ${sql.ref(`${alias}.id`)} = ${id})` : after);
  }
  for (const k of keys) q = q.orderBy(k.expr, k.desc ? "desc" : "asc");
  q = q.limit(page.limit as number);
  if (page.offset !== undefined) q = q.offset(page.offset as number);
  return q;
}

const boundsOf = (page: PageQuery): PageBounds => ({
  backwards: (page.take ?? 0) < 0,
  cursorId: page.cursor?.id,
  keepCursor: page.skip === 0,
  limit: Math.abs(page.take ?? 20),
  offset: !page.cursor && page.skip ? page.skip : undefined,
});

/**
 * One page of `q` (rows of `table` as `alias`) in the order of `keys`: keyset after the cursor row, the limit in SQL.
 * The cursor row's sort values are read by subqueries in the same statement.
 */
export async function keysetPage(db: DbHandle, table: keyof Tables, alias: string, q: AnySelect, order: SortKey[], page: PageQuery) {
  const bounds = boundsOf(page);
  const rows = await run<Record<string, unknown>>(db, keysetQuery(db, table, alias, q, order, bounds));
  return bounds.backwards ? rows.reverse() : rows;
}

// What changes between runs of one shape of unfiltered page (runCompiled).
const CURSOR = new Slot("cursor id");
const LIMIT = new Slot("page size");
const OFFSET = new Slot("offset");

function baseQuery(db: DbHandle, kind: string, cond: EntityCond | null) {
  let q = queryBuilder(db).selectFrom("Entity as e").where("e.kind", "=", kind).where("e.retiredAt", "is", null);
  if (cond) q = q.where(new WhereCompiler(db).entity("e", cond, null));
  return q;
}

/** `columns` of alias e (all when null). */
function selectColumns(q: ReturnType<typeof baseQuery>, columns: readonly string[] | null | undefined): AnySelect {
  return columns ? q.select(columns.map((c) => `e.${c}` as `e.${EntityColumn}`)) : q.selectAll("e");
}

/**
 * One page of entities of `kind` matching `cond`, ordered by `order` then id. With `columns`, only those are read
 * (the other fields of the rows are undefined): the caller knows its selection reads no others.
 */
export async function entityPage(
  db: DbHandle,
  kind: string,
  cond: EntityCond | null,
  order: OrderKey[],
  page: PageQuery,
  columns?: readonly string[] | null,
): Promise<Entity[]> {
  if (cond) {
    await checkQualifiers(db, entityQualifierUses(cond));
    const q = selectColumns(baseQuery(db, kind, cond), columns);
    return (await keysetPage(db, "Entity", "e", q, sortKeys("e", order), page)).map((r) => rowOf(r, columns));
  }
  // Without a condition a page has few shapes (kind, order, columns, which bounds are given): each is built and
  // compiled once, the bounds bound per run.
  const b = boundsOf(page);
  const shape = [
    "page",
    kind,
    order.map((o) => `${o.column}${o.desc ? "-" : "+"}`).join(","),
    columns?.join(",") ?? "*",
    b.backwards ? "back" : "fwd",
    b.cursorId === undefined ? "" : b.keepCursor ? "cursor+" : "cursor",
    b.offset === undefined ? "" : "offset",
  ].join("|");
  const slots: PageBounds = {
    backwards: b.backwards,
    cursorId: b.cursorId === undefined ? undefined : CURSOR,
    keepCursor: b.keepCursor,
    limit: LIMIT,
    offset: b.offset === undefined ? undefined : OFFSET,
  };
  const rows = await runCompiled<Record<string, unknown>>(
    db,
    shape,
    () => keysetQuery(db, "Entity", "e", selectColumns(baseQuery(db, kind, null), columns), sortKeys("e", order), slots),
    new Map<Slot, unknown>([
      [CURSOR, b.cursorId],
      [LIMIT, b.limit],
      [OFFSET, b.offset],
    ]),
  );
  return (b.backwards ? rows.reverse() : rows).map((r) => rowOf(r, columns));
}

/** A row read with `columns` (all when null) as Prisma's shape; a partial row has only those. */
const rowOf = (row: Record<string, unknown>, columns: readonly string[] | null | undefined) =>
  columns ? mapRow<Entity>(row, columns as string[], "Entity") : toEntity(row);

/** How many entities of `kind` match `cond`. */
export async function entityCount(db: DbHandle, kind: string, cond: EntityCond | null): Promise<number> {
  if (cond) await checkQualifiers(db, entityQualifierUses(cond));
  const q = baseQuery(db, kind, cond).select(sql<number>`COUNT(*)`.as("n"));
  const [row] = await run<{ n: number | string }>(db, q);
  return Number(row.n);
}

/** Compiled statements by shape (a bounded number: shapes come from the schema's lookups and their selections). */
const SHAPES = new Map<string, { sql: string; slots: (number | null)[]; constants: unknown[] }>();
const MAX_SHAPES = 500;

/**
 * Runs the statement `build` describes for `values`, compiled once per `key` (its shape): building and compiling a
 * lookup costs more than running it. `build` gets a marker for each value; the compiled statement's parameters that
 * are markers take this call's values, the others are constants of the shape (a LIMIT ...).
 */
export async function runShape<T extends object>(db: DbHandle, key: string, values: unknown[], build: (markers: unknown[]) => Compilable): Promise<T[]> {
  const fullKey = `${db.provider}|${key}`;
  let shape = SHAPES.get(fullKey);
  if (!shape) {
    const markers = values.map((_, i) => `\u0000value${i}\u0000`);
    const compiled = build(markers).compile();
    const slots = compiled.parameters.map((p) => (typeof p === "string" ? markers.indexOf(p) : -1)).map((i) => (i < 0 ? null : i));
    shape = { sql: compiled.sql, slots, constants: [...compiled.parameters] };
    if (SHAPES.size >= MAX_SHAPES) SHAPES.clear();
    SHAPES.set(fullKey, shape);
  }
  const { slots, constants } = shape;
  return db.read<T>(shape.sql, slots.map((slot, i) => (slot === null ? constants[i] : values[slot])));
}

export type EntityMatch = Partial<Record<"id" | "kind" | "slug" | "isoAlpha2" | "isoAlpha3" | "isoNumeric" | "wikidataId", string | number>>;

/**
 * The live (not retired) entity whose columns equal `match`, or null: one statement, at most one row. When several
 * match (a Wikidata QID two entities were given), the first by kind then slug.
 */
export async function entityLookup(db: DbHandle, match: EntityMatch, columns?: readonly string[] | null): Promise<Entity | null> {
  const entries = Object.entries(match);
  const unique = match.id != null || match.slug != null;
  const key = `entity|${entries.map(([c]) => c).join(",")}|${columns?.join(",") ?? "*"}`;
  const [row] = await runShape<Record<string, unknown>>(
    db,
    key,
    entries.map(([, v]) => v),
    (markers) => {
      let q = queryBuilder(db).selectFrom("Entity as e").where("e.retiredAt", "is", null);
      entries.forEach(([column], i) => (q = q.where(`e.${column as keyof EntityMatch}`, "=", markers[i] as never)));
      const sel = selectColumns(q, columns);
      return (unique ? sel : sel.orderBy("e.kind").orderBy("e.slug")).limit(1);
    },
  );
  return row ? rowOf(row, columns) : null;
}

/** The live entities whose `headquartersCountryId` is one of `countryIds`, by name then id: at most `limit` rows. */
export async function headquarteredIn(db: DbHandle, countryIds: readonly number[], limit: number): Promise<Entity[]> {
  const q = queryBuilder(db)
    .selectFrom("Entity as e")
    .selectAll("e")
    .where("e.headquartersCountryId", "in", [...countryIds])
    .where("e.retiredAt", "is", null)
    .orderBy("e.name")
    .orderBy("e.id")
    .limit(limit);
  return (await run<Record<string, unknown>>(db, q)).map((r) => toEntity(r));
}
