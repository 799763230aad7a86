// The PrismaClient factory: SQLite through better-sqlite3 by default, PostgreSQL through pg when DATABASE_URL
// says so. Both generated clients come from the same model (prisma/schema.prisma), so they share one type.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/prisma/sqlite/client.js";
import { PrismaClient as PostgresClient } from "./generated/prisma/postgres/client.js";
import { isPostgresUrl } from "./config.js";

export type Db = SqliteClient;
export type Provider = "sqlite" | "postgresql";

export interface DbHandle {
  prisma: Db;
  provider: Provider;
  url: string;
  /** SQL statements issued so far; tests read it to prove batching. */
  stats: { statements: number };
}

/**
 * Per-connection SQLite settings (WAL, a property of the file, is set by migrate.ts): synchronous=NORMAL is safe
 * in WAL mode; a 32 MB page cache (default 2 MB) keeps a large graph's hot index pages in the process instead of a
 * read() per page. No mmap: mapped pages count in the process's RSS, which has a budget (docs/benchmarks.md).
 */
export const SQLITE_PRAGMAS = ["synchronous = NORMAL", "cache_size = -32768", "temp_store = MEMORY"];

/** The better-sqlite3 adapter opens its own connection; this applies SQLITE_PRAGMAS to it once, when it opens. */
class TunedSQLite3 extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client?: { pragma(sql: string): unknown } }).client;
    for (const p of SQLITE_PRAGMAS) client?.pragma(p);
    return adapter;
  }
}

export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

/** PostgreSQL pool settings (config: DATABASE_POOL_SIZE, STATEMENT_TIMEOUT_MS, DATABASE_CONNECT_TIMEOUT_MS). */
export interface PoolOptions {
  poolSize?: number;
  /** 0: no limit. */
  statementTimeoutMs?: number;
  connectTimeoutMs?: number;
}

export function createDb(url: string, pool: PoolOptions = {}): DbHandle {
  const stats = { statements: 0 };
  const log = [{ emit: "event", level: "query" } as const];
  let prisma: Db;
  if (isPostgresUrl(url)) {
    const client = new PostgresClient({ adapter: new PrismaPg({
      connectionString: url,
      max: pool.poolSize ?? 10,
      // Without a timeout, a request waits forever for a database that went away; with it, it gets a 503.
      connectionTimeoutMillis: pool.connectTimeoutMs ?? 5_000,
      idleTimeoutMillis: 30_000,
      ...(pool.statementTimeoutMs ? { options: `-c statement_timeout=${Math.floor(pool.statementTimeoutMs)}` } : {}),
    }), log });
    client.$on("query", () => void stats.statements++);
    prisma = client as unknown as Db;
  } else {
    mkdirSync(dirname(sqlitePath(url)), { recursive: true });
    const client = new SqliteClient({ adapter: new TunedSQLite3({ url }), log });
    client.$on("query", () => void stats.statements++);
    prisma = client;
  }
  return { prisma, provider: isPostgresUrl(url) ? "postgresql" : "sqlite", url, stats };
}
