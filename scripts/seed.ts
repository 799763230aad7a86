// Migrates the database DATABASE_URL names (the embedded SQLite file by default) and loads data/ into it:
// `npm run seed`. Idempotent: running it again changes nothing unless data/ changed.
import { loadConfig } from "../src/config.js";
import { DataErrors } from "../src/data/read.js";
import { createDb } from "../src/store/db.js";
import { prepareDatabase } from "../src/data/bootstrap.js";

const db = createDb(loadConfig().DATABASE_URL);
try {
  const { migrations, seeded } = await prepareDatabase(db, { seed: "always" });
  if (migrations.length) console.log(`Applied migrations: ${migrations.join(", ")}`);
  const s = seeded!;
  console.log(
    `Loaded ${s.entities} entities, ${s.relations} relationships, ${s.claims} claims, ${s.sources} sources, ${s.citations} citations ` +
      `(${s.written.created} rows created, ${s.written.updated} updated, ${s.written.deleted} deleted).`,
  );
} catch (e) {
  console.error(e instanceof DataErrors ? e.message : e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  await db.prisma.$disconnect();
}
