// Rows read straight from the driver (statements compiled by Kysely, run by DbHandle.read) in the shapes Prisma
// returns, so loaders can mix them with Prisma's own results: DateTime columns become Dates (SQLite stores ISO
// text; pg gives Dates already, see db.ts), Boolean columns true/false (SQLite stores 0/1). The column lists come
// from the generated datamodel.
import { getDatamodel } from "../generated/pothos-types.js";
import { sql, type Expression, type RawBuilder } from "kysely";
import type { DbHandle } from "../store/db.js";
import { queryBuilder, run, Slot } from "./sql.js";
import type { Entity, Relation } from "../generated/prisma/sqlite/client.js";

type Row = Record<string, unknown>;
const models = getDatamodel().datamodel.models as unknown as Record<string, { fields: { name: string; type: string; kind: string }[] }>;

function scalarColumns(model: string) {
  const fields = models[model].fields.filter((f) => f.kind === "scalar" || f.kind === "enum");
  return {
    all: fields.map((f) => f.name),
    dates: fields.filter((f) => f.type === "DateTime").map((f) => f.name),
    booleans: fields.filter((f) => f.type === "Boolean").map((f) => f.name),
  };
}

export const ENTITY = scalarColumns("Entity");
export const RELATION = scalarColumns("Relation");

const TYPES: Record<string, Map<string, string>> = Object.fromEntries(
  Object.entries(models).map(([m, { fields }]) => [m, new Map(fields.map((f) => [f.name, f.type]))]),
);

/**
 * The given columns of a model's row (all by default; fewer for a partial row, see selection-columns.ts), column `c`
 * read at `prefix + c` (a joined table's columns are prefixed), converted as above.
 */
export function mapRow<T>(row: Row, columns: string[], model: "Entity" | "Relation", prefix = ""): T {
  const types = TYPES[model];
  const out: Row = {};
  for (const c of columns) {
    let v = row[prefix + c];
    if (v != null) {
      const t = types.get(c);
      if (t === "DateTime" && !(v instanceof Date)) v = new Date(v as string);
      else if (t === "Boolean" && typeof v !== "boolean") v = v !== 0 && v !== "0";
    }
    out[c] = v;
  }
  return out as T;
}

export const toEntity = (row: Row, prefix = "") => mapRow<Entity>(row, ENTITY.all, "Entity", prefix);
export const toRelation = (row: Row, prefix = "") => mapRow<Relation>(row, RELATION.all, "Relation", prefix);

/** A list of ids as one parameter's value: an int[] on PostgreSQL, a JSON array on SQLite (see idTable). */
export const idsValue = (db: DbHandle, ids: readonly number[]): unknown => (db.provider === "postgresql" ? [...ids] : JSON.stringify(ids));

/**
 * The ids as a derived table of one column, `pid`, bound as one parameter however many (so the statement text, and
 * its prepared statement, does not change with their number); a Slot stands for an idsValue given at each run.
 * `ordered`: in id order (PostgreSQL can then sort each parent's rows alone).
 */
export function idTable(db: DbHandle, ids: readonly number[] | Slot, ordered = false): RawBuilder<{ pid: number }> {
  const v = ids instanceof Slot ? ids : idsValue(db, ids);
  if (db.provider === "postgresql") return ordered ? sql`(SELECT unnest(${v}::int[]) AS pid ORDER BY 1)` : sql`(SELECT unnest(${v}::int[]) AS pid)`;
  return sql`(SELECT value AS pid FROM json_each(${v}))`;
}

/** `column` is one of the ids: one parameter however many (see idTable). */
export function inIds(db: DbHandle, column: Expression<unknown>, ids: readonly number[]): RawBuilder<boolean> {
  return db.provider === "postgresql"
    ? sql<boolean>`${column} = ANY(${[...ids]}::int[])`
    : sql<boolean>`${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
}

/** `column` is one of the texts: one parameter however many (see idTable). */
export function inTexts(db: DbHandle, column: Expression<unknown>, texts: readonly string[]): RawBuilder<boolean> {
  return db.provider === "postgresql"
    ? sql<boolean>`${column} = ANY(${[...texts]}::text[])`
    : sql<boolean>`${column} IN (SELECT value FROM json_each(${JSON.stringify(texts)}))`;
}

/** Whole rows of a model by id, one statement for the batch (loaders). */
export async function rowsByIds<M extends "Entity" | "Relation">(db: DbHandle, model: M, ids: readonly number[]) {
  const q = queryBuilder(db)
    .selectFrom(model as "Entity")
    .selectAll()
    .where(inIds(db, sql.ref("id"), ids));
  const rows = await run<Row>(db, q);
  return rows.map((r) => (model === "Entity" ? toEntity(r) : toRelation(r))) as (M extends "Entity" ? Entity : Relation)[];
}
