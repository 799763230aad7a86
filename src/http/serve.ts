// Runs the HTTP server of one instance from a parsed configuration: migrates and seeds an empty database first,
// then listens; on SIGINT or SIGTERM it stops accepting connections and lets in-flight requests finish (at most
// SHUTDOWN_TIMEOUT_MS), then closes the database pool and Redis and exits 0. src/server.ts calls it for `npm start`;
// the benchmark harness (scripts/bench/server.ts) calls it with its own plugins.
import type { Plugin } from "graphql-yoga";
import { createServer as createHttpServer } from "node:http";
import type { Config } from "../config.js";
import { createDb, type DbHandle } from "../store/db.js";
import { prepareDatabase } from "../data/bootstrap.js";
import { createServer } from "./yoga.js";
import { createSharedState } from "../store/redis.js";
import { graphIndexInfo, graphView, setGraphIndex } from "../read/graph-index.js";
import { createLogger } from "../log.js";

export interface ServeOptions {
  /** Extra Yoga plugins, given the instance's database handle (benchmarks: scripts/bench/statement-counter.ts). */
  plugins?: (db: DbHandle) => Plugin[];
}

export async function serve(config: Config, opts: ServeOptions = {}): Promise<void> {
  const logger = createLogger(config.LOG_LEVEL);
  // Last resort, not a way of handling errors: every failure we know of is handled where it happens, but a
  // promise some library rejects with no one listening must cost one request at most, not the process and every
  // request in flight in it (Node's default for an unhandled rejection is to exit).
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection; the process goes on"));
  const db = createDb(config.DATABASE_URL, {
    poolSize: config.DATABASE_POOL_SIZE,
    statementTimeoutMs: config.STATEMENT_TIMEOUT_MS,
    connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
  });
  const { migrations, seeded } = await prepareDatabase(db, { seed: config.AUTO_SEED ? "if-empty" : "never" });
  if (migrations.length) logger.info(`Applied migrations: ${migrations.join(", ")}`);
  if (seeded)
    logger.info(`Loaded data/: ${seeded.entities} entities, ${seeded.relations} relationships, ${seeded.claims} claims, ${seeded.sources} sources`);
  // Build the in-memory graph for path searches now rather than on the first search (graph-index.ts).
  setGraphIndex(db, config.GRAPH_INDEX);
  const t0 = performance.now();
  if (config.GRAPH_INDEX) graphView(db).then(
    () => {
      const info = graphIndexInfo(db);
      if (info) logger.info({ edges: info.edges, mb: Math.round(info.bytes / 1e6), ms: Math.round(performance.now() - t0) }, "graph index built");
    },
    (e: unknown) => logger.warn({ err: e }, "graph index not built; path searches will build it"),
  );
  const shared = createSharedState({
    redisUrl: config.REDIS_URL,
    prefix: config.REDIS_PREFIX,
    cacheTtlMs: config.RESPONSE_CACHE_TTL_MS,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    logger,
  });
  const yoga = createServer({
    db,
    graphiql: config.GRAPHIQL,
    introspection: config.INTROSPECTION,
    persistedOperationsOnly: config.PERSISTED_OPERATIONS_ONLY,
    logging: config.LOG_LEVEL !== "silent",
    logger,
    shared,
    maxRequestBodySize: config.MAX_REQUEST_BODY_BYTES,
    trustProxy: config.TRUST_PROXY,
    metrics: config.METRICS,
    plugins: opts.plugins?.(db),
  });
  const server = createHttpServer(yoga);
  server.listen(config.PORT, config.HOST, () => {
    const where = db.provider === "sqlite" ? db.url : "PostgreSQL";
    logger.info(
      { profile: config.PROFILE, redis: Boolean(config.REDIS_URL), graphiql: config.GRAPHIQL, introspection: config.INTROSPECTION },
      `GraphQL API on http://localhost:${config.PORT}/graphql (${where})`,
    );
    logger.info(`Web explorer on http://localhost:${config.PORT}/`);
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: no new connections, waiting for in-flight requests");
    const finish = async (code: number) => {
      await Promise.allSettled([db.prisma.$disconnect(), shared.close()]);
      logger.info("stopped");
      process.exit(code);
    };
    server.close(() => void finish(0));
    // Keep-alive connections that finish their request become idle: close them as they do.
    server.closeIdleConnections();
    setInterval(() => server.closeIdleConnections(), 100).unref();
    setTimeout(() => {
      logger.warn({ graceMs: config.SHUTDOWN_TIMEOUT_MS }, "grace period over: closing the connections still open (e.g. subscriptions)");
      server.closeAllConnections();
      void finish(0);
    }, config.SHUTDOWN_TIMEOUT_MS).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

