// The PrismaClient factory: SQLite through better-sqlite3 by default, PostgreSQL through pg when DATABASE_URL
// says so. Both generated clients come from the same model (prisma/schema.prisma), so they share one type.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { createHash } from "node:crypto";
import type BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { PrismaClient as SqliteClient } from "../generated/prisma/sqlite/client.js";
import { PrismaClient as PostgresClient } from "../generated/prisma/postgres/client.js";
import { isPostgresUrl } from "../config.js";
import { sqliteScanner } from "./sqlite-scan.js";

export type Db = SqliteClient;
export type Provider = "sqlite" | "postgresql";

export interface DbHandle {
  prisma: Db;
  provider: Provider;
  url: string;
  /** SQL statements issued so far (Prisma's and `read`'s); tests read it to prove batching. */
  stats: { statements: number };
  /**
   * A read-only statement straight on the driver Prisma's adapter uses (the same better-sqlite3 connection, the
   * same pg pool), prepared once and reused: the hot graph reads (relationship windows, entity batches, path
   * frontiers). Prisma 6.19's query compiler plans every model query anew in WASM (about 1 ms for a full Entity
   * row) and maps raw results cell by cell; these reads skip both. Placeholders: `?` on SQLite, `$n` on
   * PostgreSQL. Rows come as the driver gives them; src/read/rows.ts turns them into Prisma's shapes.
   */
  read<T extends object = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /**
   * A read-only statement that may scan much of the graph (aggregates): on SQLite it runs on a worker thread
   * (sqlite-scan.ts), so the event loop keeps serving meanwhile, and is cut after `statementTimeoutMs`; on
   * PostgreSQL it is `read` (statement_timeout applies). Same placeholders as `read`.
   */
  scan<T extends object = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/**
 * Per-connection SQLite settings (WAL, a property of the file, is set by migrate.ts): synchronous=NORMAL is safe
 * in WAL mode; a 32 MB page cache (default 2 MB) keeps a large graph's hot index pages in the process instead of a
 * read() per page. No mmap: mapped pages count in the process's RSS, which has a budget (docs/benchmarks.md).
 */
export const SQLITE_PRAGMAS = ["synchronous = NORMAL", "cache_size = -32768", "temp_store = MEMORY"];

/**
 * The better-sqlite3 adapter opens its own connection; this applies SQLITE_PRAGMAS to it once, when it opens, and
 * hands the connection to `read` (one connection: reads see what Prisma wrote, and close with it).
 */
class TunedSQLite3 extends PrismaBetterSQLite3 {
  constructor(
    config: ConstructorParameters<typeof PrismaBetterSQLite3>[0],
    private readonly opened: (client: BetterSqlite3.Database) => void,
  ) {
    super(config);
  }
  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client?: BetterSqlite3.Database }).client;
    if (client) {
      for (const p of SQLITE_PRAGMAS) client.pragma(p);
      this.opened(client);
    }
    return adapter;
  }
}

/** Prepared statements kept per connection (a bounded number of distinct SQL texts). */
const MAX_PREPARED = 500;

/** pg parses `timestamp` (without time zone) as local time; Prisma stores UTC there. */
const PG_TYPES = {
  getTypeParser: (oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.TIMESTAMP
      ? (v: string) => new Date(`${v.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format as "text"),
};

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
  let read: DbHandle["read"];
  let scan: DbHandle["scan"];
  if (isPostgresUrl(url)) {
    // One pool for Prisma and `read`, ended by $disconnect.
    const pgPool = new pg.Pool({
      connectionString: url,
      max: pool.poolSize ?? 10,
      // Without a timeout, a request waits forever for a database that went away; with it, it gets a 503.
      connectionTimeoutMillis: pool.connectTimeoutMs ?? 5_000,
      idleTimeoutMillis: 30_000,
      // Search's `<%` (src/read/search.ts) matches at word similarity 0.3, not pg_trgm's default 0.6.
      options: [
        "-c pg_trgm.word_similarity_threshold=0.3",
        ...(pool.statementTimeoutMs ? [`-c statement_timeout=${Math.floor(pool.statementTimeoutMs)}`] : []),
      ].join(" "),
    });
    // An idle client that loses its connection must not crash the process; the next query reports it.
    pgPool.on("error", () => {});
    const client = new PostgresClient({ adapter: new PrismaPg(pgPool, { disposeExternalPool: true }), log });
    client.$on("query", () => void stats.statements++);
    prisma = client as unknown as Db;
    const names = new Map<string, string>();
    read = async <T extends object>(sql: string, params: unknown[] = []) => {
      stats.statements++;
      // A named statement is parsed and planned once per connection, then only bound and executed.
      let name = names.get(sql);
      if (!name) {
        name = `pg_${createHash("sha1").update(sql).digest("hex").slice(0, 20)}`;
        if (names.size >= MAX_PREPARED) names.clear();
        names.set(sql, name);
      }
      const res = await pgPool.query({ name, text: sql, values: params, types: PG_TYPES });
      return res.rows as T[];
    };
    scan = read;
  } else {
    mkdirSync(dirname(sqlitePath(url)), { recursive: true });
    let conn: BetterSqlite3.Database | null = null;
    let prepared = new Map<string, BetterSqlite3.Statement>();
    const adapter = new TunedSQLite3({ url }, (c) => {
      conn = c;
      prepared = new Map();
    });
    const client = new SqliteClient({ adapter, log });
    client.$on("query", () => void stats.statements++);
    prisma = client;
    read = async <T extends object>(sql: string, params: unknown[] = []) => {
      if (!conn || !conn.open) {
        conn = null;
        await client.$connect();
        if (!conn) throw new Error("SQLite connection did not open");
      }
      stats.statements++;
      let st = prepared.get(sql);
      if (!st) {
        if (prepared.size >= MAX_PREPARED) prepared.clear();
        // The adapter turns safe integers on for the connection (BigInt for every INTEGER); ids and counts fit a number.
        st = (conn as BetterSqlite3.Database).prepare(sql).safeIntegers(false);
        prepared.set(sql, st);
      }
      return st.all(...params) as T[];
    };
    const scanner = sqliteScanner(sqlitePath(url), pool.statementTimeoutMs ?? 0);
    scan = async <T extends object>(sql: string, params: unknown[] = []) => {
      stats.statements++;
      return scanner<T>(sql, params);
    };
  }
  return { prisma, provider: isPostgresUrl(url) ? "postgresql" : "sqlite", url, stats, read, scan };
}
