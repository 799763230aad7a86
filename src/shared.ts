// The state a server instance shares with the others through Redis (src/redis.ts builds it): the response cache,
// the change events of subscriptions, and the rate-limit counters. It is attached to the database handle the
// instance serves, so resolvers (publishChange in events.ts) find it from their context without a new field.
import type { Cache } from "@graphql-yoga/plugin-response-cache";
import type { PubSub } from "graphql-yoga";
import type { DbHandle } from "./db.js";
import type { Logger } from "./observability.js";
import type { RateLimiter } from "./rate-limit.js";

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

export interface SharedState {
  /** The response cache (null: off). */
  cache: Cache | null;
  cacheTtlMs: number;
  /** Drops cached responses holding these entities (an entity without id: every response holding its type). */
  invalidate(entities: CacheEntity[]): Promise<void>;
  pubsub: PubSub<Record<string, [ChangeMessage]>>;
  /** The pubsub topic (a Redis channel when shared). */
  topic: string;
  rateLimiter: RateLimiter | null;
  logger: Logger;
  /** True when this state goes through Redis (several instances see the same cache and events). */
  distributed: boolean;
  /** Whether Redis answers now (null: no Redis configured). Reported by GET /ready. */
  redisUp(): boolean | null;
  close(): Promise<void>;
}

const attached = new WeakMap<DbHandle, SharedState>();

export function attachShared(db: DbHandle, state: SharedState): void {
  attached.set(db, state);
}

export function sharedOf(db: DbHandle): SharedState | undefined {
  return attached.get(db);
}
