// The PrismaClient factory: SQLite through better-sqlite3 by default, PostgreSQL through pg when DATABASE_URL
// says so. Both generated clients come from the same model (prisma/schema.prisma), so they share one type.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { PrismaClient as SqliteClient } from "../generated/prisma/sqlite/client.js";
import { PrismaClient as PostgresClient } from "../generated/prisma/postgres/client.js";
import { isPostgresUrl } from "../config.js";
import { isBusy } from "../errors.js";
import { silentLogger, type Logger } from "../log.js";
import { ServiceHealth } from "./health.js";
import { sqliteScanner } from "./sqlite-scan.js";

export type Db = SqliteClient;
export type Provider = "sqlite" | "postgresql";

export interface DbHandle {
  prisma: Db;
  provider: Provider;
  url: string;
  /**
   * SQL statements issued so far (Prisma's and `read`'s), and the rows `read` returned; tests read them to prove
   * batching and bounded reads.
   */
  stats: { statements: number; rows: number };
  /**
   * A read-only statement straight on the driver Prisma's adapter uses (the same better-sqlite3 connection, the
   * same pg pool), prepared once and reused: the hot graph reads (relationship windows, entity batches, path
   * frontiers). Prisma 6.19's query compiler plans every model query anew in WASM (about 1 ms for a full Entity
   * row) and maps raw results cell by cell; these reads skip both. Placeholders: `?` on SQLite, `$n` on
   * PostgreSQL. Rows come as the driver gives them; src/read/rows.ts turns them into Prisma's shapes.
   */
  read<T extends object = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /**
   * Whether the database answers `SELECT 1` within `timeoutMs` (GET /ready, and the probe of `health` while it is
   * down); rejects with the cause. Concurrent pings share one statement, so a load balancer polling a partitioned
   * instance never piles up connections. Not counted in `stats`.
   */
  ping(timeoutMs?: number): Promise<void>;
  /** Up or down, as requests and pings saw it; logs each change once (src/store/health.ts). */
  health: ServiceHealth;
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
      beginImmediate(client);
      this.opened(client);
    }
    return adapter;
  }
}

/**
 * Makes the adapter's transactions take the write lock when they begin. The adapter starts every transaction with
 * a deferred BEGIN: one that reads, then writes after another process (a second writer: the CLI importing while
 * the server runs) committed, fails at once with SQLITE_BUSY_SNAPSHOT, which no busy timeout helps and the
 * adapter passes on raw. BEGIN IMMEDIATE waits (busy timeout) for the other writer instead. If it still finds the
 * lock taken, the plain BEGIN runs after all: the adapter does not release its transaction mutex when BEGIN throws
 * (every later transaction would hang), whereas a write inside the transaction failing with SQLITE_BUSY rolls it
 * back cleanly, and the caller retries (retryWhileBusy) or reports the database busy.
 */
function beginImmediate(client: BetterSqlite3.Database) {
  const prepare = client.prepare.bind(client) as (sql: string) => BetterSqlite3.Statement;
  const immediate = prepare("BEGIN IMMEDIATE");
  const deferred = prepare("BEGIN");
  const begin = {
    run: () => {
      try {
        return immediate.run();
      } catch (e) {
        if (isBusy(e)) return deferred.run();
        throw e;
      }
    },
  };
  client.prepare = ((sql: string) => (sql === "BEGIN" ? begin : prepare(sql))) as typeof client.prepare;
}


/** The database stayed locked by another writer longer than a write may wait. */
export class DatabaseBusyError extends Error {
  readonly code = "SQLITE_BUSY";
  constructor(waitedMs: number) {
    super(`the database is busy: another process (an import, a seed, another server) held its write lock for ${Math.round(waitedMs / 1000)} s; nothing was written, retry later`);
    this.name = "DatabaseBusyError";
  }
}

/**
 * Runs a write (a whole transaction) again while SQLite reports another writer holding the lock, waiting between
 * attempts without blocking the event loop, for at most `forMs`; then throws DatabaseBusyError. Other errors, and
 * every error on PostgreSQL (whose writers wait for row locks themselves), pass through.
 */
export async function retryWhileBusy<T>(fn: () => Promise<T>, forMs = 10_000): Promise<T> {
  const t0 = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!isBusy(e)) throw e;
      if (Date.now() - t0 >= forMs) throw new DatabaseBusyError(Date.now() - t0);
      await new Promise((r) => setTimeout(r, Math.min(50 * 2 ** attempt, 500)));
    }
  }
}

