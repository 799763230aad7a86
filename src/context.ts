// The per-request context: the database handle and fresh DataLoaders, so every level of a nested query is one
// batched statement whatever the number of parents.
import DataLoader from "dataloader";
import type { DbHandle } from "./db.js";
import type { Entity, Relation, Claim, Citation, Source } from "./generated/prisma/sqlite/client.js";

export type Direction = "OUT" | "IN" | "BOTH";

export interface RelationKey {
  entityId: number;
  kinds: string[];
  direction: Direction;
  asOf: Date | null;
}

export type CitationWithSource = Citation & { source: Source };

export interface Context {
  db: DbHandle;
  loaders: ReturnType<typeof createLoaders>;
}

/** A relation held on `asOf` if it started on or before it and ended on or after it; undated bounds are open. */
export function heldOn(asOf: Date | null) {
  if (!asOf) return {};
  return {
    AND: [
      { OR: [{ validFrom: null }, { validFrom: { lte: asOf } }] },
      { OR: [{ validTo: null }, { validTo: { gte: asOf } }] },
    ],
  };
}

const groupKey = (k: RelationKey) => `${k.kinds.join(",")}|${k.direction}|${k.asOf?.toISOString() ?? ""}`;

export function createLoaders(db: DbHandle) {
  const prisma = db.prisma;
  const entity = new DataLoader<number, Entity | null>(async (ids) => {
    const rows = await prisma.entity.findMany({ where: { id: { in: [...ids] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  // Relations of many entities, grouped by (kinds, direction, asOf): one statement per group.
  const relations = new DataLoader<RelationKey, Relation[], string>(
    async (keys) => {
      const groups = new Map<string, RelationKey[]>();
      for (const k of keys) (groups.get(groupKey(k)) ?? groups.set(groupKey(k), []).get(groupKey(k))!).push(k);
      const results = new Map<string, Relation[]>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { kinds, direction, asOf } = group[0];
          const ids = [...new Set(group.map((k) => k.entityId))];
          const ends =
            direction === "OUT"
              ? [{ fromId: { in: ids } }]
              : direction === "IN"
                ? [{ toId: { in: ids } }]
                : [{ fromId: { in: ids } }, { toId: { in: ids } }];
          const rows = await prisma.relation.findMany({
            where: { kind: { in: kinds }, OR: ends, ...heldOn(asOf) },
            orderBy: [{ validFrom: "asc" }, { id: "asc" }],
          });
          for (const id of ids) {
            const mine = rows.filter(
              (r) => (direction !== "IN" && r.fromId === id) || (direction !== "OUT" && r.toId === id),
            );
            results.set(`${id}|${groupKey(group[0])}`, mine);
          }
        }),
      );
      return keys.map((k) => results.get(`${k.entityId}|${groupKey(k)}`) ?? []);
    },
    { cacheKeyFn: (k) => `${k.entityId}|${groupKey(k)}` },
  );

  const claims = new DataLoader<number, Claim[]>(async (entityIds) => {
    const rows = await prisma.claim.findMany({
      where: { entityId: { in: [...entityIds] } },
      orderBy: [{ property: "asc" }, { validFrom: "asc" }, { id: "asc" }],
    });
    return entityIds.map((id) => rows.filter((r) => r.entityId === id));
  });

  const source = new DataLoader<number, Source | null>(async (ids) => {
    const rows = await prisma.source.findMany({ where: { id: { in: [...ids] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  // Citations of entities ("e12"), claims ("c3") and relations ("r7"), with their sources.
  const citations = new DataLoader<string, CitationWithSource[]>(async (keys) => {
    const ids = { e: [] as number[], c: [] as number[], r: [] as number[] };
    for (const k of keys) ids[k[0] as "e" | "c" | "r"].push(Number(k.slice(1)));
    const or = [
      ids.e.length ? { entityId: { in: ids.e }, claimId: null, relationId: null } : null,
      ids.c.length ? { claimId: { in: ids.c } } : null,
      ids.r.length ? { relationId: { in: ids.r } } : null,
    ].filter((x) => x !== null);
    const rows = await prisma.citation.findMany({ where: { OR: or }, orderBy: { id: "asc" } });
    const sources = await source.loadMany([...new Set(rows.map((r) => r.sourceId))]);
    const byId = new Map(sources.filter((s): s is Source => !!s && !(s instanceof Error)).map((s) => [s.id, s]));
    const out = new Map<string, CitationWithSource[]>();
    for (const r of rows) {
      const key = r.relationId ? `r${r.relationId}` : r.claimId ? `c${r.claimId}` : `e${r.entityId}`;
      (out.get(key) ?? out.set(key, []).get(key)!).push({ ...r, source: byId.get(r.sourceId)! });
    }
    return keys.map((k) => out.get(k) ?? []);
  });

  return { entity, relations, claims, source, citations };
}

export function createContext(db: DbHandle): Context {
  return { db, loaders: createLoaders(db) };
}
