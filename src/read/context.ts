// The per-request context: the database handle and fresh DataLoaders, so every level of a nested query is one
// batched statement whatever the number of parents.
import DataLoader from "dataloader";
import type { DbHandle } from "../store/db.js";
import type { Entity, Relation, Claim, Source, Change } from "../generated/prisma/sqlite/client.js";
import { viewerOf, type Viewer } from "../auth/keys.js";
import { limitedRelations, limitedRelationsTwoLevels, type Direction } from "./relation-window.js";
import type { UndatedRule } from "./where.js";
import { rowsByIds, toEntity } from "./rows.js";
import { queryBuilder, run } from "./sql.js";
import { filteredRelations, relationCounts, type FilteredRelationsKey, type RelationSetKey } from "./relation-list.js";
import { rowBudgetExceeded } from "../errors.js";
import { ALL_COLUMNS, type ColumnNeed, type NestedLevel } from "./selection-columns.js";
import { NO_RELATIONS, relationGroups, relationStats, type RelationGroup, type RelationGroupKey, type RelationScope, type RelationStats } from "./relation-aggregate.js";
import { citationCounts, citationsOf, claimsOf, historyOf, sourcesByIds, type CitationRecord } from "./provenance.js";
import { headquarteredIn } from "./entity-list.js";

export interface RelationKey {
  entityId: number;
  kinds: string[];
  direction: Direction;
  asOf: Date | null;
  /** Default INCLUDE (where.ts UndatedRule). */
  undated?: UndatedRule;
  /** At most this many per entity (a list's `first`): the database stops after them, not after every edge of a hub. */
  limit: number;
  /** The columns the selection reads (selection-columns.ts); default all. */
  need?: ColumnNeed;
  /** On PostgreSQL: the next level's list, read in the same statement (selection-columns.ts). */
  nested?: NestedLevel | null;
}

/** A citation with its source (without a seed document's text: the `source` loader reads that). */
export type CitationWithSource = CitationRecord;

/**
 * Rows one request may read through its loaders (docs/limits.md). The cost check (schema/builder.ts) prices a
 * document against it before it runs; the loaders below count what they really read, ask the database for at most
 * one row more than what is left, and cut the request with ROW_BUDGET_EXCEEDED when it goes over, so a request the
 * estimate under-priced still cannot fill the 192 MB heap.
 */
export const ROW_BUDGET = 20_000;

/** Prisma/driver `in` lists are cut into batches of this many keys: far below SQLite's 32,766 bound parameters. */
const MAX_BATCH = 5_000;

export interface RowMeter {
  used: number;
  budget: number;
}

export interface Context {
  db: DbHandle;
  loaders: ReturnType<typeof createLoaders>;
  /** The API key of the request (null: anonymous, which may read). */
  viewer: Viewer | null;
}

/**
 * Not retired: without `asOf`, rows a curator retired are hidden; with `asOf`, retirement ends validity at
 * `retiredAt`, so a row retired later than `asOf` still counts.
 */
export function live(asOf: Date | null) {
  return asOf ? { OR: [{ retiredAt: null }, { retiredAt: { gt: asOf } }] } : { retiredAt: null };
}

/**
 * A relation held on `asOf` if it started on or before it and ended on or after it; an undated end is open, an
 * undated start too unless `undated` is EXCLUDE (where.ts UndatedRule).
 * Retired relations (and relations with a retired end) are hidden, except for an `asOf` before their retirement.
 */
export function heldOn(asOf: Date | null, undated: UndatedRule = "INCLUDE") {
  const notRetired = [live(asOf), { from: live(asOf) }, { to: live(asOf) }];
  if (!asOf) return { AND: notRetired };
  return {
    AND: [
      undated === "EXCLUDE" ? { validFrom: { lte: asOf } } : { OR: [{ validFrom: null }, { validFrom: { lte: asOf } }] },
      { OR: [{ validTo: null }, { validTo: { gte: asOf } }] },
      ...notRetired,
    ],
  };
}

const filteredGroupKey = (k: FilteredRelationsKey) =>
  JSON.stringify([k.kinds, k.direction, k.asOf?.toISOString() ?? null, k.undated ?? "INCLUDE", k.limit, k.where, k.order ?? null, k.after ?? null, k.before ?? null, !!k.backwards]);