/**
 * Holds, for the life of this process, the right to serve a SQLite file: an exclusive lock on a small companion
 * database (<file>.server-lock). A second server on the same file would not see the first one's cache, in-memory
 * graph or rate limits, and its writes would contend with the first one's; several instances need PostgreSQL.
 * The lock is SQLite's own (POSIX advisory locks), which the kernel releases when the process ends however it
 * ends, so a crashed server leaves no stale lock behind. Returns the release, or throws when another process
 * holds it.
 */
export function lockSqliteServer(url: string): () => void {
  const file = `${sqlitePath(url)}.server-lock`;
  mkdirSync(dirname(file), { recursive: true });
  // A short wait: sqliteServerPid's probe holds a shared lock for an instant.
  const lock = new Database(file, { timeout: 250 });
  try {
    lock.pragma("locking_mode = EXCLUSIVE");
    lock.exec("BEGIN EXCLUSIVE");
  } catch (e) {
    lock.close();
    if (!isBusy(e)) throw e;
    throw new Error(
      `Another policing-graph server is already serving ${sqlitePath(url)} (it holds ${file}). ` +
        `Stop it first, or give this one another DATABASE_URL; several instances on one database need PostgreSQL (docs/deployment.md).`,
    );
  }
  // For people and scripts looking at the folder; the lock itself is the kernel's.
  writeFileSync(`${file}.pid`, `${process.pid}\n`);
  return () => {
    if (lock.open) lock.close();
  };
}

/**
 * The pid of the server that serves this SQLite file now, or null. The pid file alone could name a process long
 * gone (and its pid reused), so the lock is checked too: it is held only while that server lives.
 */
