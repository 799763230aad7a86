// Rows read straight from the driver (DbHandle.read) in the shapes Prisma returns, so loaders can mix them with
// Prisma's own results: DateTime columns become Dates (SQLite stores ISO text; pg gives Dates already, see db.ts),
// Boolean columns true/false (SQLite stores 0/1). The column lists come from the generated datamodel.
import { getDatamodel } from "./generated/pothos-types.js";
import type { Entity, Relation } from "./generated/prisma/sqlite/client.js";

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

/** A model's row from `row`, reading column `c` at `prefix + c` (a joined table's columns are prefixed). */
function mapper<T>(cols: ReturnType<typeof scalarColumns>) {
  return (row: Row, prefix = ""): T => {
    const out: Row = {};
    for (const c of cols.all) out[c] = row[prefix + c];
    for (const c of cols.dates) {
      const v = out[c];
      if (v != null && !(v instanceof Date)) out[c] = new Date(v as string);
    }
    for (const c of cols.booleans) {
      const v = out[c];
      if (v != null && typeof v !== "boolean") out[c] = v !== 0 && v !== "0";
    }
    return out as T;
  };
}

export const toEntity = mapper<Entity>(ENTITY);

const TYPES: Record<string, Map<string, string>> = Object.fromEntries(
  Object.entries(models).map(([m, { fields }]) => [m, new Map(fields.map((f) => [f.name, f.type]))]),
);

/** Only the given columns of a model's row (a partial row: see selection-columns.ts), converted as above. */
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
export const toRelation = mapper<Relation>(RELATION);

/** `alias."col" AS "prefixcol"` for every column of a model: one statement can return a joined row whole. */
export function selectColumns(cols: { all: string[] }, alias: string, prefix = "") {
  return cols.all.map((c) => `${alias}."${c}" AS "${prefix}${c}"`).join(", ");
}
