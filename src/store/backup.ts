// Whole-database backups and their restores (`policing-graph backup` / `restore`), and the consistent read snapshot
// the JSON dump (src/export/dump.ts) reads from.
//
// SQLite: better-sqlite3's online backup API, which copies pages through SQLite's pager, so rows still in the WAL
// are included and a server may keep writing meanwhile (copying the .db file alone misses them). PostgreSQL:
// pg_dump's custom format (one consistent snapshot) and pg_restore in a single transaction. Either way a backup is
// written to a temporary file and renamed when complete, so a file named as a backup is never a partial one, and
// a restore either completes or leaves the target as it was.
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl } from "../config.js";
import { PG_TYPES, sqlitePath } from "./db.js";
import { listMigrations } from "./migrate.js";

/** The file is not a usable backup, or the target is not empty: a data error, nothing was written. */
export class BackupError extends Error {
  override name = "BackupError";
}

/** The tables of the model, in an order where every row's references come before it (restores insert so). */
export const MODEL_TABLES = ["Source", "Entity", "Claim", "Relation", "Citation", "Change", "ApiKey"] as const;
export type ModelTable = (typeof MODEL_TABLES)[number];

/** Tables the migrations derive from the model (search index, graph version) or keep for themselves. */
export const DERIVED_TABLE = /^(EntitySearch(_\w+)?|GraphVersion|_prisma_migrations|sqlite_\w+)$/;

export type BackupKind = "sqlite" | "pg_dump" | "json";

