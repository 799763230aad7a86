// Per-client rate limit: a fixed one-minute window of cost units per client (the verified API key, else the client
// address: clients.ts), counted in Redis so every instance shares the budget, or in this process while Redis is
// absent or away. Over the limit: HTTP 429 with Retry-After and a GraphQL error with extensions.code RATE_LIMITED.
import { complexityFromQuery } from "@pothos/plugin-complexity";
import { GraphQLError, getOperationAST, type DocumentNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import { schema } from "../schema/index.js";
import type { RedisHub } from "../store/shared.js";
import { identityOf, resolveIdentity, type ConcurrencyGate, type IdentityOptions } from "./clients.js";

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Milliseconds until the window resets. */
  resetMs: number;
}

export interface RateLimiter {
  perMinute: number;
  /** Charges `cost` units of the client's budget for this minute. */
  hit(client: string, cost?: number): Promise<RateDecision>;
  /** What the client used this minute, without charging. */
  peek(client: string): Promise<{ count: number; resetMs: number }>;
}

const WINDOW_MS = 60_000;

export function createRateLimiter(opts: { perMinute: number; hub: RedisHub | null; prefix: string }): RateLimiter {
  const { perMinute, hub, prefix } = opts;
  const memory = new Map<string, { window: number; count: number }>();
  const resetMs = (window: number) => (window + 1) * WINDOW_MS - Date.now();
  const decide = (count: number, window: number): RateDecision => ({
    allowed: count <= perMinute,
    limit: perMinute,
    remaining: Math.max(0, perMinute - count),
    resetMs: resetMs(window),
  });
  const inMemory = (client: string, window: number, cost: number) => {
    let e = memory.get(client);
    if (!e || e.window !== window) {
      if (memory.size > 100_000) for (const [k, v] of memory) if (v.window !== window) memory.delete(k);
      e = { window, count: 0 };
      memory.set(client, e);
    }
    return (e.count += cost);
  };
  return {
    perMinute,
    async hit(client, cost = 1) {
      const window = Math.floor(Date.now() / WINDOW_MS);
      if (hub?.isUp()) {
        try {
          const key = `${prefix}rl:${client}:${window}`;
          const [[, count]] = (await hub.client.multi().incrby(key, cost).pexpire(key, WINDOW_MS * 2).exec()) as [[Error | null, number]];
          return decide(count, window);
        } catch {
          // Redis went away mid-request: count here.
        }
      }
      return decide(inMemory(client, window, cost), window);
    },
    async peek(client) {
      const window = Math.floor(Date.now() / WINDOW_MS);
      if (hub?.isUp()) {
        try {
          return { count: Number((await hub.client.get(`${prefix}rl:${client}:${window}`)) ?? 0), resetMs: resetMs(window) };
        } catch {
          // as in hit
        }
      }
      const e = memory.get(client);
      return { count: e?.window === window ? e.count : 0, resetMs: resetMs(window) };
    },
  };
}

/**
 * What a request costs of its client's budget (docs/deployment.md, "Rate limits"): a query 1 per started
 * `queryComplexityUnit` rows of its cost (the row cost of builder.ts, at most the 20,000-row budget, so a lookup
 * costs 1 and the largest query `maxQuery`), a mutation or a subscription a fixed weight, an export a larger one.
 */
export const COSTS = { queryComplexityUnit: 500, maxQuery: 40, mutation: 10, subscription: 10, export: 50 } as const;

export function operationCost(kind: "query" | "mutation" | "subscription", complexity: number): number {
  if (kind === "mutation") return COSTS.mutation;
  if (kind === "subscription") return COSTS.subscription;
  return Math.min(COSTS.maxQuery, Math.max(1, Math.ceil(complexity / COSTS.queryComplexityUnit)));
}

export interface ClientLimitsOptions extends IdentityOptions {
  /** The request budget (null: no rate limit; identities and caps still apply). */
  limiter: RateLimiter | null;
  subscriptions: ConcurrencyGate;
}

const isExport = (path: string) => path === "/export" || path.startsWith("/export/");

