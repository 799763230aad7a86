// Every environment variable the server reads, parsed once, with clear errors. docs/deployment.md lists them.
import { fileURLToPath } from "node:url";
import { z } from "zod";

export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DEFAULT_DATABASE_URL = `file:${PROJECT_ROOT}var/policing-graph.db`;

const Bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** `*`, `none`, or a list of origins exactly as browsers send them in `Origin` (scheme, host, port; no path). */
const CorsOrigins = z
  .string()
  .optional()
  .transform((v, ctx): "*" | string[] | undefined => {
    if (v === undefined) return undefined;
    const list = v.split(",").map((o) => o.trim()).filter(Boolean);
    if (list.length === 1 && list[0] === "*") return "*";
    if (list.length === 1 && list[0] === "none") return [];
    for (const o of list) {
      let origin: string | null = null;
      try {
        origin = new URL(o).origin;
      } catch {
        // reported below
      }
      if (origin !== o || !/^https?:/.test(o))
        ctx.addIssue({ code: "custom", message: `"${o}" is not an origin: write http(s)://host[:port], no path or trailing slash; or * or none` });
    }
    return list;
  });

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (SQLite) or postgresql:// (PostgreSQL)")
    .default(DEFAULT_DATABASE_URL),
  /** Apply migrations and load data/ into an empty database at start. */
  AUTO_SEED: Bool.default(true),
  /** Default: true, false in the production profile. */
  GRAPHIQL: Bool.optional(),
  /** Schema introspection; GraphiQL needs it, so turning it off turns GraphiQL off too. Default as GRAPHIQL. */
  INTROSPECTION: Bool.optional(),
  /** Accept only the persisted operations of client/generated/persisted-documents.json (src/http/persisted.ts). */
  PERSISTED_OPERATIONS_ONLY: Bool.default(false),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** production (also implied by NODE_ENV=production): GraphiQL and introspection off unless set. */
  PROFILE: z.enum(["development", "production"]).optional(),
  NODE_ENV: z.string().optional(),
  // Production: shared state, limits, operations (docs/deployment.md).
  /** redis://... : response cache, rate limits and subscription events shared by every instance. */
  REDIS_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^rediss?:\/\//, "must start with redis:// or rediss://").optional()),
  /** Prefix of every Redis key and channel; instances serving the same database share it. */
  REDIS_PREFIX: z.string().min(1).max(64).default("policing-graph:"),
  /** Path and neighbourhood searches over an in-memory copy of the graph (src/read/graph-index.ts); false: over SQL. */
  GRAPH_INDEX: Bool.default(true),
  /** Response cache TTL (ms); 0 turns it off. Requests with an API key bypass the cache. */
  RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(0).default(60_000),
  /** Requests per client (API key, else IP) per minute; 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** Take the client IP from X-Forwarded-For (set it behind a reverse proxy, never when exposed directly). */
  TRUST_PROXY: Bool.default(false),
  /** With TRUST_PROXY: how many proxies of ours stand in front (the client is that many entries from the right end). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  /** Requests with an invalid API key per client address per minute before its keys are refused unchecked (429). */
  INVALID_KEYS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Exports running at once per client, and in total per instance; more get 429 TOO_MANY_EXPORTS. */
  EXPORTS_PER_CLIENT: z.coerce.number().int().min(1).default(2),
  EXPORTS_TOTAL: z.coerce.number().int().min(1).default(4),
  /** Open subscriptions per client, and in total per instance; more get TOO_MANY_SUBSCRIPTIONS (429). */
  SUBSCRIPTIONS_PER_CLIENT: z.coerce.number().int().min(1).default(20),
  SUBSCRIPTIONS_TOTAL: z.coerce.number().int().min(1).default(2_000),
  /** Largest request body (bytes); larger requests get 413. */
  MAX_REQUEST_BODY_BYTES: z.coerce.number().int().min(1_000).default(100_000),
  /** PostgreSQL: statements running longer are cancelled; SQLite: aggregate scans (worker thread) are answered so (QUERY_TIMEOUT, 503); 0 = no limit. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** PostgreSQL: connections per instance. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  /** PostgreSQL: how long to wait for a connection before answering SERVICE_UNAVAILABLE. */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /**
   * PostgreSQL: client-side deadline of one statement, for when the server cannot answer at all (a network
   * partition); must exceed STATEMENT_TIMEOUT_MS. Default: STATEMENT_TIMEOUT_MS + 1 s (11 s without one).
   */
  DATABASE_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).optional(),
  /** GET /ready answers 503 when the database has not answered SELECT 1 within this time. */
  READY_TIMEOUT_MS: z.coerce.number().int().min(50).default(2_000),
  /** Redis commands unanswered after this long fail, and open the circuit (Redis skipped until it answers). */
  REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(10).default(500),
  /** While PostgreSQL or Redis is down: at most one "still unavailable" log line per this many ms. */
  OUTAGE_LOG_INTERVAL_MS: z.coerce.number().int().min(1_000).default(30_000),
  /** Collect Prometheus metrics and serve them at GET /metrics (where: METRICS_PORT, METRICS_TOKEN). */
  METRICS: Bool.default(true),
  /** Serve /metrics on this port only (not on PORT). */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** /metrics on PORT needs `Authorization: Bearer <token>`; without it the production profile does not serve it there. */
  METRICS_TOKEN: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(16, "must be at least 16 characters").optional()),
  /** On SIGTERM/SIGINT, how long /ready answers 503 while still accepting, so a load balancer stops sending first. */
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).default(0),
  /** On SIGTERM/SIGINT, how long in-flight requests may take before the process exits anyway. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /**
   * Web origins whose pages may read the API's answers (CORS): comma-separated `https://host[:port]`, `*` (any
   * origin) or `none`. Default: `*` in development, `none` in the production profile. Never with credentials.
   */
  CORS_ORIGINS: z.preprocess((v) => (v === "" ? undefined : v), CorsOrigins),
}).superRefine((c, ctx) => {
  if (c.DATABASE_QUERY_TIMEOUT_MS !== undefined && c.STATEMENT_TIMEOUT_MS > 0 && c.DATABASE_QUERY_TIMEOUT_MS <= c.STATEMENT_TIMEOUT_MS)
    ctx.addIssue({
      code: "custom",
      path: ["DATABASE_QUERY_TIMEOUT_MS"],
      message: `must exceed STATEMENT_TIMEOUT_MS (${c.STATEMENT_TIMEOUT_MS}), so that PostgreSQL cancels a slow statement before the client gives up on the connection`,
    });
}).transform((c) => {
  const production = c.PROFILE === "production" || (c.PROFILE === undefined && c.NODE_ENV === "production");
  const GRAPHIQL = c.GRAPHIQL ?? !production;
  const DATABASE_QUERY_TIMEOUT_MS = c.DATABASE_QUERY_TIMEOUT_MS ?? (c.STATEMENT_TIMEOUT_MS || 10_000) + 1_000;
  // /metrics on the public port: closed when it has a port of its own, behind the token when one is set, else open
  // in development only (the production profile must not publish its operation names and process state).
  const metricsOnPublicPort: "open" | "token" | "closed" =
    !c.METRICS || c.METRICS_PORT !== undefined ? "closed" : c.METRICS_TOKEN ? "token" : production ? "closed" : "open";
  return {
    ...c,
    DATABASE_QUERY_TIMEOUT_MS,
    PROFILE: production ? ("production" as const) : ("development" as const),
    GRAPHIQL,
    INTROSPECTION: c.INTROSPECTION ?? (production ? (c.GRAPHIQL ?? false) : true),
    CORS_ORIGINS: c.CORS_ORIGINS ?? (production ? [] : ("*" as const)),
    metricsOnPublicPort,
  };
});

export type Config = z.infer<typeof Env>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const res = Env.safeParse(env);
  if (!res.success) {
    const lines = res.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return res.data;
}

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);
