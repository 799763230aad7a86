// Prisma CLI configuration, for `prisma generate` and for creating migrations (`migrate diff`). Prisma 6.19's
// JavaScript schema engine (`engine: "js"`) drives the CLI through the same driver adapters as the client, so no
// native engine is downloaded (see docs/stack.md). The server and tests apply migrations themselves
// (src/migrate.ts). The provider is chosen like the server does: PostgreSQL when DATABASE_URL says so.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

// Prisma 6 still reads url = env("DATABASE_URL") from the datasource; an unset env() makes the CLI look for a
// native engine, so give it the embedded default first.
process.env.DATABASE_URL ??= "file:./var/dev.db";
const url = process.env.DATABASE_URL;
const isPg = /^postgres(ql)?:/.test(url);
const dir = isPg ? "prisma/postgres" : "prisma/sqlite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `${dir}/schema.prisma`,
  migrations: { path: `${dir}/migrations` },
  async adapter() {
    return isPg ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url });
  },
});
