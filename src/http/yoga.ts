// The GraphQL server: Yoga over the Pothos schema. Unexpected errors are masked (no stack traces or SQL reach a
// client) and logged; expected ones carry extensions.code. Abusive documents are refused before execution:
// depth, aliases, tokens and directives at parse/validation time (graphql-armor), cost at the start of execution
// (Pothos complexity, see builder.ts), so no SQL runs for them.
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { hash } from "node:crypto";
import { NoSchemaIntrospectionCustomRule } from "graphql";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import { schema } from "../schema/index.js";
import { createContext, type Context } from "../read/context.js";
import type { DbHandle } from "../store/db.js";
import { databaseInputError, useInputErrors } from "../errors.js";
import { useExports, type ExportGate } from "./exports.js";
import { ConcurrencyGate, identityOf } from "./clients.js";
import { usePersistedDocuments } from "./persisted.js";
import { useOfflineGraphiQL, useWebExplorer } from "./web.js";
import { corsPolicy, useCsrfPrevention, useHiddenSuggestions, useSecurityHeaders } from "./security.js";
import { useResponseCache } from "@graphql-yoga/plugin-response-cache";
import { useOperations, yogaLogger, type MetricsEndpoint } from "./observability.js";
import { createRateLimiter, useClientLimits } from "./rate-limit.js";
import { useBodyLimit } from "./body-limit.js";
import { attachShared, type SharedState } from "../store/shared.js";
import { databaseMaskError, isLoggedAsOutage } from "./unavailable.js";
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
  /** With trustProxy: our proxies in front (the client is that many X-Forwarded-For entries from the right); default 1. */
  trustProxyHops?: number;
  /** Concurrency caps and the invalid-key guard (src/http/clients.ts); defaults as src/config.ts. */
  clientLimits?: Partial<ClientLimits>;
  /** Collect Prometheus metrics; default true. */
  metrics?: boolean;
  /** GET /ready answers 503 when the database has not answered within this time (ms); default 2000. */
  readyTimeoutMs?: number;
  /** Origins whose pages may read answers (CORS), or "*" for any; never with credentials. Default "*". */
  corsOrigins?: "*" | readonly string[];
  /** GET /metrics on this server: "open", behind a bearer token, or "closed" (served elsewhere or not at all); default "open". */
  metricsEndpoint?: MetricsEndpoint;
  /** True once the process drains for shutdown: GET /ready answers 503 (src/http/serve.ts). */
  draining?: () => boolean;
  /** Extra plugins, after the built-in ones (benchmarks: scripts/bench/statement-counter.ts). */
  plugins?: Plugin[];
  /**
   * Built-in plugins to leave out, by name. Only for measuring what each costs (scripts/bench/overhead.ts); a server
   * that serves clients leaves none out.
   */
  without?: readonly PluginName[];
}

/** The built-in plugins of createServer, in the order they run. */
export const PLUGIN_NAMES = [
  "securityHeaders",
  "csrf",
  "bodyLimit",
  "operations",
  "clientLimits",
  "extra",
  "readiness",
  "exports",
  "graphiql",
  "web",
  "persisted",
  "maxDepth",
  "maxAliases",
  "maxTokens",
  "maxDirectives",
  "noIntrospection",
  "inputErrors",
  "responseCache",
] as const;
export type PluginName = (typeof PLUGIN_NAMES)[number];

export interface ClientLimits {
  invalidKeysPerMinute: number;
  exportsPerClient: number;
  exportsTotal: number;
  subscriptionsPerClient: number;
  subscriptionsTotal: number;
}
const CLIENT_LIMITS: ClientLimits = { invalidKeysPerMinute: 10, exportsPerClient: 2, exportsTotal: 4, subscriptionsPerClient: 20, subscriptionsTotal: 2_000 };

/** Document limits; docs/limits.md explains the numbers. */
export const DOCUMENT_LIMITS = { depth: 14, aliases: 30, tokens: 4000, directives: 20 };

