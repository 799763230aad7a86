// Brings a database to a usable state: applies pending migrations and, when it holds no entity yet, loads the
// curated data of data/. Used by `npm start`, the CLI and the tests.
import { join } from "node:path";
import { PROJECT_ROOT } from "../config.js";
import { loadDataDir, type LoadSummary } from "./load.js";
import { refreshStatistics, type DbHandle } from "../store/db.js";
import { migrate } from "../store/migrate.js";

export const DATA_DIR = join(PROJECT_ROOT, "data");

export async function prepareDatabase(
  db: DbHandle,
  opts: { seed?: "if-empty" | "always" | "never"; dataDir?: string } = {},
): Promise<{ migrations: string[]; seeded: LoadSummary | null }> {
  const migrations = await migrate(db.url);
  const mode = opts.seed ?? "if-empty";
  let seeded: LoadSummary | null = null;
  if (mode === "always" || (mode === "if-empty" && (await db.prisma.entity.count()) === 0))
  {
    seeded = await loadDataDir(db.prisma, opts.dataDir ?? DATA_DIR);
    await refreshStatistics(db);
  }
  return { migrations, seeded };
}
