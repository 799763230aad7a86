// Brings a database to a usable state: applies pending migrations and, when it holds no entity yet (or a migration
// of RELOAD_AFTER was just applied to one that does), loads the curated data of data/. Used by `npm start`, the CLI
// and the tests.
import { join } from "node:path";
import { PROJECT_ROOT } from "../config.js";
import { loadDataDir, type LoadSummary } from "./load.js";
import { refreshStatistics, type DbHandle } from "../store/db.js";
import { migrate } from "../store/migrate.js";

export const DATA_DIR = join(PROJECT_ROOT, "data");

/**
 * Migrations after which a database that already holds the data is reloaded from data/, because the rows they make
 * room for come from the data files (0007_places: City entities, headquarters and seats, M49 regions). The load is
 * keyed and idempotent: it adds and updates the data files' rows and leaves what curators created alone.
 */
export const RELOAD_AFTER = new Set(["0007_places"]);

export async function prepareDatabase(
  db: DbHandle,
  opts: { seed?: "if-empty" | "always" | "never"; dataDir?: string } = {},
): Promise<{ migrations: string[]; seeded: LoadSummary | null }> {
  const migrations = await migrate(db.url);
  const mode = opts.seed ?? "if-empty";
  let seeded: LoadSummary | null = null;
  const empty = (await db.prisma.entity.count()) === 0;
  const upgrade = !empty && migrations.some((m) => RELOAD_AFTER.has(m));
  if (mode === "always" || (mode === "if-empty" && (empty || upgrade))) {
    seeded = await loadDataDir(db.prisma, opts.dataDir ?? DATA_DIR);
    await refreshStatistics(db);
  }
  return { migrations, seeded };
}
