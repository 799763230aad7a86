// Shared state through Redis (REDIS_URL, optional): the response cache of every instance, the change events that
// feed subscriptions, and the rate-limit counters. Without REDIS_URL the same state lives in this process only.
//
// Redis going away never fails or slows a request. A circuit breaker guards it: the first command that times out
// (REDIS_COMMAND_TIMEOUT_MS) or finds the connection gone opens the circuit, and while it is open every path skips
// Redis at once, as if there were none: the cache is off, rate limits are counted per instance in memory, change
// events reach this instance's subscribers only. A partition (packets dropped, no error ever) costs one command
// timeout, not one per command: before the circuit, every request waited for three of them (~4.6 s). Half-open:
// while open, one PING every probe interval; when Redis answers, the cache namespace is flushed (invalidations
// made while it was away were lost) and the circuit closes. Each change is logged once (src/store/health.ts).
import { Redis } from "ioredis";
import { createRedisCache } from "@envelop/response-cache-redis";
import { createInMemoryCache, type Cache } from "@graphql-yoga/plugin-response-cache";
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "graphql-yoga";
import { EVERY_ANSWER, type CacheEntity, type ChangeMessage, type SharedState, type RedisHub } from "./shared.js";
import { silentLogger, type Logger } from "../log.js";
import { ServiceHealth } from "./health.js";

const retryStrategy = (times: number) => Math.min(times * 200, 2000);

/** Errors that say Redis cannot be reached (as opposed to a bad command): they open the circuit. */
const UNREACHABLE = /timed out|timeout|Connection is closed|isn't writeable|max retries|Command aborted|ECONN|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN/i;

export interface RedisOptions {
  prefix: string;
  logger: Logger;
  /** Runs when Redis answers again, before the circuit closes (flushes the response cache). */
  onRecover?: () => Promise<void>;
  /** A command unanswered after this long fails and opens the circuit; default 500 ms. */
  commandTimeoutMs?: number;
  /** While the circuit is open, one PING per this many ms; default 1000. */
  probeIntervalMs?: number;
  /** Shortest gap between two "still unavailable" lines; default 30 s. */
  outageReminderMs?: number;
}

/** Connects to Redis behind a circuit breaker (above); reconnects forever. */
export function connectRedis(url: string, opts: RedisOptions): RedisHub {
  const { logger, prefix } = opts;
  const commandTimeout = opts.commandTimeoutMs ?? 500;
  const common = {
    retryStrategy,
    connectTimeout: 2000,
    maxRetriesPerRequest: 1,
    commandTimeout,
    // A socket that was sent a command and then hears nothing is partitioned, not slow: ioredis destroys it after
    // this long and reconnects, instead of keeping a half-open socket (and its commands) for ever.
    socketTimeout: Math.max(1000, 2 * commandTimeout),
    lazyConnect: false,
  };
  const client = new Redis(url, { ...common, enableOfflineQueue: false, connectionName: "policing-graph" });
  const cacheClient = new Redis(url, { ...common, enableOfflineQueue: false, keyPrefix: `${prefix}rc:` });
  const publisher = new Redis(url, { ...common, enableOfflineQueue: false });
  // The subscriber queues its SUBSCRIBEs until connected and subscribes again after a reconnect.
  const subscriber = new Redis(url, { ...common, commandTimeout: undefined, maxRetriesPerRequest: null });
  const connections = [client, cacheClient, publisher, subscriber];
  const allReady = () => connections.every((c) => c.status === "ready");
  const where = redactUrl(url);
  const stats = { skipped: 0 };
  const health = new ServiceHealth({
    service: "Redis",
    logger,
    level: "warn",
    reminderMs: opts.outageReminderMs,
    probeIntervalMs: opts.probeIntervalMs ?? 1000,
    downMessage: "response cache off, rate limits counted per instance, change events not shared, until it returns",
    upMessage: "response cache flushed and on, shared rate limits and events on",
    // The half-open state: only this PING reaches Redis until it answers.
    probe: async () => {
      if (!allReady()) throw new Error(`Redis at ${where} not connected (${connections.map((c) => c.status).join(", ")})`);
      await client.ping();
      await opts.onRecover?.();
    },
  });
  const failed = (e: Error) => {
    if (UNREACHABLE.test(e.message)) health.failed(e);
  };
  for (const c of connections) {
    c.on("error", (e: Error) => health.failed(e));
    c.on("close", () => health.failed(new Error(`connection to Redis at ${where} closed`)));
  }
  // Every command's failure is seen here, whoever sent it (cache, rate limits, events), so one timeout opens the
  // circuit for all of them; callers still get their rejection and fall back.
  for (const c of [client, cacheClient, publisher]) {
    const send = c.sendCommand.bind(c);
    c.sendCommand = ((...args: Parameters<Redis["sendCommand"]>) => {
      const p = send(...args) as Promise<unknown>;
      p.catch(failed);
      return p;
    }) as Redis["sendCommand"];
  }
  const usable = () => health.isUp() && client.status === "ready" && cacheClient.status === "ready";
  return {
    client,
    cacheClient,
    publisher,
    subscriber,
    prefix,
    health,
    stats,
    isUp: () => {
      if (usable()) return true;
      if (!health.isUp()) stats.skipped++;
      return false;
    },
    state: () => (usable() ? "up" : "down"),
    ready: (ms = 5000) =>
      new Promise<void>((resolve, reject) => {
        const t0 = Date.now();
        const poll = () => {
          if (health.isUp() && allReady()) return resolve();
          if (Date.now() - t0 > ms) return reject(new Error(`Redis at ${where} not ready after ${ms} ms`));
          setTimeout(poll, 20);
        };
        poll();
      }),
    close: async () => {
      health.close();
      await Promise.all(connections.map((c) => c.quit().catch(() => c.disconnect())));
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
  /** See RedisOptions. */
  commandTimeoutMs?: number;
  probeIntervalMs?: number;
  outageReminderMs?: number;
}

/** Builds the shared state of one server instance (server.ts; tests build one per simulated instance). */
export function createSharedState(opts: SharedStateOptions = {}): SharedState {
  const logger = opts.logger ?? silentLogger;
  const prefix = opts.prefix ?? "pg:";
  const cacheTtlMs = opts.cacheTtlMs ?? 0;
  let hub: RedisHub | null = null;
  if (opts.redisUrl) {
    const h: RedisHub = connectRedis(opts.redisUrl, {
      prefix,
      logger,
      onRecover: () => flushCache(h),
      commandTimeoutMs: opts.commandTimeoutMs,
      probeIntervalMs: opts.probeIntervalMs,
      outageReminderMs: opts.outageReminderMs,
    });
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
    redisUp: () => (hub ? hub.state() === "up" : null),
    close: async () => {
      await hub?.close();
    },
  };
}
