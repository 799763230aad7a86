// Restores a JSON dump (src/export/dump.ts) into a database, SQLite or PostgreSQL: the whole file is validated
// first (types, nulls, duplicate ids, references), then written in one transaction, ids kept, so a failed restore
// leaves the database as it was. A database that holds any row is refused unless `force`, which replaces its rows
// in the same transaction.
import { readFileSync } from "node:fs";
import { BackupError, MODEL_TABLES, type ModelTable } from "../store/backup.js";
import type { Db, DbHandle } from "../store/db.js";
import { listMigrations, migrate } from "../store/migrate.js";
import { DUMP_FORMAT, DUMP_TABLES, DUMP_VERSION, REFERENCES, type Column } from "../export/dump.js";

type Row = Record<string, unknown>;

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/;

function value(col: Column, v: unknown): unknown {
  if (v === null) {
    if (!col.nullable) throw new Error("must not be null");
    return null;
  }
  switch (col.type) {
    case "int":
      if (!Number.isSafeInteger(v)) throw new Error(`expected an integer, got ${JSON.stringify(v)}`);
      return v;
    case "float":
      if (typeof v === "number") return v;
      if (v === "NaN" || v === "Infinity" || v === "-Infinity") return Number(v);
      throw new Error(`expected a number, got ${JSON.stringify(v)}`);
    case "bool":
      if (typeof v !== "boolean") throw new Error(`expected true or false, got ${JSON.stringify(v)}`);
      return v;
    case "string":
      if (typeof v !== "string") throw new Error(`expected a string, got ${JSON.stringify(v)}`);
      return v;
    case "date": {
      const d = typeof v === "string" && ISO.test(v) ? new Date(v) : null;
      if (!d || Number.isNaN(d.getTime())) throw new Error(`expected an ISO 8601 UTC date-time (2020-01-31T00:00:00.000Z), got ${JSON.stringify(v)}`);
      return d;
    }
  }
}

export interface Dump {
  migrations: string[];
  tables: Record<ModelTable, Row[]>;
}

/** Parses and validates a dump; every problem is a BackupError naming the file, the table, the row and the column. */
export function parseDump(file: string, text: string, provider: "sqlite" | "postgresql"): Dump {
  const bad = (where: string, message: string) => new BackupError(`${file}: ${where}${where ? ": " : ""}${message}`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw bad("", `not valid JSON (${(e as Error).message}); a truncated or edited dump?`);
  }
  const d = doc as { format?: unknown; version?: unknown; migrations?: unknown; tables?: unknown };
  if (typeof d !== "object" || d === null || d.format !== DUMP_FORMAT) throw bad("", `not a policing-graph dump (no "format": "${DUMP_FORMAT}")`);
  if (d.version !== DUMP_VERSION) throw bad("version", `this version reads dump format ${DUMP_VERSION}, the file is ${JSON.stringify(d.version)}`);
  if (!Array.isArray(d.migrations) || !d.migrations.every((m) => typeof m === "string")) throw bad("migrations", "expected a list of migration names");
  const known = new Set(listMigrations(provider === "sqlite" ? "sqlite" : "postgres").map((m) => m.name));
  const unknown = (d.migrations as string[]).filter((m) => !known.has(m));
  if (unknown.length) throw bad("migrations", `made by a newer version of policing-graph (${unknown.join(", ")} unknown here); restore it with that version`);
  if (typeof d.tables !== "object" || d.tables === null || Array.isArray(d.tables)) throw bad("tables", "expected an object of tables");
  const raw = d.tables as Record<string, unknown>;
  const extra = Object.keys(raw).filter((t) => !(t in DUMP_TABLES));
  if (extra.length) throw bad("tables", `unknown table(s) ${extra.join(", ")}`);
  const tables = {} as Record<ModelTable, Row[]>;
  const ids = {} as Record<ModelTable, Set<number>>;
  for (const t of MODEL_TABLES) {
    const rows = raw[t];
    if (!Array.isArray(rows)) throw bad(`table ${t}`, "missing, or not a list of rows");
    const spec = DUMP_TABLES[t];
    ids[t] = new Set();
    tables[t] = rows.map((r, i) => {
      const where = `table ${t}, row ${i + 1}${typeof r?.id === "number" ? ` (id ${r.id})` : ""}`;
      if (typeof r !== "object" || r === null || Array.isArray(r)) throw bad(where, "expected an object");
      const unknownColumns = Object.keys(r).filter((c) => !(c in spec));
      if (unknownColumns.length) throw bad(where, `unknown column(s) ${unknownColumns.join(", ")}`);
      const out: Row = {};
      for (const [c, col] of Object.entries(spec)) {
        if (!(c in r)) throw bad(`${where}, column '${c}'`, "missing");
        try {
          out[c] = value(col, (r as Row)[c]);
        } catch (e) {
          throw bad(`${where}, column '${c}'`, (e as Error).message);
        }
      }
      if (ids[t].has(out.id as number)) throw bad(where, `duplicate id ${String(out.id)}`);
      ids[t].add(out.id as number);
      return out;
    });
  }
  for (const t of MODEL_TABLES)
    for (const [c, target] of Object.entries(REFERENCES[t] ?? {}))
      tables[t].forEach((r, i) => {
        if (r[c] !== null && !ids[target].has(r[c] as number))
          throw bad(`table ${t}, row ${i + 1} (id ${String(r.id)}), column '${c}'`, `refers to ${target} id ${String(r[c])}, which the dump does not contain`);
      });
  return { migrations: d.migrations as string[], tables };
}

