// Every environment variable the server reads, parsed once, with clear errors. docs/deployment.md lists them.
import { fileURLToPath } from "node:url";
import { z } from "zod";

export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DEFAULT_DATABASE_URL = `file:${PROJECT_ROOT}var/policing-graph.db`;

const Bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

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
  /** Largest request body (bytes); larger requests get 413. */
  MAX_REQUEST_BODY_BYTES: z.coerce.number().int().min(1_000).default(100_000),
  /** PostgreSQL: statements running longer are cancelled; SQLite: aggregate scans (worker thread) are answered so (QUERY_TIMEOUT, 503); 0 = no limit. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** PostgreSQL: connections per instance. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  /** PostgreSQL: how long to wait for a connection before answering SERVICE_UNAVAILABLE. */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /** Serve Prometheus metrics at GET /metrics. */
  METRICS: Bool.default(true),
  /** On SIGTERM/SIGINT, how long in-flight requests may take before the process exits anyway. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
}).transform((c) => {
  const production = c.PROFILE === "production" || (c.PROFILE === undefined && c.NODE_ENV === "production");
  const GRAPHIQL = c.GRAPHIQL ?? !production;
  return { ...c, PROFILE: production ? ("production" as const) : ("development" as const), GRAPHIQL, INTROSPECTION: c.INTROSPECTION ?? (production ? (c.GRAPHIQL ?? false) : true) };
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
