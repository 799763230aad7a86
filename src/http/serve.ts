// Runs the HTTP server of one instance from a parsed configuration: migrates and seeds an empty database first,
// then listens; on SIGINT or SIGTERM it drains: /ready answers 503, after SHUTDOWN_DELAY_MS it stops accepting
// connections, lets in-flight requests finish (at most SHUTDOWN_TIMEOUT_MS) with `Connection: close`, then closes
// the database pool and Redis and exits 0. src/server.ts calls it for `npm start`;
// the benchmark harness (scripts/bench/server.ts) calls it with its own plugins.
import type { Plugin } from "graphql-yoga";
import { createServer as createHttpServer, type Server } from "node:http";
import { Server as NetServer, type Socket } from "node:net";
import { isPostgresUrl, type Config } from "../config.js";
import { createDb, lockSqliteServer, type DbHandle } from "../store/db.js";
import { prepareDatabase } from "../data/bootstrap.js";
import { createServer, type PluginName } from "./yoga.js";
import { createSharedState } from "../store/redis.js";
import { EVERY_ANSWER } from "../store/shared.js";
import { graphIndexInfo, graphView, setGraphIndex } from "../read/graph-index.js";
import { createLogger } from "../log.js";
import { metricsEndpointOf, metricsResponse } from "./observability.js";

const netClose = NetServer.prototype.close;

/** Per connection: responses still owed, for the shutdown logs. */
function trackConnections(server: Server) {
  const state = new Map<Socket, { open: number }>();
  server.on("connection", (socket) => {
    state.set(socket, { open: 0 });
    socket.once("close", () => state.delete(socket));
  });
  server.on("request", (req, res) => {
    const s = state.get(req.socket);
    if (!s) return;
    s.open++;
    res.once("close", () => void s.open--);
  });
  return { inFlight: () => [...state.values()].reduce((n, s) => n + s.open, 0) };
}

/** GET /metrics alone, on a port of its own (METRICS_PORT), for a scraper on the internal network. */
function serveMetrics(port: number, host: string): Server {
  const server = createHttpServer((req, res) => {
    if (req.method !== "GET" || req.url?.split("?")[0] !== "/metrics") {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found: GET /metrics\n");
      return;
    }
    metricsResponse().then(
      ({ body, contentType }) => res.writeHead(200, { "content-type": contentType }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  return server.listen(port, host);
}

export interface ServeOptions {
  /** Extra Yoga plugins, given the instance's database handle (benchmarks: scripts/bench/statement-counter.ts). */
  plugins?: (db: DbHandle) => Plugin[];
  /** Built-in plugins to leave out (src/http/yoga.ts `without`): only scripts/bench/overhead.ts, to price each one. */
  without?: readonly PluginName[];
}

export async function serve(config: Config, opts: ServeOptions = {}): Promise<void> {
  const logger = createLogger(config.LOG_LEVEL);
  // Last resort, not a way of handling errors: every failure we know of is handled where it happens, but a
  // promise some library rejects with no one listening must cost one request at most, not the process and every
  // request in flight in it (Node's default for an unhandled rejection is to exit).
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection; the process goes on"));
  // One server per SQLite file (a second one refuses to start); the CLI may still write beside it.
  const unlock = isPostgresUrl(config.DATABASE_URL) ? () => {} : lockSqliteServer(config.DATABASE_URL);
  const db = createDb(config.DATABASE_URL, {
    poolSize: config.DATABASE_POOL_SIZE,
    statementTimeoutMs: config.STATEMENT_TIMEOUT_MS,
    connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    queryTimeoutMs: config.DATABASE_QUERY_TIMEOUT_MS,
    pingTimeoutMs: config.READY_TIMEOUT_MS,
    outageReminderMs: config.OUTAGE_LOG_INTERVAL_MS,
    logger,
    // SQLite: a write waits at most this long, blocking, for a CLI import's lock, then retries asynchronously.
    busyTimeoutMs: 100,
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
    commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
    outageReminderMs: config.OUTAGE_LOG_INTERVAL_MS,
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
    trustProxyHops: config.TRUST_PROXY_HOPS,
    clientLimits: {
      invalidKeysPerMinute: config.INVALID_KEYS_PER_MINUTE,
      exportsPerClient: config.EXPORTS_PER_CLIENT,
      exportsTotal: config.EXPORTS_TOTAL,
      subscriptionsPerClient: config.SUBSCRIPTIONS_PER_CLIENT,
      subscriptionsTotal: config.SUBSCRIPTIONS_TOTAL,
    },
    metrics: config.METRICS,
    readyTimeoutMs: config.READY_TIMEOUT_MS,
    corsOrigins: config.CORS_ORIGINS,
    metricsEndpoint: metricsEndpointOf(config),
    draining: () => draining,
    plugins: opts.plugins?.(db),
    without: opts.without,
  });
  let draining = false;
  const server = createHttpServer(yoga);
  // Once draining, every response closes its connection, so keep-alive clients reconnect elsewhere.
  server.prependListener("request", (_req, res) => {
    if (draining) res.shouldKeepAlive = false;
  });
  const connections = trackConnections(server);
  const metricsServer = config.METRICS && config.METRICS_PORT !== undefined ? serveMetrics(config.METRICS_PORT, config.HOST) : null;
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
    draining = true;
    logger.info({ signal, inFlight: connections.inFlight() }, "shutting down: /ready 503, no new connections, waiting for in-flight requests");
    let finished = false;
    const finish = async (code: number) => {
      if (finished) return;
      finished = true;
      db.health.close();
      // Pools close only after the last response went out: an in-flight request never loses its database.
      await Promise.allSettled([db.prisma.$disconnect(), shared.close(), new Promise((r) => (metricsServer ? metricsServer.close(r) : r(null)))]);
      unlock();
      logger.info("stopped");
      process.exit(code);
    };
    setTimeout(() => {
      // net.Server's close, not http.Server's: the latter also destroys every connection without a request in
      // progress, including one accepted a moment ago whose request has not arrived yet, which drops it.
      // Idle keep-alive connections are not cut either: a request the client is sending on one right now would be
      // lost. A request that comes is served with Connection: close; one that does not lets the connection end
      // at the server's keep-alive timeout (5 s, announced to clients in Keep-Alive: timeout=5).
      netClose.call(server, () => void finish(0));
    }, config.SHUTDOWN_DELAY_MS).unref();
    setTimeout(() => {
      logger.warn({ graceMs: config.SHUTDOWN_TIMEOUT_MS, inFlight: connections.inFlight() }, "grace period over: closing the connections still open (e.g. subscriptions)");
      server.closeAllConnections();
      void finish(0);
    }, config.SHUTDOWN_DELAY_MS + config.SHUTDOWN_TIMEOUT_MS).unref();
  };
  // Sent by the CLI after an import or seed into this server's SQLite file (cli.ts): with no Redis to reach, the
  // cached answers live in this process only.
  process.on("SIGUSR2", () => {
    void shared.invalidate([EVERY_ANSWER]).then(() => logger.info("cached answers dropped after a write by another process"));
  });
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

