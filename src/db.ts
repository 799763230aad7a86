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

export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

export function createDb(url: string): DbHandle {
  const stats = { statements: 0 };
  const log = [{ emit: "event", level: "query" } as const];
  let prisma: Db;
  if (isPostgresUrl(url)) {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }), log });
    client.$on("query", () => void stats.statements++);
    prisma = client as unknown as Db;
  } else {
    mkdirSync(dirname(sqlitePath(url)), { recursive: true });
    const client = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url }), log });
    client.$on("query", () => void stats.statements++);
    prisma = client;
  }
  return { prisma, provider: isPostgresUrl(url) ? "postgresql" : "sqlite", url, stats };
}
