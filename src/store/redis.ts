// Shared state through Redis (REDIS_URL, optional): the response cache of every instance, the change events that
// feed subscriptions, and the rate-limit counters. Without REDIS_URL the same state lives in this process only.
//
// Redis going away never fails a request: the cache is skipped (a warning says so, once), rate limits are counted
// per instance in memory, and change events are delivered to this instance's subscribers only. When Redis
// returns, the cache namespace is flushed first (invalidations made while it was away were lost), then used again.
import { Redis } from "ioredis";
import { createRedisCache } from "@envelop/response-cache-redis";
import { createInMemoryCache, type Cache } from "@graphql-yoga/plugin-response-cache";
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "graphql-yoga";
import { EVERY_ANSWER, type CacheEntity, type ChangeMessage, type SharedState, type RedisHub } from "./shared.js";
import { silentLogger, type Logger } from "../log.js";

const retryStrategy = (times: number) => Math.min(times * 200, 2000);

/** Connects to Redis; fails fast per command while it is away (the callers fall back), reconnects forever. */
export function connectRedis(url: string, opts: { prefix: string; logger: Logger; onRecover?: () => Promise<void> }): RedisHub {
  const { logger, prefix } = opts;
  const common = { retryStrategy, connectTimeout: 2000, maxRetriesPerRequest: 1, commandTimeout: 1500, lazyConnect: false };
  const client = new Redis(url, { ...common, enableOfflineQueue: false, connectionName: "policing-graph" });
  const cacheClient = new Redis(url, { ...common, enableOfflineQueue: false, keyPrefix: `${prefix}rc:` });
  const publisher = new Redis(url, { ...common, enableOfflineQueue: false });
  // The subscriber queues its SUBSCRIBEs until connected and subscribes again after a reconnect.
  const subscriber = new Redis(url, { ...common, commandTimeout: undefined, maxRetriesPerRequest: null });
  const where = redactUrl(url);
  let up = false;
  let warned = false;
  const markDown = (err?: Error) => {
    if (up || !warned) {
      logger.warn(
        { redis: where, err: err?.message },
        "Redis unavailable: response cache off, rate limits counted per instance, change events not shared, until it returns",
      );
      warned = true;
    }
    up = false;
  };
  client.on("error", (e: Error) => markDown(e));
  client.on("close", () => up && markDown());
  client.on("ready", () => {
    const recovering = warned;
    const recover = recovering && opts.onRecover ? opts.onRecover() : Promise.resolve();
    void recover
      .catch((e: Error) => logger.warn({ err: e.message }, "Redis back, but flushing the response cache failed"))
      .then(() => {
        up = true;
        warned = false;
        if (recovering) logger.info({ redis: where }, "Redis available again: response cache flushed and on, shared rate limits and events on");
      });
  });
  for (const c of [cacheClient, publisher, subscriber]) c.on("error", () => undefined); // reported through `client`
  return {
    client,
    cacheClient,
    publisher,
    subscriber,
    prefix,
    isUp: () => up && cacheClient.status === "ready",
    ready: (ms = 5000) =>
      new Promise<void>((resolve, reject) => {
        const t0 = Date.now();
        const poll = () => {
          if (up && [cacheClient, publisher, subscriber].every((c) => c.status === "ready")) return resolve();
          if (Date.now() - t0 > ms) return reject(new Error(`Redis at ${where} not ready after ${ms} ms`));
          setTimeout(poll, 20);
        };
        poll();
      }),
    close: async () => {
      await Promise.all([client, cacheClient, publisher, subscriber].map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "redis";
  }
}

/** Deletes every key of the response cache namespace (SCAN, not KEYS: it does not block Redis). */
async function flushCache(hub: RedisHub): Promise<void> {
  const stream = hub.client.scanStream({ match: `${hub.prefix}rc:*`, count: 500 });
  for await (const keys of stream as AsyncIterable<string[]>) if (keys.length) await hub.client.unlink(...keys);
}

/**
 * The Redis response cache of @envelop/response-cache-redis, made safe: a Redis error is a cache miss, never a
 * failed request; the sets that index responses by entity expire after the responses they index; and a whole
 * type (an entity without id, as after a create) is invalidated through its set of responses instead of KEYS.
 */
function redisResponseCache(hub: RedisHub, logger: Logger): Cache {
  const inner = createRedisCache({ redis: hub.cacheClient as never }) as unknown as Cache;
  const r = hub.cacheClient;
  const soft = <T>(what: string, p: () => PromiseLike<T> | T, fallback: T) => {
    if (!hub.isUp()) return Promise.resolve(fallback);
    return Promise.resolve()
      .then(p)
      .catch((e: Error) => {
        logger.debug({ err: e.message }, `response cache ${what} failed (treated as a miss)`);
        return fallback;
      });
  };
  return {
    get: (key) => soft("get", () => inner.get(key), undefined),
    set: (key, result, entities, ttl) =>
      soft(
        "set",
        async () => {
          const list = [...entities];
          await inner.set(key, result, list, ttl);
          if (ttl === Infinity) return;
          const keep = ttl + 60_000;
          const p = r.pipeline().pexpire(`operations:${key}`, keep);
          for (const e of list) {
            p.pexpire(e.typename, keep);
            if (e.id != null) p.pexpire(`${e.typename}:${e.id}`, keep);
          }
          await p.exec();
        },
        undefined,
      ),
    invalidate: (entities) =>
      soft(
        "invalidate",
        async () => {
          const list = [...entities];
          const byId = list.filter((e) => e.id != null);
          if (byId.length) await inner.invalidate(byId);
          for (const { typename } of list.filter((e) => e.id == null)) {
            const responses = await r.smembers(typename);
            const keys = [typename, ...responses, ...responses.map((id) => `operations:${id}`)];
            await r.del(...keys);
          }
        },
        undefined,
      ),
  };
}

/** Files every response under EVERY_ANSWER too, so that one invalidation drops them all. */
function tagged(cache: Cache): Cache {
  return {
    get: (key) => cache.get(key),
    set: (key, result, entities, ttl) => cache.set(key, result, [...entities, EVERY_ANSWER], ttl),
    invalidate: (entities) => cache.invalidate(entities),
  };
}

export interface SharedStateOptions {
  redisUrl?: string;
  /** Prefix of every Redis key and channel; instances that share a cache share it. */
  prefix?: string;
  /** Response cache TTL in ms; 0 turns the cache off. */
  cacheTtlMs?: number;
  /** Requests per client per minute; 0 turns the limit off. */
  rateLimitPerMinute?: number;
  logger?: Logger;
}

/** Builds the shared state of one server instance (server.ts; tests build one per simulated instance). */
export function createSharedState(opts: SharedStateOptions = {}): SharedState {
  const logger = opts.logger ?? silentLogger;
  const prefix = opts.prefix ?? "pg:";
  const cacheTtlMs = opts.cacheTtlMs ?? 0;
  let hub: RedisHub | null = null;
  if (opts.redisUrl) {
    const h: RedisHub = connectRedis(opts.redisUrl, { prefix, logger, onRecover: () => flushCache(h) });
    hub = h;
  }
  const cache = cacheTtlMs > 0 ? tagged(hub ? redisResponseCache(hub, logger) : createInMemoryCache()) : null;
  const topic = `${prefix}changes`;
  let pubsub: SharedState["pubsub"];
  if (hub) {
    const h = hub;
    // Published while Redis is away, an event is delivered to this instance's subscribers only.
    const publishClient = {
      publish: (channel: string, message: string) =>
        (h.isUp() ? h.publisher.publish(channel, message) : Promise.reject(new Error("Redis unavailable"))).catch(() => {
          h.subscriber.emit("message", channel, message);
          return 0;
        }),
    };
    pubsub = createPubSub({ eventTarget: createRedisEventTarget({ publishClient: publishClient as never, subscribeClient: h.subscriber }) }) as never;
  } else {
    pubsub = createPubSub<Record<string, [ChangeMessage]>>();
  }
  return {
    hub,
    cache,
    cacheTtlMs,
    invalidate: async (entities) => {
      if (cache && entities.length) await cache.invalidate(entities);
    },
    pubsub,
    topic,
    prefix,
    rateLimitPerMinute: opts.rateLimitPerMinute ?? 0,
    logger,
    distributed: hub !== null,
    redisUp: () => (hub ? hub.isUp() : null),
    close: async () => {
      await hub?.close();
    },
  };
}
