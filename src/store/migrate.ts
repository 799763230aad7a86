// Applies the committed migrations (prisma/<provider>/migrations/*/migration.sql) in order, each in a
// transaction, and records them in Prisma's own `_prisma_migrations` table, so `prisma migrate status` agrees.
// Running them here, through the drivers we already ship, means a fresh clone needs no migration engine at all.
import { createHash, randomUUID } from "node:crypto";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { PROJECT_ROOT, isPostgresUrl } from "../config.js";
import { sqlitePath } from "./db.js";

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function listMigrations(provider: "sqlite" | "postgres"): Migration[] {
  const dir = join(PROJECT_ROOT, "prisma", provider, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const TABLE_SQLITE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL,
  "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;
const TABLE_PG = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

/** Applies pending migrations; returns the names applied. Refuses to run if an applied one was edited. */
export async function migrate(url: string): Promise<string[]> {
  return isPostgresUrl(url) ? migratePostgres(url) : migrateSqlite(url);
}

function checkApplied(applied: Map<string, string>, all: Migration[]) {
  for (const m of all) {
    const sum = applied.get(m.name);
    if (sum && sum !== m.checksum)
      throw new Error(`Migration ${m.name} was edited after it was applied (checksum differs); add a new migration instead.`);
  }
}

function migrateSqlite(url: string): string[] {
  const db = new Database(sqlitePath(url));
  try {
    db.pragma("journal_mode = WAL");
    db.exec(TABLE_SQLITE);
    const rows = db.prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`).all() as { migration_name: string; checksum: string }[];
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const all = listMigrations("sqlite");
    checkApplied(applied, all);
    const done: string[] = [];
    for (const m of all.filter((m) => !applied.has(m.name))) {
      db.transaction(() => {
        db.exec(m.sql);
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, current_timestamp, ?, current_timestamp, 1)`,
        ).run(randomUUID(), m.checksum, m.name);
      })();
      done.push(m.name);
    }
    return done;
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Several instances may start at once: one migrates, the others wait for it.
    await client.query("SELECT pg_advisory_lock(72417)");
    await client.query(TABLE_PG);
    const { rows } = await client.query(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`);
    const applied = new Map<string, string>(rows.map((r) => [r.migration_name, r.checksum]));
    const all = listMigrations("postgres");
    checkApplied(applied, all);
    const done: string[] = [];
    for (const m of all.filter((m) => !applied.has(m.name))) {
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      }
      done.push(m.name);
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock(72417)").catch(() => undefined);
    await client.end();
  }
}