type Delegate = { createMany(args: { data: Row[] }): Promise<unknown>; deleteMany(): Promise<unknown>; count(): Promise<number> };
const delegate = (tx: unknown, t: ModelTable) => (tx as Record<string, Delegate>)[t[0].toLowerCase() + t.slice(1)];

/** createMany batches: under SQLite's bound-parameter limit (32766) for the widest table (36 columns). */
const BATCH = 500;

/** Writes a validated dump; returns the rows written per table. */
export async function restoreDump(db: DbHandle, file: string, dump: Dump, force: boolean): Promise<Record<ModelTable, number>> {
  await migrate(db.url);
  const run = async (tx: Db) => {
    const present = {} as Record<ModelTable, number>;
    for (const t of MODEL_TABLES) present[t] = await delegate(tx, t).count();
    if (!force && Object.values(present).some((n) => n > 0))
      throw new BackupError(
        `not restoring ${file}: the database is not empty (${Object.entries(present).filter(([, n]) => n).map(([t, n]) => `${n} ${t}`).join(", ")}); use --force to replace its contents`,
      );
    for (const t of [...MODEL_TABLES].reverse()) await delegate(tx, t).deleteMany();
    // An entity's headquarters country may come after it: entities go in without it, then it is set.
    const headquarters: [number, number][] = [];
    for (const t of MODEL_TABLES) {
      let rows = dump.tables[t];
      if (t === "Entity")
        rows = rows.map((r) => {
          if (r.headquartersCountryId !== null) headquarters.push([r.id as number, r.headquartersCountryId as number]);
          return { ...r, headquartersCountryId: null };
        });
      for (let i = 0; i < rows.length; i += BATCH) await delegate(tx, t).createMany({ data: rows.slice(i, i + BATCH) });
    }
    // Raw SQL: an update through Prisma would set updatedAt to now.
    const sql = db.provider === "postgresql" ? `UPDATE "Entity" SET "headquartersCountryId" = $1 WHERE "id" = $2` : `UPDATE "Entity" SET "headquartersCountryId" = ? WHERE "id" = ?`;
    for (const [id, hq] of headquarters) await tx.$executeRawUnsafe(sql, hq, id);
    // Ids were written explicitly: PostgreSQL's sequences must continue after them (SQLite's AUTOINCREMENT does).
    if (db.provider === "postgresql")
      for (const t of MODEL_TABLES) await tx.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), COALESCE(MAX("id"), 0) + 1, false) FROM "${t}"`);
    return Object.fromEntries(MODEL_TABLES.map((t) => [t, dump.tables[t].length])) as Record<ModelTable, number>;
  };
  try {
    // setTimeout's limit: no timeout in practice for a large dump.
    return await db.prisma.$transaction((tx) => run(tx as unknown as Db), { timeout: 2 ** 31 - 1, maxWait: 60_000 });
  } catch (e) {
    if (e instanceof BackupError) throw e;
    const code = (e as { code?: unknown }).code;
    // A constraint the validation cannot see (a duplicate slug or key): the file's fault, rolled back whole.
    if (code === "P2002" || code === "P2003")
      throw new BackupError(`${file}: rejected by the database, nothing was written: ${String((e as Error).message).trim().split("\n").filter(Boolean).pop()}`);
    throw e;
  }
}

export function readDump(file: string, provider: "sqlite" | "postgresql"): Dump {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new BackupError(`${file}: cannot be read (${(e as Error).message})`);
  }
  return parseDump(file, text, provider);
}
