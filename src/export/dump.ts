// The lossless JSON dump (`policing-graph dump`): every row of every table of the model, every column, ids
// included, so that dump -> restore (src/import/restore.ts) into an empty database, SQLite or PostgreSQL -> dump
// gives the same file. Unlike the exports (which carry the graph for other tools), it keeps claims, citations with
// their quote offsets, curation history, API keys (their hashes) and retirements.
//
// Layout, one row per line (so a diff of two dumps reads row by row):
//   {"format":"policing-graph-dump","version":1,"migrations":["0001_init",...],"tables":{
//   "Source":[
//   {"id":1,"slug":"...",...},
//   ...
//   ],
//   "Entity":[ ... ]}}
// Values: integers and floats as JSON numbers (a non-finite float as the string "NaN", "Infinity" or "-Infinity"),
// booleans as true/false, dates as ISO 8601 UTC with milliseconds, text as strings, null as null.
import type { Writable } from "node:stream";
import { DERIVED_TABLE, MODEL_TABLES, appliedMigrations, openSnapshot, type ModelTable, type Snapshot } from "../store/backup.js";

export const DUMP_FORMAT = "policing-graph-dump";
export const DUMP_VERSION = 1;

export type ColumnType = "int" | "float" | "string" | "bool" | "date";
export interface Column {
  type: ColumnType;
  nullable: boolean;
}

/** `type` or `type?` (nullable), per column, in the model's order (prisma/schema.prisma). */
const SPEC: Record<ModelTable, Record<string, `${ColumnType}` | `${ColumnType}?`>> = {
  Source: { id: "int", slug: "string", title: "string", kind: "string", document: "string?", content: "string?", publisher: "string?", url: "string?", year: "int?", description: "string?" },
  Entity: {
    id: "int", kind: "string", slug: "string", name: "string", acronym: "string?", aliases: "string", description: "string?", wikidataId: "string?", confidence: "string",
    orgKind: "string?", sovereigntyModel: "string?", executivePowers: "bool?", authorityBases: "string", headquarters: "string?", headquartersCountryId: "int?",
    foundedYear: "int?", memberCount: "int?", legalBasis: "string?", mandate: "string?",
    isoAlpha2: "string?", isoAlpha3: "string?", isoNumeric: "string?", region: "string?", subregion: "string?", intermediateRegion: "string?", statusNote: "string?", latitude: "float?", longitude: "float?",
    startDate: "date?", endDate: "date?", executive: "bool?", policeComponent: "string?", toolKind: "string?", colour: "string?", category: "string?",
    retiredAt: "date?", retiredReason: "string?", createdAt: "date", updatedAt: "date",
  },
  Claim: { id: "int", entityId: "int", property: "string", value: "string", valueNumber: "float?", unit: "string?", validFrom: "date?", validTo: "date?", preferred: "bool", confidence: "string", note: "string?", dispute: "string?", key: "string" },
  Relation: {
    id: "int", kind: "string", fromId: "int", toId: "int", subtype: "string?", agreement: "string?", description: "string?", viaId: "int?", validFrom: "date?", validTo: "date?",
    value: "string?", min: "float?", max: "float?", unit: "string?", values: "string", confidence: "string", note: "string?", key: "string",
    retiredAt: "date?", retiredReason: "string?", createdAt: "date", updatedAt: "date",
  },
  Citation: { id: "int", sourceId: "int", entityId: "int?", claimId: "int?", relationId: "int?", facts: "string", quote: "string?", start: "int?", end: "int?" },
  Change: { id: "int", targetType: "string", targetId: "int", action: "string", actor: "string", at: "date", before: "string?", after: "string?", reason: "string?" },
  ApiKey: { id: "int", name: "string", role: "string", hash: "string", prefix: "string", createdAt: "date", revokedAt: "date?", lastUsedAt: "date?" },
};

export const DUMP_TABLES: Record<ModelTable, Record<string, Column>> = Object.fromEntries(
  MODEL_TABLES.map((t) => [t, Object.fromEntries(Object.entries(SPEC[t]).map(([c, s]) => [c, { type: s.replace("?", "") as ColumnType, nullable: s.endsWith("?") }]))]),
) as Record<ModelTable, Record<string, Column>>;

/** Foreign keys the restore checks before writing: column -> referenced table. */
export const REFERENCES: Partial<Record<ModelTable, Record<string, ModelTable>>> = {
  Entity: { headquartersCountryId: "Entity" },
  Claim: { entityId: "Entity" },
  Relation: { fromId: "Entity", toId: "Entity", viaId: "Entity" },
  Citation: { sourceId: "Source", entityId: "Entity", claimId: "Claim", relationId: "Relation" },
};