function refusal(fetchAPI: { Response: typeof Response }, request: Request, status: number, message: string, extensions: Record<string, unknown>, retryAfter: number, limit?: number) {
  const accept = request.headers.get("accept") ?? "";
  const type = accept.includes("application/graphql-response+json") ? "application/graphql-response+json" : "application/json";
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions }] }), {
    status,
    headers: {
      "content-type": `${type}; charset=utf-8`,
      "retry-after": String(retryAfter),
      ...(limit !== undefined ? { "ratelimit-limit": String(limit), "ratelimit-remaining": "0", "ratelimit-reset": String(retryAfter) } : {}),
    },
  });
}

function rateLimited(d: RateDecision): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil(d.resetMs / 1000));
  return new GraphQLError(`Rate limit exceeded: at most ${d.limit} units per minute (see docs/deployment.md for what costs what); retry in ${retryAfter} s`, {
    extensions: { code: "RATE_LIMITED", limit: d.limit, retryAfter, http: { status: 429, headers: { "retry-after": String(retryAfter) } } },
  });
}

/**
 * Per-client limits as a Yoga plugin: resolves who the request is (clients.ts), refuses addresses that keep sending
 * invalid keys, charges the request's cost (1 when it arrives, the rest once its operation is known), and caps the
 * subscriptions a client holds open. /health, /ready and /metrics are not counted.
 */
export function useClientLimits(opts: ClientLimitsOptions): Plugin {
  const { limiter, subscriptions } = opts;
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== "/graphql" && !isExport(url.pathname)) return;
      const { identity, refused } = await resolveIdentity(request, serverContext, opts);
      if (limiter) {
        // A refused request counts too: an address gets no free requests by sending invalid keys.
        const d = await limiter.hit(identity.id, isExport(url.pathname) && request.method === "GET" && !refused ? COSTS.export : 1);
        if (!d.allowed) {
          const e = rateLimited(d);
          const retryAfter = e.extensions.retryAfter as number;
          return endResponse(refusal(fetchAPI, request, 429, e.message, { code: "RATE_LIMITED", limit: d.limit, retryAfter }, retryAfter, d.limit));
        }
      }
      if (refused) {
        const message = `Too many invalid API keys from this address: at most ${refused.limit} per minute; retry in ${refused.retryAfter} s`;
        endResponse(refusal(fetchAPI, request, 429, message, { code: "TOO_MANY_INVALID_KEYS", retryAfter: refused.retryAfter }, refused.retryAfter));
      }
    },
    async onExecute({ args, setResultAndStopExecution }) {
      if (!limiter) return;
      const request = (args.contextValue as { request?: Request }).request;
      const op = getOperationAST(args.document, args.operationName);
      if (!request || !op) return;
      const extra = operationCost(op.operation, complexityOf(args.document, args.variableValues)) - 1;
      if (extra <= 0) return;
      const d = await limiter.hit(identityOf(request).id, extra);
      if (!d.allowed) setResultAndStopExecution({ errors: [rateLimited(d)] });
    },
    async onSubscribe({ args, setResultAndStopExecution }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (!request) return;
      const client = identityOf(request).id;
      if (limiter) {
        const d = await limiter.hit(client, COSTS.subscription - 1);
        if (!d.allowed) return setResultAndStopExecution({ errors: [rateLimited(d)] });
      }
      const slot = subscriptions.acquire(client);
      if ("refused" in slot) {
        const limit = slot.refused === "client" ? subscriptions.perClient : subscriptions.total;
        const message =
          slot.refused === "client"
            ? `Too many open subscriptions: at most ${limit} per client; close one first`
            : `Too many open subscriptions on this server (${limit}); retry later`;
        return setResultAndStopExecution({
          errors: [new GraphQLError(message, { extensions: { code: "TOO_MANY_SUBSCRIPTIONS", limit, http: { status: 429, headers: { "retry-after": "5" } } } })],
        });
      }
      return {
        onSubscribeResult({ result }) {
          // Only a stream holds the slot; an error result ends at once.
          if (!isAsyncIterable(result)) return slot.release();
          return { onEnd: slot.release };
        },
        onSubscribeError() {
          slot.release();
        },
      };
    },
  };
}

const isAsyncIterable = (x: unknown): x is AsyncIterable<unknown> => x != null && typeof (x as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function";

function complexityOf(document: DocumentNode, variables: Record<string, unknown> | null | undefined): number {
  try {
    return complexityFromQuery(document, { schema, variables: variables ?? {} }).complexity;
  } catch {
    // Invalid variables: execution refuses the request itself.
    return 1;
  }
}
