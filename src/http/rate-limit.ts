// Per-client rate limit: a fixed one-minute window per client (the API key when one is sent, else the client IP),
// counted in Redis so every instance shares the budget, or in this process while Redis is absent or away.
// Over the limit: HTTP 429 with Retry-After and a GraphQL error with extensions.code RATE_LIMITED.
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Plugin } from "graphql-yoga";
import type { RedisHub } from "../store/shared.js";

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Milliseconds until the window resets. */
  resetMs: number;
}

export interface RateLimiter {
  perMinute: number;
  hit(client: string): Promise<RateDecision>;
}

const WINDOW_MS = 60_000;

export function createRateLimiter(opts: { perMinute: number; hub: RedisHub | null; prefix: string }): RateLimiter {
  const { perMinute, hub, prefix } = opts;
  const memory = new Map<string, { window: number; count: number }>();
  const decide = (count: number, window: number): RateDecision => ({
    allowed: count <= perMinute,
    limit: perMinute,
    remaining: Math.max(0, perMinute - count),
    resetMs: (window + 1) * WINDOW_MS - Date.now(),
  });
  const inMemory = (client: string, window: number) => {
    let e = memory.get(client);
    if (!e || e.window !== window) {
      if (memory.size > 100_000) for (const [k, v] of memory) if (v.window !== window) memory.delete(k);
      e = { window, count: 0 };
      memory.set(client, e);
    }
    return ++e.count;
  };
  return {
    perMinute,
    async hit(client) {
      const window = Math.floor(Date.now() / WINDOW_MS);
      if (hub?.isUp()) {
        try {
          const key = `${prefix}rl:${client}:${window}`;
          const [[, count]] = (await hub.client.multi().incr(key).pexpire(key, WINDOW_MS * 2).exec()) as [[Error | null, number]];
          return decide(count, window);
        } catch {
          // Redis went away mid-request: count here.
        }
      }
      return decide(inMemory(client, window), window);
    },
  };
}

/** Who a request counts against: its API key (hashed; never stored or logged) or its IP address. */
export function clientOf(request: Request, serverContext: unknown, trustProxy: boolean): string {
  const auth = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? request.headers.get("x-api-key");
  if (auth) return `key:${createHash("sha256").update(auth).digest("hex").slice(0, 24)}`;
  if (trustProxy) {
    const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return `ip:${forwarded}`;
  }
  const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
  return `ip:${req?.socket?.remoteAddress ?? "unknown"}`;
}

/** The rate limit as a Yoga plugin; /health, /ready and /metrics are not counted. */
export function useRateLimit(limiter: RateLimiter, opts: { trustProxy: boolean }): Plugin {
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== "/graphql" && !url.pathname.startsWith("/export")) return;
      const d = await limiter.hit(clientOf(request, serverContext, opts.trustProxy));
      if (d.allowed) return;
      const retryAfter = Math.max(1, Math.ceil(d.resetMs / 1000));
      const accept = request.headers.get("accept") ?? "";
      const type = accept.includes("application/graphql-response+json") ? "application/graphql-response+json" : "application/json";
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [
              {
                message: `Rate limit exceeded: at most ${d.limit} requests per minute; retry in ${retryAfter} s`,
                extensions: { code: "RATE_LIMITED", limit: d.limit, retryAfter },
              },
            ],
          }),
          {
            status: 429,
            headers: {
              "content-type": `${type}; charset=utf-8`,
              "retry-after": String(retryAfter),
              "ratelimit-limit": String(d.limit),
              "ratelimit-remaining": "0",
              "ratelimit-reset": String(retryAfter),
            },
          },
        ),
      );
    },
  };
}