/** SQLite keeps DATETIME as text (Prisma's ISO form; CURRENT_TIMESTAMP's 'YYYY-MM-DD HH:MM:SS' in UTC) or ms. */
function isoDate(v: unknown): string {
  const d = v instanceof Date ? v : typeof v === "number" ? new Date(v) : new Date(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/.test(String(v)) ? `${String(v).replace(" ", "T")}Z` : String(v));
  if (Number.isNaN(d.getTime())) throw new Error(`not a date: ${String(v)}`);
  return d.toISOString();
}

/** A database value as the dump writes it. */
export function dumpValue(type: ColumnType, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  switch (type) {
    case "int":
      return Number(v);
    case "float": {
      const n = Number(v);
      return Number.isFinite(n) ? n : String(n);
    }
    case "bool":
      if (v === true || v === 1 || v === 1n) return true;
      if (v === false || v === 0 || v === 0n) return false;
      throw new Error(`not a boolean: ${String(v)}`);
    case "date":
      return isoDate(v);
    case "string":
      return String(v);
  }
}

/** Refuses to write a lossy dump: every table and column the database has must be one the format carries. */
async function checkLossless(s: Snapshot) {
  const tables = (await s.tables()).filter((t) => !DERIVED_TABLE.test(t));
  const unknown = tables.filter((t) => !(t in DUMP_TABLES));
  if (unknown.length) throw new Error(`refusing to write a lossy dump: table(s) ${unknown.join(", ")} are not in the dump format (src/export/dump.ts)`);
  for (const t of MODEL_TABLES) {
    const columns = await s.columns(t);
    if (!columns.length) throw new Error(`the database has no table ${t}: migrate it first`);
    const extra = columns.filter((c) => !(c in DUMP_TABLES[t]));
    if (extra.length) throw new Error(`refusing to write a lossy dump: column(s) ${extra.map((c) => `${t}.${c}`).join(", ")} are not in the dump format (src/export/dump.ts)`);
  }
}

const PAGE = 2000;

async function write(out: Writable, chunk: string) {
  if (!out.write(chunk)) await new Promise<void>((resolve, reject) => {
    const done = (e?: Error) => {
      out.off("drain", done);
      out.off("error", done);
      if (e) reject(e);
      else resolve();
    };
    out.on("drain", done);
    out.on("error", done);
  });
}

/** Writes the dump of the database at `url`, read in one snapshot. Returns the rows written per table. */
export async function writeDump(url: string, out: Writable, progress?: (rows: number) => void): Promise<Record<ModelTable, number>> {
  const s = await openSnapshot(url);
  try {
    await checkLossless(s);
    const migrations = await appliedMigrations(s);
    await write(out, `{"format":${JSON.stringify(DUMP_FORMAT)},"version":${DUMP_VERSION},"migrations":${JSON.stringify(migrations)},"tables":{\n`);
    const counts = {} as Record<ModelTable, number>;
    let total = 0;
    for (const [ti, t] of MODEL_TABLES.entries()) {
      const columns = Object.entries(DUMP_TABLES[t]);
      const list = columns.map(([c]) => `"${c}"`).join(", ");
      await write(out, `${JSON.stringify(t)}:[`);
      let n = 0;
      // Keyset pages in one snapshot: every row once, in id order, whatever is written meanwhile.
      for (let last: number | null = null; ; ) {
        const rows: Record<string, unknown>[] =
          last === null
            ? await s.all(`SELECT ${list} FROM "${t}" ORDER BY "id" LIMIT ${PAGE}`)
            : await s.all(`SELECT ${list} FROM "${t}" WHERE "id" > ? ORDER BY "id" LIMIT ${PAGE}`, [last]);
        let chunk = "";
        for (const r of rows) {
          const o: Record<string, unknown> = {};
          for (const [c, col] of columns) {
            try {
              o[c] = dumpValue(col.type, r[c]);
            } catch (e) {
              throw new Error(`${t} id ${String(r.id)}, column ${c}: ${(e as Error).message}`);
            }
          }
          chunk += `${n++ ? "," : ""}\n${JSON.stringify(o)}`;
        }
        if (chunk) await write(out, chunk);
        total += rows.length;
        progress?.(total);
        if (rows.length < PAGE) break;
        last = Number(rows[rows.length - 1].id);
      }
      counts[t] = n;
      await write(out, `${n ? "\n" : ""}]${ti < MODEL_TABLES.length - 1 ? "," : ""}\n`);
    }
    await write(out, "}}\n");
    return counts;
  } finally {
    await s.close();
  }
}
