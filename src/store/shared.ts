// The state a server instance shares with the others through Redis (src/store/redis.ts builds it): the response cache,
// the change events of subscriptions, and the rate-limit counters. It is attached to the database handle the
// instance serves, so resolvers (publishChange in events.ts) find it from their context without a new field.
import type { Cache } from "@graphql-yoga/plugin-response-cache";
import type { PubSub } from "graphql-yoga";
import type { DbHandle } from "./db.js";
import type { Redis } from "ioredis";
import type { Logger } from "../log.js";
import type { ServiceHealth } from "./health.js";

/** What travels between instances for one change (JSON through Redis). */
export interface ChangeMessage {
  action: string;
  targetType: string;
  targetId: string;
  at: string;
  /** Entity kinds concerned: the entity's, or both ends' of a relationship; subscriptions filter on them. */
  kinds: string[];
}

export interface CacheEntity {
  typename: string;
  id?: string;
}

/**
 * A tag on every cached response. A write can change answers that hold none of the objects it touched: a path
 * or neighbourhood that now goes through a new or re-dated relationship, a filtered list or a count. So every write
 * (mutation, import, seed) drops every cached answer through this tag; writes are rare next to reads, and the cache
 * serves between them.
 */
export const EVERY_ANSWER: CacheEntity = { typename: "@answers" };

export interface SharedState {
  /** The response cache (null: off). */
  cache: Cache | null;
  cacheTtlMs: number;
  /** Drops cached responses holding these entities (an entity without id: every response holding its type). */
  invalidate(entities: CacheEntity[]): Promise<void>;
  pubsub: PubSub<Record<string, [ChangeMessage]>>;
  /** The pubsub topic (a Redis channel when shared). */
  topic: string;
  /** Redis, when configured (null: this process only). */
  hub: RedisHub | null;
  /** Prefix of every Redis key and channel of this deployment. */
  prefix: string;
  /** Requests per client per minute (0: no limit); the HTTP layer counts them, in Redis when there is one. */
  rateLimitPerMinute: number;
  logger: Logger;
  /** True when this state goes through Redis (several instances see the same cache and events). */
  distributed: boolean;
  /** Whether Redis answers now (null: no Redis configured). Reported by GET /ready. */
  redisUp(): boolean | null;
  close(): Promise<void>;
}

export interface RedisHub {
  /** Commands (rate limits, flushes); keys are written with the prefix by hand. */
  client: Redis;
  /** The response cache's connection: ioredis adds `<prefix>rc:` to every key. */
  cacheClient: Redis;
  publisher: Redis;
  subscriber: Redis;
  prefix: string;
  /**
   * The circuit breaker's gate, asked before each round trip: false means skip Redis and take the in-process
   * path. A skip while the circuit is open counts in `stats.skipped`.
   */
  isUp(): boolean;
  /** The same answer without counting (reports: GET /ready). */
  state(): "up" | "down";
  /** The circuit: down (open) from the first unanswered command until a PING is answered; logs each change once. */
  health: ServiceHealth;
  /** Round trips skipped while the circuit was open. */
  stats: { skipped: number };
  /** Resolves once connected (rejects after `ms`). */
  ready(ms?: number): Promise<void>;
  close(): Promise<void>;
}

const attached = new WeakMap<DbHandle, SharedState>();

export function attachShared(db: DbHandle, state: SharedState): void {
  attached.set(db, state);
}

export function sharedOf(db: DbHandle): SharedState | undefined {
  return attached.get(db);
}