const json = (R: typeof Response, body: unknown, status = 200) =>
  new R(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8" } });

/**
 * GET /ready: the database answers within `timeoutMs` (503 otherwise: a partitioned database never answers, and a
 * probe waiting for it would hang the load balancer's check). Redis is reported ("up", "down" or "none") but does
 * not make the instance unready: without it the instance serves with its cache off and limits counted locally
 * (docs/deployment.md). GET /health (alive) is Yoga's own.
 */
function useReadiness(db: DbHandle, shared: SharedState | undefined, timeoutMs: number, draining: () => boolean): Plugin {
  return {
    // Not async: every other request passes without a promise.
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== "/ready") return;
      if (draining()) {
        // Shutting down: the load balancer should stop sending here while in-flight requests finish.
        return endResponse(json(fetchAPI.Response, { status: "draining", database: db.provider }, 503));
      }
      return db.ping(timeoutMs).then(
        () => true,
        () => false,
      ).then((up) => {
        const redis = shared?.redisUp() ?? null;
        endResponse(
          json(
            fetchAPI.Response,
            { status: up ? "ready" : "unavailable", database: db.provider, redis: redis === null ? "none" : redis ? "up" : "down" },
            up ? 200 : 503,
          ),
        );
      });
    },
  };
}

/** graphql-armor's rejections are client errors: give them a code and a 400 status. */
const rejectAsClientError = [
  (_ctx: unknown, error: { extensions: Record<string, unknown> }) => {
    Object.assign(error.extensions, { code: "QUERY_TOO_COMPLEX", http: { status: 400 } });
  },
];

