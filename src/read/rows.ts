// Rows read straight from the driver (DbHandle.read) in the shapes Prisma returns, so loaders can mix them with
// Prisma's own results: DateTime columns become Dates (SQLite stores ISO text; pg gives Dates already, see db.ts),
// Boolean columns true/false (SQLite stores 0/1). The column lists come from the generated datamodel.
import { getDatamodel } from "../generated/pothos-types.js";
import type { DbHandle } from "../store/db.js";
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

/**
 * A placeholder per value, numbered in the order values are added: "$n" on PostgreSQL, "?n" on SQLite (see
 * `positional`). A value used twice in the SQL is simply added twice.
 */
export function placeholders(pgsql: boolean, params: unknown[]) {
  return (v: unknown) => {
    params.push(v);
    return pgsql ? `$${params.length}` : `?${params.length}`;
  };
}

/** SQLite: better-sqlite3 binds numbered "?N" by position only: every use spelt "?", its value in order. */
export function positional(pgsql: boolean, sql: string, params: unknown[]): [string, unknown[]] {
  if (pgsql) return [sql, params];
  return [sql.replace(/\?\d+/g, "?"), [...sql.matchAll(/\?(\d+)/g)].map((m) => params[Number(m[1]) - 1])];
}

/** A list of ids as one parameter: a pg int[], or a JSON array SQLite reads with json_each. */
export function idList(pgsql: boolean, param: (v: unknown) => string, ids: readonly number[]) {
  return pgsql ? `SELECT unnest(${param([...ids])}::int[])` : `SELECT value FROM json_each(${param(JSON.stringify(ids))})`;
}

/** Whole rows of a model by id, one statement for the batch (loaders). */
export async function rowsByIds<M extends "Entity" | "Relation">(db: DbHandle, model: M, ids: readonly number[]) {
  const pgsql = db.provider === "postgresql";
  const params: unknown[] = [];
  const sql = `SELECT * FROM "${model}" WHERE "id" IN (${idList(pgsql, placeholders(pgsql, params), ids)})`;
  const rows = await db.read(...positional(pgsql, sql, params));
  return rows.map((r) => (model === "Entity" ? toEntity(r) : toRelation(r))) as (M extends "Entity" ? Entity : Relation)[];
}

/** `alias."col" AS "prefixcol"` for every column of a model: one statement can return a joined row whole. */
export function selectColumns(cols: { all: string[] }, alias: string, prefix = "") {
  return cols.all.map((c) => `${alias}."${c}" AS "${prefix}${c}"`).join(", ");
}
