// Change events: every committed curation write calls publishChange(ctx, change) once, after its transaction.
// That drops the cached responses the change makes stale (every cached answer: a write can change paths,
// neighbourhoods, filtered lists and counts that hold none of the objects it touched; see EVERY_ANSWER) and
// publishes a ChangeEvent to the `changes` subscription of every instance (through Redis when REDIS_URL is set, in
// this process otherwise). It never throws: the write is already committed; a failure to notify is logged.
// Bulk writes of the command line (import, seed) call invalidateAfterBulkWrite, which reaches the instances' cache
// through Redis.
import { filter, pipe } from "graphql-yoga";
import type { DbHandle } from "../store/db.js";
import type { EntityKind, RelationKind } from "../data/schema.js";
import { createSharedState } from "../store/redis.js";
import { attachShared, EVERY_ANSWER, sharedOf, type CacheEntity, type ChangeMessage, type SharedState } from "../store/shared.js";
import { decodeId, encodeId, TYPE_BY_KIND, TYPE_BY_RELATION } from "../data/ids.js";

export type { ChangeMessage };

/** A change as the curation mutations record it (the Change row, or the same fields). */
export interface ChangeInput {
  /** CREATE, UPDATE or RETIRE (any word is passed on). */
  action: string;
  /** ENTITY, RELATION or CLAIM. */
  targetType: string;
  /** The row id of the target. */
  targetId: number;
  at?: Date;
}

/** The shared state of the instance serving `db`; one in this process only if none was attached (tests, CLI). */
export function stateFor(db: DbHandle): SharedState {
  let s = sharedOf(db);
  if (!s) {
    s = createSharedState({});
    attachShared(db, s);
  }
  return s;
}

async function describe(db: DbHandle, change: ChangeInput): Promise<{ message: ChangeMessage; stale: CacheEntity[] }> {
  const prisma = db.prisma;
  const at = (change.at ?? new Date()).toISOString();
  const listsToo = change.action !== "UPDATE";
  const entity = (e: { id: number; kind: string }): CacheEntity => {
    const typename = TYPE_BY_KIND[e.kind as EntityKind];
    return { typename, id: encodeId(typename, e.id) };
  };
  if (change.targetType === "RELATION") {
    const r = await prisma.relation.findUnique({
      where: { id: change.targetId },
      select: { id: true, kind: true, from: { select: { id: true, kind: true } }, to: { select: { id: true, kind: true } } },
    });
    if (!r) throw new Error(`relation ${change.targetId} not found`);
    const typename = TYPE_BY_RELATION[r.kind as RelationKind];
    const id = encodeId(typename, r.id);
    return {
      message: { action: change.action, targetType: typename, targetId: id, at, kinds: [...new Set([r.from.kind, r.to.kind])] },
      stale: [{ typename, id }, entity(r.from), entity(r.to), ...(listsToo ? [{ typename }] : [])],
    };
  }
  const entityId =
    change.targetType === "CLAIM"
      ? (await prisma.claim.findUnique({ where: { id: change.targetId }, select: { entityId: true } }))?.entityId
      : change.targetId;
  const e = entityId === undefined ? null : await prisma.entity.findUnique({ where: { id: entityId }, select: { id: true, kind: true } });
  if (!e) throw new Error(`${change.targetType.toLowerCase()} ${change.targetId} not found`);
  const target = entity(e);
  if (change.targetType === "CLAIM") {
    return {
      message: { action: change.action, targetType: "Claim", targetId: encodeId("Claim", change.targetId), at, kinds: [e.kind] },
      stale: [target],
    };
  }
  return {
    message: { action: change.action, targetType: target.typename, targetId: target.id!, at, kinds: [e.kind] },
    stale: [target, ...(listsToo ? [{ typename: target.typename }] : [])],
  };
}

/** Call once per committed write, after the transaction: invalidates the cache and notifies subscribers. */
export async function publishChange(ctx: { db: DbHandle }, change: ChangeInput): Promise<void> {
  const state = stateFor(ctx.db);
  try {
    const { message, stale } = await describe(ctx.db, change);
    await state.invalidate([...stale, EVERY_ANSWER]).catch((e: Error) => state.logger.warn({ err: e.message }, "cache invalidation failed"));
    state.pubsub.publish(state.topic, message);
  } catch (e) {
    state.logger.warn({ err: (e as Error).message, change }, "publishing a change failed");
  }
}

/** The change events seen by one subscriber, optionally only those concerning entities of the given kinds. */
export function subscribeChanges(db: DbHandle, kinds?: readonly string[] | null): AsyncIterable<ChangeMessage> {
  const state = stateFor(db);
  const events = state.pubsub.subscribe(state.topic);
  if (!kinds?.length) return events;
  return pipe(
    events,
    filter((e: ChangeMessage) => e.kinds.some((k) => kinds.includes(k))),
  );
}

/**
 * Drops cached responses that hold these entities, given by global id (e.g. after the importer or the data loader
 * wrote them). `target`: the state, or the database handle a server instance serves.
 */
export async function invalidateEntities(target: SharedState | DbHandle, ids: string[]): Promise<void> {
  const state = "invalidate" in target ? target : sharedOf(target);
  if (state && ids.length) await state.invalidate(ids.map((id) => ({ typename: decodeId(id).typename, id })));
}

/** Drops every cached response holding an object of these types (e.g. "Organization"): new rows belong in lists. */
export async function invalidateTypes(target: SharedState | DbHandle, typenames: string[]): Promise<void> {
  const state = "invalidate" in target ? target : sharedOf(target);
  if (state && typenames.length) await state.invalidate([...new Set(typenames)].map((typename) => ({ typename })));
}

/**
 * After a bulk write committed by another process than the servers (the CLI's import or seed): drops every cached
 * answer of every instance, through the Redis they share. Resolves to what happened, for the command to report:
 * "invalidated"; "no-redis" (REDIS_URL unset: each server's cache is its own, in its process); "unreachable".
 */
export async function invalidateAfterBulkWrite(opts: { redisUrl?: string; prefix: string }): Promise<"invalidated" | "no-redis" | "unreachable"> {
  if (!opts.redisUrl) return "no-redis";
  // Any positive TTL: this state only invalidates.
  const state = createSharedState({ redisUrl: opts.redisUrl, prefix: opts.prefix, cacheTtlMs: 1 });
  try {
    await state.hub!.ready(3_000);
    await state.hub!.cacheClient.ping();
    await state.invalidate([EVERY_ANSWER]);
    return "invalidated";
  } catch {
    return "unreachable";
  } finally {
    await state.close();
  }
}