/** What a file is, from its first bytes. */
export function backupKind(file: string): BackupKind {
  if (!existsSync(file)) throw new BackupError(`${file}: no such file`);
  const head = Buffer.alloc(16);
  let n: number;
  try {
    const fd = openSync(file, "r");
    try {
      n = readSync(fd, head, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw new BackupError(`${file}: cannot be read (${(e as Error).message})`);
  }
  const text = head.subarray(0, n).toString("latin1");
  if (text === "SQLite format 3\0") return "sqlite";
  if (text.startsWith("PGDMP")) return "pg_dump";
  if (/^\s*\{/.test(text)) return "json";
  throw new BackupError(`${file}: not a backup (a SQLite database, a pg_dump custom-format file or a policing-graph JSON dump)`);
}

// ---- a consistent read snapshot

export interface Snapshot {
  provider: "sqlite" | "postgresql";
  /** `?` placeholders on both databases. Dates come as the driver gives them (text on SQLite, Date on PostgreSQL). */
  all(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  tables(): Promise<string[]>;
  columns(table: string): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * One read transaction on its own connection: everything read through it is one state of the database, however
 * long the reading takes and whatever a running server writes meanwhile.
 */
export async function openSnapshot(url: string): Promise<Snapshot> {
  if (isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    client.on("error", () => {});
    await client.connect();
    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    } catch (e) {
      await client.end().catch(() => {});
      throw e;
    }
    const all = async (sql: string, params: unknown[] = []) => {
      let i = 0;
      const res = await client.query({ text: sql.replace(/\?/g, () => `$${++i}`), values: params, types: PG_TYPES });
      return res.rows as Record<string, unknown>[];
    };
    return {
      provider: "postgresql",
      all,
      tables: async () =>
        (await all(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`)).map((r) => String(r.name)),
      columns: async (table) =>
        (await all(`SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?`, [table])).map((r) => String(r.name)),
      close: async () => {
        await client.query("COMMIT").catch(() => {});
        await client.end().catch(() => {});
      },
    };
  }
  const conn = new Database(sqlitePath(url), { fileMustExist: true, readonly: true });
  conn.exec("BEGIN");
  const all = async (sql: string, params: unknown[] = []) => conn.prepare(sql).all(...params) as Record<string, unknown>[];
  return {
    provider: "sqlite",
    all,
    tables: async () => (await all(`SELECT name FROM sqlite_master WHERE type = 'table'`)).map((r) => String(r.name)),
    columns: async (table) => (await all(`SELECT name FROM pragma_table_info(?)`, [table])).map((r) => String(r.name)),
    close: async () => {
      if (conn.inTransaction) conn.exec("COMMIT");
      conn.close();
    },
  };
}

/** Names of the migrations applied to a database (through a snapshot), sorted. */
export async function appliedMigrations(s: Snapshot): Promise<string[]> {
  if (!(await s.tables()).includes("_prisma_migrations")) return [];
  const rows = await s.all(`SELECT migration_name AS name FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`);
  return rows.map((r) => String(r.name)).sort();
}

/** Rows per model table (0 for a table that does not exist yet). */
export async function rowCounts(url: string): Promise<Record<ModelTable, number>> {
  if (!isPostgresUrl(url) && !existsSync(sqlitePath(url))) return Object.fromEntries(MODEL_TABLES.map((t) => [t, 0])) as Record<ModelTable, number>;
  const s = await openSnapshot(url);
  try {
    const present = new Set(await s.tables());
    const out = {} as Record<ModelTable, number>;
    for (const t of MODEL_TABLES) out[t] = present.has(t) ? Number((await s.all(`SELECT count(*) AS n FROM "${t}"`))[0].n) : 0;
    return out;
  } finally {
    await s.close();
  }
}

const describeCounts = (c: Record<string, number>) =>
  Object.entries(c)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${n} ${t}`)
    .join(", ");

/** Refuses (a data error) to restore over a database that holds any row of the model, unless forced. */
async function checkTarget(url: string, file: string, force: boolean) {
  const counts = await rowCounts(url);
  if (!force && Object.values(counts).some((n) => n > 0))
    throw new BackupError(`not restoring ${file}: the database is not empty (${describeCounts(counts)}); use --force to replace its contents`);
}

function checkMigrations(file: string, applied: string[], provider: "sqlite" | "postgres") {
  const known = new Set(listMigrations(provider).map((m) => m.name));
  const unknown = applied.filter((m) => !known.has(m));
  if (unknown.length) throw new BackupError(`${file}: made by a newer version of policing-graph (migrations ${unknown.join(", ")} are unknown here); restore it with that version`);
}

const temporary = (file: string) => `${file}.partial-${process.pid}`;

// ---- SQLite

/**
 * After better-sqlite3's first step (100 pages), every remaining page in one step, under one read lock: a write
 * by another connection between steps restarts the copy (SQLite never yields a mixed one), and then it cannot
 * keep restarting it under a steady stream of writes.
 */
const ALL_PAGES = () => 2 ** 30;

export async function backupSqlite(url: string, file: string): Promise<Record<ModelTable, number>> {
  const src = new Database(sqlitePath(url), { fileMustExist: true, readonly: true });
  const tmp = temporary(file);
  try {
    mkdirSync(dirname(file), { recursive: true });
    await src.backup(tmp, { progress: ALL_PAGES });
    // A self-contained file: no -wal/-shm beside the backup.
    const copy = new Database(tmp);
    try {
      copy.pragma("journal_mode = DELETE");
      const check = copy.pragma("quick_check", { simple: true });
      if (check !== "ok") throw new Error(`the copy failed its integrity check: ${check}`);
    } finally {
      copy.close();
    }
    renameSync(tmp, file);
  } finally {
    src.close();
    rmSync(tmp, { force: true });
  }
  return rowCounts(`file:${file}`);
}

export async function restoreSqlite(file: string, url: string, force: boolean): Promise<void> {
  let src: Database.Database;
  try {
    src = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new BackupError(`${file}: cannot be opened as a SQLite database (${(e as Error).message})`);
  }
  try {
    try {
      const check = src.pragma("quick_check", { simple: true });
      if (check !== "ok") throw new BackupError(`${file}: damaged SQLite database (${check})`);
    } catch (e) {
      throw e instanceof BackupError ? e : new BackupError(`${file}: damaged SQLite database (${(e as Error).message})`);
    }
    const tables = new Set((src.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name));
    if (!tables.has("Entity") || !tables.has("_prisma_migrations")) throw new BackupError(`${file}: a SQLite database, but not a policing-graph one (no Entity or _prisma_migrations table)`);
    const applied = (src.prepare(`SELECT migration_name AS name FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`).all() as { name: string }[]).map((r) => r.name);
    checkMigrations(file, applied, "sqlite");
    await checkTarget(url, file, force);
    mkdirSync(dirname(sqlitePath(url)), { recursive: true });
    // The backup API writes the target in one write transaction: it ends replaced whole, or as it was.
    await src.backup(sqlitePath(url), { progress: ALL_PAGES });
  } finally {
    src.close();
  }
}

// ---- PostgreSQL

async function run(bin: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", (e: NodeJS.ErrnoException) =>
      reject(
        e.code === "ENOENT"
          ? new Error(`${bin} not found: install the PostgreSQL client tools (same major version as the server, or newer), or use 'policing-graph dump'`)
          : e,
      ),
    );
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`${bin} failed: ${err.trim().split("\n").filter(Boolean).slice(-3).join(" / ") || `exit ${code}`}`))));
  });
}

export async function backupPostgres(url: string, file: string): Promise<Record<ModelTable, number>> {
  const tmp = temporary(file);
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Custom format: compressed, one consistent snapshot, restorable in one transaction by pg_restore.
    await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${tmp}`, `--dbname=${url}`]);
    await run("pg_restore", ["--list", tmp]);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
  return rowCounts(url);
}

/** The migrations recorded in a pg_dump file (its _prisma_migrations rows, read as COPY text). */
async function dumpedMigrations(file: string): Promise<string[]> {
  let copy: string;
  try {
    copy = await run("pg_restore", ["--data-only", "--table=_prisma_migrations", "--file=-", file]);
  } catch {
    // Unreadable data: pg_restore itself fails on it below, inside its transaction.
    return [];
  }
  const lines = copy.split("\n");
  const start = lines.findIndex((l) => /^COPY \S*_prisma_migrations \(/.test(l));
  if (start < 0) return [];
  const columns = lines[start].replace(/^[^(]*\(|\).*$/g, "").split(", ");
  const name = columns.indexOf("migration_name");
  const rolledBack = columns.indexOf("rolled_back_at");
  const out: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (l === "\\.") break;
    const cells = l.split("\t");
    if (cells[rolledBack] === "\\N") out.push(cells[name]);
  }
  return out;
}

export async function restorePostgres(file: string, url: string, force: boolean): Promise<void> {
  let toc: string;
  try {
    toc = await run("pg_restore", ["--list", file]);
  } catch (e) {
    if (/not found/.test((e as Error).message)) throw e;
    throw new BackupError(`${file}: damaged pg_dump file (${(e as Error).message})`);
  }
  if (!/ TABLE \S+ Entity /.test(toc)) throw new BackupError(`${file}: a pg_dump file, but not of a policing-graph database (no Entity table)`);
  checkMigrations(file, await dumpedMigrations(file), "postgres");
  await checkTarget(url, file, force);
  try {
    // One transaction: a failure anywhere (a damaged file, a lost connection) rolls the whole restore back.
    // --clean drops what the dump recreates, so a migrated (empty, or with --force full) database takes it.
    await run("pg_restore", ["--single-transaction", "--exit-on-error", "--clean", "--if-exists", "--no-owner", "--no-privileges", `--dbname=${url}`, file]);
  } catch (e) {
    throw new Error(`nothing was written: ${(e as Error).message}`);
  }
}