export function sqliteServerPid(url: string): number | null {
  const file = `${sqlitePath(url)}.server-lock`;
  if (!existsSync(file)) return null;
  const probe = new Database(file, { timeout: 0, readonly: true });
  try {
    probe.prepare("SELECT count(*) FROM sqlite_master").get();
    return null; // readable: nobody holds the lock
  } catch (e) {
    if (!isBusy(e)) return null;
  } finally {
    probe.close();
  }
  const pid = Number(readFileSync(`${file}.pid`, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Prepared statements kept per connection (a bounded number of distinct SQL texts). */
const MAX_PREPARED = 500;

/**
 * A `timestamp` as PostgreSQL prints it ("2001-05-03 00:00:00"), read as UTC. Whole seconds of years 0001..9999 (every
 * date the product stores) are taken from their digits, which costs half of parsing the ISO string (a traversal
 * reads a thousand dates); anything else (fractions, BC) goes through the ISO parser.
 */
export function parsePgTimestamp(v: string): Date {
  if (v.length === 19 && v.charCodeAt(4) === 45 && v.charCodeAt(10) === 32) {
    const d = new Date(0);
    // setUTCFullYear, unlike Date.UTC, takes years 0..99 as they are.
    d.setUTCFullYear(+v.slice(0, 4), +v.slice(5, 7) - 1, +v.slice(8, 10));
    d.setUTCHours(+v.slice(11, 13), +v.slice(14, 16), +v.slice(17, 19), 0);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return new Date(`${v.replace(" ", "T")}Z`);
}

/** pg parses `timestamp` (without time zone) as local time; Prisma stores UTC there. */
export const PG_TYPES = {
  getTypeParser: (oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.TIMESTAMP ? parsePgTimestamp : pg.types.getTypeParser(oid, format as "text"),
};

export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

/**
 * PostgreSQL pool settings (config: DATABASE_POOL_SIZE, STATEMENT_TIMEOUT_MS, DATABASE_CONNECT_TIMEOUT_MS,
 * DATABASE_QUERY_TIMEOUT_MS, READY_TIMEOUT_MS), and how outages are logged (both databases).
 */
export interface PoolOptions {
  poolSize?: number;
  /** 0: no limit. */
  statementTimeoutMs?: number;
  /** Both how long a request waits for a pooled connection and how long opening one may take. */
  connectTimeoutMs?: number;
  /**
   * Client-side deadline of one statement, measured by the driver: it fires when the server cannot (a network
   * partition, where packets are dropped and no error ever comes back). Above `statementTimeoutMs`, so a slow
   * query is still cancelled by the server first. Default: statement timeout + 1 s; none without a statement
   * timeout (the CLI and scripts, whose long imports and bulk writes must not be cut; the server always sets it).
   */
  queryTimeoutMs?: number;
  /** Default timeout of `ping` (ms). */
  pingTimeoutMs?: number;
  /** Where outages are logged; default: nowhere until a server adopts the handle (src/http/yoga.ts). */
  logger?: Logger;
  /** Shortest gap between two "still unavailable" lines (ms). */
  outageReminderMs?: number;
  /** How often a database that is down is checked again (ms). */
  probeIntervalMs?: number;
  /**
   * SQLite: how long a statement waits for another process's write lock before SQLITE_BUSY. The driver is
   * synchronous, so this blocks the event loop: a server keeps it short and retries writes (retryWhileBusy).
   */
  busyTimeoutMs?: number;
}

export function createDb(url: string, pool: PoolOptions = {}): DbHandle {
  const stats = { statements: 0, rows: 0 };
  const pingTimeoutMs = pool.pingTimeoutMs ?? 2_000;
  let ping: (timeoutMs: number) => Promise<void>;
  const health = new ServiceHealth(
    {
      service: isPostgresUrl(url) ? "PostgreSQL" : "SQLite",
      logger: pool.logger ?? silentLogger,
      level: "error",
      reminderMs: pool.outageReminderMs,
      probeIntervalMs: pool.probeIntervalMs,
      downMessage: "requests that need it get SERVICE_UNAVAILABLE (503) and /ready answers 503 until it returns",
      probe: () => ping(pingTimeoutMs),
    },
    !pool.logger,
  );
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
      query_timeout: pool.queryTimeoutMs ?? (pool.statementTimeoutMs ? pool.statementTimeoutMs + 1_000 : undefined),
      // The kernel probes idle connections, so one whose peer vanished is closed instead of kept for ever.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      idleTimeoutMillis: 30_000,
      // Search's `<%` (src/read/search.ts) matches at word similarity 0.3, not pg_trgm's default 0.6.
      options: [
        "-c pg_trgm.word_similarity_threshold=0.3",
        ...(pool.statementTimeoutMs ? [`-c statement_timeout=${Math.floor(pool.statementTimeoutMs)}`] : []),
      ].join(" "),
    });
    // An idle client that loses its connection must not crash the process; it says the server went away.
    pgPool.on("error", (e) => health.failed(e));
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
      stats.rows += res.rows.length;
      return res.rows as T[];
    };
    let inFlight: Promise<void> | null = null;
    ping = (timeoutMs) => {
      // A closed handle stops probing (and logging) instead of failing for ever.
      if ((pgPool as unknown as { ending?: boolean }).ending) {
        health.close();
        return Promise.reject(new Error("database handle closed"));
      }
      // The acquire can wait longer than the statement's own deadline (pool full of stuck statements): the
      // timer bounds both, and the shared statement ends by its own timeouts.
      inFlight ??= pgPool
        .query({ text: "SELECT 1", query_timeout: timeoutMs } as pg.QueryConfig)
        .then(() => undefined)
        .finally(() => (inFlight = null));
      return withTimeout(inFlight, timeoutMs, "database did not answer SELECT 1");
    };
    scan = read;
  } else {
    mkdirSync(dirname(sqlitePath(url)), { recursive: true });
    let conn: BetterSqlite3.Database | null = null;
    let prepared = new Map<string, BetterSqlite3.Statement>();
    const adapter = new TunedSQLite3({ url, timeout: pool.busyTimeoutMs ?? 5_000 }, (c) => {
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
      const rows = st.all(...params) as T[];
      stats.rows += rows.length;
      return rows;
    };
    ping = () => client.$queryRawUnsafe("SELECT 1").then(() => undefined);
    const scanner = sqliteScanner(sqlitePath(url), pool.statementTimeoutMs ?? 0);
    scan = async <T extends object>(sql: string, params: unknown[] = []) => {
      stats.statements++;
      return scanner<T>(sql, params);
    };
  }
  return {
    prisma,
    provider: isPostgresUrl(url) ? "postgresql" : "sqlite",
    url,
    stats,
    read,
    scan,
    health,
    ping: (timeoutMs = pingTimeoutMs) =>
      ping(timeoutMs).then(
        () => health.succeeded(),
        (e: unknown) => {
          health.failed(e);
          throw e;
        },
      ),
  };
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Refreshes the planner's statistics after a bulk load (seed, import, restore). PostgreSQL's autovacuum gets there
 * within a minute or so, but until it does a freshly loaded database has none: the planner then takes every table
 * for one row and turns a nested relationship predicate (EXISTS within EXISTS) into nested loops without index
 * conditions, minutes on a few thousand rows. SQLite's planner also reads them (sqlite_stat1).
 */
export async function refreshStatistics(db: Pick<DbHandle, "prisma">): Promise<void> {
  await db.prisma.$executeRawUnsafe("ANALYZE");
}
