// Restores a JSON dump (src/export/dump.ts) into a database, SQLite or PostgreSQL: the whole file is validated
// first (types, nulls, duplicate ids, references), then written in one transaction, ids kept, so a failed restore
// leaves the database as it was. A database that holds any row is refused unless `force`, which replaces its rows
// in the same transaction.
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import { BackupError, MODEL_TABLES, type ModelTable } from "../store/backup.js";
import { refreshStatistics, sqlitePath, type DbHandle } from "../store/db.js";
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
      // Date.parse rolls 2020-02-30 over to March: a real date prints back as it was written.
      if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== (v as string).slice(0, 10))
        throw new Error(`expected an ISO 8601 UTC date-time (2020-01-31T00:00:00.000Z), got ${JSON.stringify(v)}`);
      // Kept as text until written: a Date per value would double the memory a large dump needs.
      return v;
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
      // Checked in place: a large dump is held once.
      const out = r as Row;
      for (const [c, col] of Object.entries(spec)) {
        if (!(c in r)) throw bad(`${where}, column '${c}'`, "missing");
        try {
          out[c] = value(col, out[c]);
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

/**
 * What a database driver is given for a dump value: SQLite keeps dates as Prisma writes them (ISO text ending in
 * +00:00, which the hot reads compare as text) and booleans as 0/1; PostgreSQL takes ISO text for timestamp(3).
 */
function bind(provider: "sqlite" | "postgresql", col: Column, v: unknown): unknown {
  if (v === null) return null;
  if (col.type === "date") {
    const iso = new Date(v as string).toISOString();
    return provider === "sqlite" ? iso.replace(/Z$/, "+00:00") : iso;
  }
  if (col.type === "bool") return provider === "sqlite" ? (v ? 1 : 0) : v;
  if (col.type === "float" && !Number.isFinite(v as number)) return provider === "sqlite" ? v : String(v);
  return v;
}

/**
 * One transaction on its own connection, straight on the driver: Prisma plans every model query anew, and through
 * createMany a dump of 100,000 relationships took 460 s to restore on this machine (46 s this way).
 */
interface Tx {
  run(sql: string, params?: unknown[]): Promise<void>;
  count(table: string): Promise<number>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

async function begin(db: DbHandle): Promise<Tx> {
  if (db.provider === "postgresql") {
    const client = new pg.Client({ connectionString: db.url, connectionTimeoutMillis: 10_000 });
    client.on("error", () => {});
    await client.connect();
    await client.query("BEGIN");
    const q = (sql: string, params: unknown[] = []) => {
      let i = 0;
      return client.query(sql.replace(/\?/g, () => `$${++i}`), params);
    };
    return {
      run: async (sql, params) => void (await q(sql, params)),
      count: async (t) => Number((await q(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n),
      commit: async () => {
        await client.query("COMMIT");
        await client.end();
      },
      rollback: async () => {
        await client.query("ROLLBACK").catch(() => {});
        await client.end().catch(() => {});
      },
    };
  }
  const conn = new Database(sqlitePath(db.url));
  conn.pragma("foreign_keys = ON");
  conn.pragma("busy_timeout = 10000");
  conn.exec("BEGIN IMMEDIATE");
  return {
    run: async (sql, params = []) => void conn.prepare(sql).run(...params),
    count: async (t) => Number((conn.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n),
    commit: async () => {
      conn.exec("COMMIT");
      conn.close();
    },
    rollback: async () => {
      if (conn.inTransaction) conn.exec("ROLLBACK");
      conn.close();
    },
  };
}

/** A constraint the validation cannot see (a duplicate slug or key): the file's fault. */
const isConstraint = (e: unknown) => {
  const code = String((e as { code?: unknown }).code ?? "");
  return code.startsWith("SQLITE_CONSTRAINT") || /^23\d{3}$/.test(code);
};

/** Writes a validated dump in one transaction; returns the rows written per table. */
export async function restoreDump(db: DbHandle, file: string, dump: Dump, force: boolean): Promise<Record<ModelTable, number>> {
  await migrate(db.url);
  const tx = await begin(db);
  try {
    const present = {} as Record<ModelTable, number>;
    for (const t of MODEL_TABLES) present[t] = await tx.count(t);
    if (!force && Object.values(present).some((n) => n > 0))
      throw new BackupError(
        `not restoring ${file}: the database is not empty (${Object.entries(present).filter(([, n]) => n).map(([t, n]) => `${n} ${t}`).join(", ")}); use --force to replace its contents`,
      );
    for (const t of [...MODEL_TABLES].reverse()) await tx.run(`DELETE FROM "${t}"`);
    // An entity's headquarters country may come after it: entities go in without it, then it is set.
    const headquarters: [number, number][] = [];
    for (const t of MODEL_TABLES) {
      const columns = Object.entries(DUMP_TABLES[t]);
      // Under SQLite's bound-parameter limit (32766) and PostgreSQL's (65535).
      const batch = Math.min(500, Math.floor(30_000 / columns.length));
      const rows = dump.tables[t];
      for (let i = 0; i < rows.length; i += batch) {
        const slice = rows.slice(i, i + batch);
        const params: unknown[] = [];
        for (const r of slice)
          for (const [c, col] of columns) {
            if (t === "Entity" && c === "headquartersCountryId" && r[c] !== null) {
              headquarters.push([r.id as number, r[c] as number]);
              params.push(null);
            } else params.push(bind(db.provider, col, r[c]));
          }
        const tuple = `(${columns.map(() => "?").join(", ")})`;
        await tx.run(`INSERT INTO "${t}" (${columns.map(([c]) => `"${c}"`).join(", ")}) VALUES ${slice.map(() => tuple).join(", ")}`, params);
      }
    }
    for (const [id, hq] of headquarters) await tx.run(`UPDATE "Entity" SET "headquartersCountryId" = ? WHERE "id" = ?`, [hq, id]);
    // Ids were written explicitly: PostgreSQL's sequences must continue after them (SQLite's AUTOINCREMENT does).
    if (db.provider === "postgresql")
      for (const t of MODEL_TABLES) await tx.run(`SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), COALESCE(MAX("id"), 0) + 1, false) FROM "${t}"`);
    await tx.commit();
    await refreshStatistics(db);
    return Object.fromEntries(MODEL_TABLES.map((t) => [t, dump.tables[t].length])) as Record<ModelTable, number>;
  } catch (e) {
    await tx.rollback();
    if (isConstraint(e)) throw new BackupError(`${file}: rejected by the database, nothing was written: ${(e as Error).message}`);
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
