// The GraphQL server: Yoga over the Pothos schema. Unexpected errors are masked (no stack traces or SQL reach a
// client) and logged; expected ones carry extensions.code. Abusive documents are refused before execution:
// depth, aliases, tokens and directives at parse/validation time (graphql-armor), cost at the start of execution
// (Pothos complexity, see builder.ts), so no SQL runs for them.
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { NoSchemaIntrospectionCustomRule } from "graphql";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import { schema } from "../schema/index.js";
import { createContext, type Context } from "../read/context.js";
import type { DbHandle } from "../store/db.js";
import { databaseInputError, useInputErrors } from "../errors.js";
import { useExports } from "./exports.js";
import { usePersistedDocuments } from "./persisted.js";
import { useWebExplorer } from "./web.js";
import { useResponseCache } from "@graphql-yoga/plugin-response-cache";
import { useOperations, yogaLogger } from "./observability.js";
import { createRateLimiter, useRateLimit } from "./rate-limit.js";
import { attachShared, type SharedState } from "../store/shared.js";
import { maskError } from "./unavailable.js";
import { createLogger, silentLogger, type Logger } from "../log.js";

export interface YogaOptions {
  db: DbHandle;
  graphiql?: boolean;
  introspection?: boolean;
  logging?: boolean;
  /** Run only the persisted operations of client/generated/persisted-documents.json (src/http/persisted.ts). */
  persistedOperationsOnly?: boolean;
  /** The built web explorer served at / (src/http/web.ts); defaults to web/dist, false serves none. */
  webDist?: string | false;
  /** Response cache, change events and rate limit shared with other instances (src/store/redis.ts); none: no cache, no limit. */
  shared?: SharedState;
  /** Structured logs (pino); default: info to stdout unless `logging` is false. */
  logger?: Logger;
  /** Largest request body in bytes (413 above); default 100 kB. */
  maxRequestBodySize?: number;
  /** Rate limits take the client IP from X-Forwarded-For. */
  trustProxy?: boolean;
  /** GET /metrics (Prometheus); default true. */
  metrics?: boolean;
  /** Extra plugins, after the built-in ones (benchmarks: scripts/bench/statement-counter.ts). */
  plugins?: Plugin[];
}

/** Document limits; docs/limits.md explains the numbers. */
export const DOCUMENT_LIMITS = { depth: 14, aliases: 30, tokens: 4000, directives: 20 };

const json = (R: typeof Response, body: unknown, status = 200) =>
  new R(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8" } });

/**
 * GET /ready: the database answers (503 otherwise). Redis is reported ("up", "down" or "none") but does not make
 * the instance unready: without it the instance serves with its cache off (docs/deployment.md). GET /health
 * (alive) is Yoga's own.
 */
function useReadiness(db: DbHandle, shared: SharedState | undefined): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === "/ready") {
        const up = await db.prisma.$queryRawUnsafe("SELECT 1").then(
          () => true,
          () => false,
        );
        const redis = shared?.redisUp() ?? null;
        endResponse(
          json(
            fetchAPI.Response,
            { status: up ? "ready" : "unavailable", database: db.provider, redis: redis === null ? "none" : redis ? "up" : "down" },
            up ? 200 : 503,
          ),
        );
      }
    },
  };
}

/** graphql-armor's rejections are client errors: give them a code and a 400 status. */
const rejectAsClientError = [
  (_ctx: unknown, error: { extensions: Record<string, unknown> }) => {
    Object.assign(error.extensions, { code: "QUERY_TOO_COMPLEX", http: { status: 400 } });
  },
];

function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

export function createServer(opts: YogaOptions): YogaServerInstance<Record<string, never>, Context> {
  const introspection = opts.introspection ?? true;
  const logger = opts.logging === false ? silentLogger : (opts.logger ?? createLogger("info"));
  const shared = opts.shared;
  if (shared) attachShared(opts.db, shared);
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: (opts.graphiql ?? true) && introspection && !opts.persistedOperationsOnly,
    landingPage: false,
    healthCheckEndpoint: "/health",
    logging: opts.logging === false ? false : yogaLogger(logger),
    // A value the database refused as data is the client's: BAD_USER_INPUT (src/errors.ts), else masked as usual.
    maskedErrors: { maskError: (error, message, isDev) => databaseInputError(error) ?? maskError(error, message, isDev) },
    maxRequestBodySize: opts.maxRequestBodySize ?? 100_000,
    context: ({ request }) => createContext(opts.db, request),
    plugins: [
      useOperations({ logger, metrics: opts.metrics }),
      ...(shared?.rateLimitPerMinute
        ? [useRateLimit(createRateLimiter({ perMinute: shared.rateLimitPerMinute, hub: shared.hub, prefix: shared.prefix }), { trustProxy: opts.trustProxy ?? false })]
        : []),
      ...(opts.plugins ?? []),
      useReadiness(opts.db, shared),
      useExports(opts.db),
      ...(opts.webDist === false ? [] : [useWebExplorer({ dist: opts.webDist })]),
      ...usePersistedDocuments({ only: opts.persistedOperationsOnly ?? false }),
      maxDepthPlugin({ n: DOCUMENT_LIMITS.depth, exposeLimits: true, onReject: rejectAsClientError }),
      maxAliasesPlugin({ n: DOCUMENT_LIMITS.aliases, exposeLimits: true, onReject: rejectAsClientError }),
      maxTokensPlugin({ n: DOCUMENT_LIMITS.tokens, exposeLimits: true, onReject: rejectAsClientError }),
      maxDirectivesPlugin({ n: DOCUMENT_LIMITS.directives, exposeLimits: true, onReject: rejectAsClientError }),
      ...(introspection ? [] : [useNoIntrospection()]),
      useInputErrors(),
      // Shared response cache: anonymous reads only (a request with an API key bypasses it); a mutation's result
      // invalidates the objects it returns (typename + global id), publishChange (events.ts) what else went stale.
      ...(shared?.cache
        ? [
            useResponseCache({
              session: () => null,
              enabled: (request) => !request.headers.has("authorization") && !request.headers.has("x-api-key"),
              cache: shared.cache,
              ttl: shared.cacheTtlMs,
              idFields: ["id"],
              invalidateViaMutation: true,
            }),
          ]
        : []),
    ],
  });
}