/** JSON with every object's keys sorted, so that the same variables sent in another order share a cache key. */
function sortedJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(",")}]`;
  const o = value as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .filter((k) => o[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${sortedJson(o[k])}`)
    .join(",")}}`;
}

/**
 * The response cache's key: sha256 of the document, operation name, variables (keys sorted) and session, as the
 * plugin's default (@envelop/response-cache `defaultBuildResponseCacheKey`), but hashed synchronously by node:crypto
 * over an unambiguous JSON array: the default hashes through WebCrypto's asynchronous digest, a job on the thread
 * pool per request, a fifth to a quarter of the CPU of a cached answer (docs/benchmarks.md, "Per-request overhead").
 */
export function responseCacheKey(p: { documentString: string; operationName?: string | null; variableValues?: unknown; sessionId?: string | null }): string {
  return hash("sha256", `[${JSON.stringify(p.documentString)},${JSON.stringify(p.operationName ?? "")},${sortedJson(p.variableValues ?? {})},${JSON.stringify(p.sessionId ?? "")}]`);
}

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
  // A handle made without a logger (tests, the CLI) logs its outages through the server that serves it.
  if (opts.db.health.defaultLogger && opts.logging !== false) {
    opts.db.health.logger = logger;
    opts.db.health.defaultLogger = false;
  }
  const graphiql = (opts.graphiql ?? true) && introspection && !opts.persistedOperationsOnly;
  const limits = { ...CLIENT_LIMITS, ...opts.clientLimits };
  const hub = shared?.hub ?? null;
  const prefix = shared?.prefix ?? "";
  const exportsGate = new ConcurrencyGate(limits.exportsPerClient, limits.exportsTotal);
  const exportSlot: ExportGate = (request) => {
    const slot = exportsGate.acquire(identityOf(request).id);
    if (!("refused" in slot)) return slot;
    const limit = slot.refused === "client" ? exportsGate.perClient : exportsGate.total;
    const message =
      slot.refused === "client" ? `Too many exports at once: at most ${limit} per client; wait for one to finish` : `Too many exports running on this server (${limit}); retry later`;
    return {
      refused: Response.json({ error: { code: "TOO_MANY_EXPORTS", limit, message } }, { status: 429, headers: { "retry-after": "5" } }),
    };
  };
  const databaseMask = databaseMaskError(opts.db);
  // The built-in plugins in order, by name (PluginName), so that each can be priced alone (`without`).
  const parts: [PluginName, Plugin[]][] = [
    ["securityHeaders", [useSecurityHeaders()]],
    ["csrf", [useCsrfPrevention()]],
    ["bodyLimit", [useBodyLimit(opts.maxRequestBodySize ?? 100_000)]],
    ["operations", [useOperations({ logger, metrics: opts.metrics, endpoint: opts.metricsEndpoint })]],
    [
      "clientLimits",
      [
        useClientLimits({
          db: opts.db,
          proxy: { trust: opts.trustProxy ?? false, hops: opts.trustProxyHops ?? 1 },
          invalidKeys: createRateLimiter({ perMinute: limits.invalidKeysPerMinute, hub, prefix }),
          limiter: shared?.rateLimitPerMinute ? createRateLimiter({ perMinute: shared.rateLimitPerMinute, hub, prefix }) : null,
          subscriptions: new ConcurrencyGate(limits.subscriptionsPerClient, limits.subscriptionsTotal),
        }),
      ],
    ],
    ["extra", opts.plugins ?? []],
    ["readiness", [useReadiness(opts.db, shared, opts.readyTimeoutMs ?? 2_000, opts.draining ?? (() => false))]],
    ["exports", [useExports(opts.db, logger, exportSlot)]],
    ["graphiql", graphiql ? [useOfflineGraphiQL({ endpoint: "/graphql", options: { title: "policing-graph GraphiQL" } })] : []],
    ["web", opts.webDist === false ? [] : [useWebExplorer({ dist: opts.webDist })]],
    ["persisted", usePersistedDocuments({ only: opts.persistedOperationsOnly ?? false })],
    ["maxDepth", [maxDepthPlugin({ n: DOCUMENT_LIMITS.depth, exposeLimits: true, onReject: rejectAsClientError })]],
    ["maxAliases", [maxAliasesPlugin({ n: DOCUMENT_LIMITS.aliases, exposeLimits: true, onReject: rejectAsClientError })]],
    ["maxTokens", [maxTokensPlugin({ n: DOCUMENT_LIMITS.tokens, exposeLimits: true, onReject: rejectAsClientError })]],
    ["maxDirectives", [maxDirectivesPlugin({ n: DOCUMENT_LIMITS.directives, exposeLimits: true, onReject: rejectAsClientError })]],
    ["noIntrospection", introspection ? [] : [useNoIntrospection(), useHiddenSuggestions()]],
    ["inputErrors", [useInputErrors()]],
    // Shared response cache: anonymous reads only (a request with an API key bypasses it); a mutation's result
    // invalidates the objects it returns (typename + global id), publishChange (events.ts) what else went stale.
    [
      "responseCache",
      shared?.cache
        ? [
            useResponseCache({
              session: () => null,
              enabled: (request) => !request.headers.has("authorization") && !request.headers.has("x-api-key"),
              cache: shared.cache,
              ttl: shared.cacheTtlMs,
              idFields: ["id"],
              invalidateViaMutation: true,
              buildResponseCacheKey: responseCacheKey,
            }),
          ]
        : [],
    ],
  ];
  const without = new Set(opts.without ?? []);
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    // Yoga's GraphiQL loads from a CDN: ours (web.ts) serves the same build from this server.
    graphiql: false,
    landingPage: false,
    cors: corsPolicy(opts.corsOrigins ?? "*"),
    healthCheckEndpoint: "/health",
    logging: opts.logging === false ? false : yogaLogger(logger, { skip: isLoggedAsOutage }),
    // A value the database refused as data is the client's: BAD_USER_INPUT (src/errors.ts); an outage is a 503
    // (src/http/unavailable.ts); anything else is masked as usual.
    maskedErrors: { maskError: (error, message, isDev) => databaseInputError(error) ?? databaseMask(error, message, isDev) },
    // Ours (body-limit.ts) counts only the bodies that need it; Yoga's would stream every one through a counter.
    maxRequestBodySize: false,
    context: ({ request }) => createContext(opts.db, request),
    plugins: parts.filter(([name]) => !without.has(name)).flatMap(([, plugins]) => plugins),
  });
}
