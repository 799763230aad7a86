// Test databases: each test file gets its own, built by the real migrations and loaded from data/.
// SQLite: a temp file. PostgreSQL: a database named policing_graph_test_<random> created on the server that
// TEST_DATABASE_URL points at (default: the local server, role policing_graph) and dropped afterwards.
// PostgreSQL tests are skipped when the server is unreachable, unless REQUIRE_SERVICES=1 (CI), which fails them.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createDb, type DbHandle } from "../../src/store/db.js";
import { prepareDatabase } from "../../src/data/bootstrap.js";

export const PG_ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgresql://policing_graph@127.0.0.1:5432/postgres";
export const REQUIRE_SERVICES = process.env.REQUIRE_SERVICES === "1" || process.env.CI === "true";

let pgReachable: boolean | undefined;
export async function postgresAvailable(): Promise<boolean> {
  if (pgReachable !== undefined) return pgReachable;
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    pgReachable = true;
  } catch (e) {
    if (REQUIRE_SERVICES) throw new Error(`PostgreSQL is required (REQUIRE_SERVICES) but unreachable at ${PG_ADMIN_URL}: ${(e as Error).message}`);
    pgReachable = false;
  }
  return pgReachable;
}

export type ProviderName = "sqlite" | "postgresql";
export const PROVIDERS: ProviderName[] = ["sqlite", "postgresql"];

export interface TestDb {
  db: DbHandle;
  url: string;
  drop(): Promise<void>;
}

/** An empty, unmigrated database of the given provider. */
export async function emptyDatabase(provider: ProviderName): Promise<TestDb> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "policing-graph-test-"));
    const url = `file:${join(dir, "test.db")}`;
    const db = createDb(url);
    return {
      db,
      url,
      drop: async () => {
        await db.prisma.$disconnect();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `policing_graph_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${name}`;
  const url = u.toString();
  const db = createDb(url);
  return {
    db,
    url,
    drop: async () => {
      await db.prisma.$disconnect();
      if (!name.startsWith("policing_graph_test_")) throw new Error(`refusing to drop ${name}: not a test database`);
      const a = new pg.Client({ connectionString: PG_ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
    },
  };
}

/** A migrated database loaded with data/. */
export async function seededDatabase(provider: ProviderName): Promise<TestDb> {
  const t = await emptyDatabase(provider);
  await prepareDatabase(t.db, { seed: "always" });
  return t;
}

/** The providers to test on: SQLite always; PostgreSQL when reachable (and always under REQUIRE_SERVICES). */
export async function availableProviders(): Promise<ProviderName[]> {
  return (await postgresAvailable()) ? PROVIDERS : ["sqlite"];
}
