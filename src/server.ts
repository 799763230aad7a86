// Starts the HTTP server: `npm start`. Migrates and seeds an empty database first, then listens; on SIGINT or
// SIGTERM it stops accepting connections and lets in-flight requests finish.
import { createServer as createHttpServer } from "node:http";
import { loadConfig } from "./config.js";
import { createDb } from "./db.js";
import { prepareDatabase } from "./bootstrap.js";
import { createServer } from "./yoga.js";

async function main() {
  const config = loadConfig();
  const db = createDb(config.DATABASE_URL);
  const { migrations, seeded } = await prepareDatabase(db, { seed: config.AUTO_SEED ? "if-empty" : "never" });
  if (migrations.length) console.log(`Applied migrations: ${migrations.join(", ")}`);
  if (seeded)
    console.log(`Loaded data/: ${seeded.entities} entities, ${seeded.relations} relationships, ${seeded.claims} claims, ${seeded.sources} sources`);
  const yoga = createServer({ db, graphiql: config.GRAPHIQL, introspection: config.INTROSPECTION });
  const server = createHttpServer(yoga);
  server.listen(config.PORT, config.HOST, () => {
    const where = db.provider === "sqlite" ? db.url : "PostgreSQL";
    console.log(`GraphQL API on http://localhost:${config.PORT}/graphql (${where})`);
  });
  const stop = () => {
    server.close(() => void db.prisma.$disconnect().finally(() => process.exit(0)));
    server.closeIdleConnections?.();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