const countGroupKey = (k: RelationSetKey) => JSON.stringify([k.kinds, k.direction, k.asOf?.toISOString() ?? null, k.undated ?? "INCLUDE", k.where]);

const groupKey = (k: RelationKey) =>
  `${k.kinds.join(",")}|${k.direction}|${k.asOf?.toISOString() ?? ""}|${k.undated ?? "INCLUDE"}|${k.limit}|${k.need?.key ?? "*"}|${k.nested?.key ?? ""}`;

export function createLoaders(db: DbHandle, meter: RowMeter = { used: 0, budget: ROW_BUDGET }) {
  const prisma = db.prisma;
  /** Rows a statement may still return: one more than what is left, so going over is seen without reading more. */
  const room = () => Math.max(0, meter.budget - meter.used) + 1;
  const charge = <T>(rows: T[]): T[] => {
    meter.used += rows.length;
    if (meter.used > meter.budget) throw rowBudgetExceeded(meter.budget);
    return rows;
  };
  const batch = { maxBatchSize: MAX_BATCH };
  const entity = new DataLoader<number, Entity | null>(async (ids) => {
    const rows = charge(await rowsByIds(db, "Entity", ids));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }, batch);

  // Entities by (kind, slug), e.g. both ends of a path given as "org:eurojust" and "org:au": one statement a batch.
  const entityBySlug = new DataLoader<string, Entity | null>(async (keys) => {
    const q = queryBuilder(db)
      .selectFrom("Entity")
      .selectAll()
      .where((eb) =>
        eb.or(
          keys.map((k) => {
            const [kind, slug] = k.split("\u0000");
            return eb.and([eb("kind", "=", kind), eb("slug", "=", slug)]);
          }),
        ),
      );
    const rows = charge((await run<Record<string, unknown>>(db, q)).map((r) => toEntity(r)));
    for (const e of rows) entity.prime(e.id, e);
    const byKey = new Map(rows.map((e) => [`${e.kind}\u0000${e.slug}`, e]));
    return keys.map((k) => byKey.get(k) ?? null);
  }, batch);

  // Relations of many entities, grouped by (kinds, direction, asOf): one statement per group.
  const relations = new DataLoader<RelationKey, Relation[], string>(
    async (keys) => {
      const groups = new Map<string, RelationKey[]>();
      for (const k of keys) (groups.get(groupKey(k)) ?? groups.set(groupKey(k), []).get(groupKey(k))!).push(k);
      const results = new Map<string, Relation[]>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { kinds, direction, asOf, undated = "INCLUDE", limit, need = ALL_COLUMNS, nested } = group[0];
          const ids = [...new Set(group.map((k) => k.entityId))];
          let byId: Map<number, Relation[]>;
          const whole = (n: ColumnNeed) => n.other !== null && n.other.length === ALL_COLUMNS.other!.length;
          // The two-level read applies the default `undated` rule to both levels (relationship.ts asks it only then).
          if (nested && db.provider === "postgresql" && undated === "INCLUDE") {
            // This level and the next in one statement; the next level's lists wait in the loader's cache, under
            // the keys their resolvers will ask for.
            const res = await limitedRelationsTwoLevels(db, ids, { kinds, direction, asOf, limit, need }, nested, room());
            charge(res.rows);
            byId = res.byParent;
            if (whole(need)) for (const e of res.others) entity.prime(e.id, e);
            if (whole(nested.need)) for (const e of res.nestedOthers) entity.prime(e.id, e);
            for (const [oid, list] of res.nested) {
              const key: RelationKey = { entityId: oid, kinds: nested.kinds, direction: nested.direction, asOf: nested.asOf, limit: nested.limit, need: nested.need };
              relations.prime(key, list);
            }
          } else {
            const res = await limitedRelations(db, ids, kinds, direction, asOf, limit, need, room(), undated);
            charge(res.rows);
            byId = res.byParent;
            // The other ends came in the same statement: resolving them (partner, organization ...) costs none.
            // Whole rows also serve every later read of the request; partial ones (on each row) only this selection.
            if (whole(need)) for (const e of res.others) entity.prime(e.id, e);
          }
          for (const id of ids) results.set(`${id}|${groupKey(group[0])}`, byId.get(id) ?? []);
        }),
      );
      return keys.map((k) => results.get(`${k.entityId}|${groupKey(k)}`) ?? []);
    },
    { cacheKeyFn: (k) => `${k.entityId}|${groupKey(k)}`, ...batch },
  );

  /** Rows of one batch, grouped by key in one pass (a per-key filter would be quadratic in keys x rows). */
  const groupBy = <K, T>(rows: T[], keyOf: (r: T) => K) => {
    const out = new Map<K, T[]>();
    for (const r of rows) {
      const list = out.get(keyOf(r));
      if (list) list.push(r);
      else out.set(keyOf(r), [r]);
    }
    return out;
  };

  const claims = new DataLoader<number, Claim[]>(async (entityIds) => {
    const byEntity = groupBy(charge(await claimsOf(db, entityIds, room())), (r) => r.entityId);
    return entityIds.map((id) => byEntity.get(id) ?? []);
  }, batch);

  // Whole sources, with a seed document's text (citations' evidence needs its length).
  const source = new DataLoader<number, Source | null>(async (ids) => {
    const rows = charge(await sourcesByIds(db, ids));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }, batch);

  // Citations of entities ("e12"), claims ("c3") and relations ("r7"), with their sources: one statement per level.
  const citations = new DataLoader<string, CitationWithSource[]>(async (keys) => {
    const ids = { e: [] as number[], c: [] as number[], r: [] as number[] };
    for (const k of keys) ids[k[0] as "e" | "c" | "r"].push(Number(k.slice(1)));
    const rows = charge(await citationsOf(db, { entity: ids.e, claim: ids.c, relation: ids.r }, room()));
    const out = groupBy(rows, (r) => (r.relationId ? `r${r.relationId}` : r.claimId ? `c${r.claimId}` : `e${r.entityId}`));
    return keys.map((k) => out.get(k) ?? []);
  }, batch);

  // How many citations each source has (Source.citationCount): one GROUP BY per level.
  const citationCount = new DataLoader<number, number>(async (ids) => {
    const counts = await citationCounts(db, ids);
    charge([...counts.keys()]);
    return ids.map((id) => counts.get(id) ?? 0);
  }, batch);

  // The bodies headquartered in each country (Country.headquartered), by name: one statement per level.
  const headquartered = new DataLoader<number, Entity[]>(async (countryIds) => {
    const byCountry = groupBy(charge(await headquarteredIn(db, countryIds, room())), (e) => e.headquartersCountryId);
    return countryIds.map((id) => byCountry.get(id) ?? []);
  }, batch);

  // Curation history of entities ("ENTITY:12") and relations ("RELATION:7"), newest first: one statement per level.
  const history = new DataLoader<string, Change[]>(async (keys) => {
    const byType = new Map<string, number[]>();
    for (const k of keys) {
      const [type, id] = k.split(":");
      (byType.get(type) ?? byType.set(type, []).get(type)!).push(Number(id));
    }
    const byTarget = groupBy(charge(await historyOf(db, byType, room())), (r) => `${r.targetType}:${r.targetId}`);
    return keys.map((k) => byTarget.get(k) ?? []);
  }, batch);

  // Relationship lists with a `where`: one statement per (list, condition) and level, through the planner.
  const filteredRelationsOf = new DataLoader<FilteredRelationsKey & { entityId: number }, Relation[], string>(
    async (keys) => {
      const groups = new Map<string, { key: FilteredRelationsKey; ids: Set<number> }>();
      for (const k of keys) {
        const g = filteredGroupKey(k);
        const group = groups.get(g) ?? { key: k, ids: new Set<number>() };
        group.ids.add(k.entityId);
        groups.set(g, group);
      }
      const answers = new Map<string, Map<number, Relation[]>>();
      for (const [g, { key, ids }] of groups) {
        const { byParent, rows } = await filteredRelations(db, [...ids], key, room());
        meter.used += rows;
        if (meter.used > meter.budget) throw rowBudgetExceeded(meter.budget);
        answers.set(g, byParent);
      }
      return keys.map((k) => answers.get(filteredGroupKey(k))?.get(k.entityId) ?? []);
    },
    { cacheKeyFn: (k) => `${k.entityId}|${filteredGroupKey(k)}` },
  );

  // Aggregates of relationship lists: one statement per level for every parent of the same (list, arguments), and
  // one per grouping (src/read/relation-aggregate.ts).
  type AggregateKey = RelationScope & { entityId: number };
  type GroupsKey = AggregateKey & { by: RelationGroupKey; first: number };
  const scopeKey = (k: AggregateKey) => JSON.stringify([[...k.kinds].sort(), k.direction, k.asOf?.toISOString() ?? null, k.where]);
  const groupsKey = (k: GroupsKey) => `${scopeKey(k)}|${JSON.stringify(k.by)}|${k.first}`;
  const charged = (rows: number) => {
    meter.used += rows;
    if (meter.used > meter.budget) throw rowBudgetExceeded(meter.budget);
  };
  const byScope = <K extends AggregateKey>(keys: readonly K[], of: (k: K) => string) => {
    const groups = new Map<string, { key: K; ids: Set<number> }>();
    for (const k of keys) {
      const g = groups.get(of(k)) ?? groups.set(of(k), { key: k, ids: new Set() }).get(of(k))!;
      g.ids.add(k.entityId);
    }
    return groups;
  };
  const relationStatsOf = new DataLoader<AggregateKey, RelationStats, string>(
    async (keys) => {
      const answers = new Map<string, Map<number, RelationStats>>();
      for (const [g, { key, ids }] of byScope(keys, scopeKey)) {
        const { byParent, rows } = await relationStats(db, [...ids], key, room());
        charged(rows);
        answers.set(g, byParent);
      }
      return keys.map((k) => answers.get(scopeKey(k))?.get(k.entityId) ?? NO_RELATIONS);
    },
    { cacheKeyFn: (k) => `${k.entityId}|${scopeKey(k)}`, ...batch },
  );
  const relationGroupsOf = new DataLoader<GroupsKey, RelationGroup[], string>(
    async (keys) => {
      const answers = new Map<string, Map<number, RelationGroup[]>>();
      for (const [g, { key, ids }] of byScope(keys, groupsKey)) {
        const { byParent, rows } = await relationGroups(db, [...ids], key, key.by, key.first, room());
        charged(rows);
        for (const list of byParent.values()) for (const b of list) if (b.entity) entity.prime(b.entity.id, b.entity);
        answers.set(g, byParent);
      }
      return keys.map((k) => answers.get(groupsKey(k))?.get(k.entityId) ?? []);
    },
    { cacheKeyFn: (k) => `${k.entityId}|${groupsKey(k)}`, ...batch },
  );

  // How many relations a list holds (a relationship connection's totalCount): one statement per list and level.
  const relationCountsOf = new DataLoader<RelationSetKey & { entityId: number }, number, string>(
    async (keys) => {
      const groups = new Map<string, { key: RelationSetKey; ids: Set<number> }>();
      for (const k of keys) {
        const g = countGroupKey(k);
        const group = groups.get(g) ?? { key: k, ids: new Set<number>() };
        group.ids.add(k.entityId);
        groups.set(g, group);
      }
      const answers = new Map<string, Map<number, number>>();
      for (const [g, { key, ids }] of groups) {
        const counts = await relationCounts(db, [...ids], key);
        // One row per parent.
        meter.used += counts.size;
        if (meter.used > meter.budget) throw rowBudgetExceeded(meter.budget);
        answers.set(g, counts);
      }
      return keys.map((k) => answers.get(countGroupKey(k))?.get(k.entityId) ?? 0);
    },
    { cacheKeyFn: (k) => `${k.entityId}|${countGroupKey(k)}` },
  );

  return {
    entity, entityBySlug, relations, filteredRelations: filteredRelationsOf, relationCounts: relationCountsOf, claims, source, citations, citationCount, headquartered, history,
    relationStats: relationStatsOf, relationGroups: relationGroupsOf,
  };
}

/** The context of one request: a key given with it is checked here (an invalid or revoked one is refused). */
export async function createContext(db: DbHandle, request?: Request): Promise<Context> {
  return { db, loaders: createLoaders(db), viewer: await viewerOf(db.prisma, request) };
}
