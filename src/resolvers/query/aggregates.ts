// Counts grouped by a dimension: `missionCounts(by:, filter:)`, `cooperationCounts(by:)` and
// `Organization.missionCounts(by:)`. Each is one GROUP BY statement in SQL plus, for buckets that are entities
// (host country, lead body, mission type, crime area, partner), one batched load of those entities: two statements.
//
// Definitions:
// - Missions are counted once per bucket they fall in: a mission hosted in two countries counts for both.
// - START_YEAR / DECADE group by the mission's startDate (SQL groups by date; the dates are folded into years or
//   decades here, so the grouping stays portable across SQLite and PostgreSQL). No start date: bucket "UNKNOWN".
// - EXECUTIVE: "true" (executive policing powers), "false" (monitor, mentor, advise), "unknown" (not stated).
// - cooperationCounts CRIME_AREA: a cooperation counts for a crime area when BOTH partners work on it (each has a
//   WORKS_ON link to it): the areas the two bodies share. A cooperation may count for several areas.
// - cooperationCounts YEAR: the year the cooperation began (validFrom); "UNKNOWN" when undated.
// - cooperationCounts KIND: the cooperation's subtype (AGREEMENT, MEMORANDUM, LIAISON ...); "UNKNOWN" when unset.
// - cooperationCounts PARTNER: per body, the cooperations it is a party to (either end).
import { builder } from "../../schema/builder.js";
import type { Context } from "../../read/context.js";
import type { Entity as EntityRow, Prisma } from "../../generated/prisma/sqlite/client.js";
import { Entity, Organization } from "../../schema/entity.js";
import { missionRoot, type MissionFilter } from "../../schema/mission.js";

export interface BucketShape {
  key: string;
  label: string;
  count: number;
  entity: EntityRow | null;
}

export const Bucket = builder.objectRef<BucketShape>("Bucket").implement({
  description: "One group of an aggregate: its key, a readable label, the count and, for entity keys, the entity.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Slug (ISO code for countries), year, decade's first year, or value." }),
    label: t.exposeString("label"),
    count: t.exposeInt("count"),
    entity: t.field({ type: Entity, nullable: true, resolve: (b) => b.entity }),
  }),
});

export const MissionDimensionEnum = builder.enumType("MissionDimension", {
  description: "What missions are grouped by.",
  values: ["HOST_COUNTRY", "MISSION_TYPE", "LEAD_BODY", "DECADE", "START_YEAR", "EXECUTIVE"] as const,
});
export const CooperationDimensionEnum = builder.enumType("CooperationDimension", {
  description:
    "What cooperations are grouped by. CRIME_AREA: areas both partners work on; YEAR: year it began; KIND: subtype; " +
    "PARTNER: each body party to it.",
  values: ["CRIME_AREA", "YEAR", "KIND", "PARTNER"] as const,
});
type MissionDimension = (typeof MissionDimensionEnum)["$inferType"];
type CooperationDimension = (typeof CooperationDimensionEnum)["$inferType"];

const UNKNOWN = "UNKNOWN";
const byCount = (a: BucketShape, b: BucketShape) => b.count - a.count || a.label.localeCompare(b.label);
const byKey = (a: BucketShape, b: BucketShape) =>
  a.key === UNKNOWN ? 1 : b.key === UNKNOWN ? -1 : a.key.localeCompare(b.key, "en", { numeric: true });

/**
 * Buckets keyed by entity id: loads the entities in one statement per aggregate. Not through the shared entity
 * DataLoader: aggregates finish at different moments, so the loader's batches (and the statement count) would
 * depend on timing; one query per aggregate keeps the count fixed.
 */
async function entityBuckets(ctx: Context, counts: Map<number, number>): Promise<BucketShape[]> {
  const ids = [...counts.keys()];
  if (!ids.length) return [];
  const found = await ctx.db.prisma.entity.findMany({ where: { id: { in: ids } } });
  const byId = new Map(found.map((e) => [e.id, e]));
  return ids
    .flatMap((id) => {
      const e = byId.get(id);
      if (!e) return [];
      const key = e.kind === "COUNTRY" && e.isoAlpha2 ? e.isoAlpha2 : e.slug;
      return [{ key, label: e.acronym ? `${e.name} (${e.acronym})` : e.name, count: counts.get(id)!, entity: e }];
    })
    .sort(byCount);
}

/** Date groups folded into years or decades. */
function dateBuckets(groups: { date: Date | null; count: number }[], decade: boolean): BucketShape[] {
  const out = new Map<string, number>();
  for (const g of groups) {
    const y = g.date ? new Date(g.date).getUTCFullYear() : null;
    const key = y == null ? UNKNOWN : String(decade ? y - (y % 10) : y);
    out.set(key, (out.get(key) ?? 0) + g.count);
  }
  return [...out].map(([key, count]) => ({
    key,
    label: key === UNKNOWN ? "Unknown" : decade ? `${key}s` : key,
    count,
    entity: null,
  })).sort(byKey);
}

/** Missions matching `where`, grouped by `by`: one GROUP BY, plus one entity load for entity buckets. */
export async function missionCounts(ctx: Context, by: MissionDimension, where: Prisma.EntityWhereInput): Promise<BucketShape[]> {
  const p = ctx.db.prisma;
  const viaRelation = async (kind: string, missionEnd: "fromId" | "toId") => {
    const other = missionEnd === "fromId" ? "toId" : "fromId";
    const groups = await p.relation.groupBy({
      by: [other],
      where: { kind, [missionEnd === "fromId" ? "from" : "to"]: where },
      _count: { _all: true },
    });
    return entityBuckets(ctx, new Map(groups.map((g) => [g[other], g._count._all])));
  };
  switch (by) {
    case "HOST_COUNTRY":
      return viaRelation("HOSTED_IN", "fromId");
    case "MISSION_TYPE":
      return viaRelation("OF_TYPE", "fromId");
    case "LEAD_BODY":
      return viaRelation("LEADS", "toId");
    case "DECADE":
    case "START_YEAR": {
      const groups = await p.entity.groupBy({ by: ["startDate"], where, _count: { _all: true } });
      return dateBuckets(groups.map((g) => ({ date: g.startDate, count: g._count._all })), by === "DECADE");
    }
    case "EXECUTIVE": {
      const groups = await p.entity.groupBy({ by: ["executive"], where, _count: { _all: true } });
      const label = { true: "Executive", false: "Non-executive", unknown: "Not stated" };
      return groups
        .map((g) => {
          const key = g.executive == null ? "unknown" : String(g.executive);
          return { key, label: label[key as keyof typeof label], count: g._count._all, entity: null };
        })
        .sort(byCount);
    }
  }
}

export async function cooperationCounts(ctx: Context, by: CooperationDimension): Promise<BucketShape[]> {
  const p = ctx.db.prisma;
  const where = { kind: "COOPERATES_WITH" };
  switch (by) {
    case "KIND": {
      const groups = await p.relation.groupBy({ by: ["subtype"], where, _count: { _all: true } });
      return groups
        .map((g) => ({ key: g.subtype ?? UNKNOWN, label: g.subtype ?? "Unknown", count: g._count._all, entity: null }))
        .sort(byCount);
    }
    case "YEAR": {
      const groups = await p.relation.groupBy({ by: ["validFrom"], where, _count: { _all: true } });
      return dateBuckets(groups.map((g) => ({ date: g.validFrom, count: g._count._all })), false);
    }
    case "PARTNER": {
      const rows = await p.$queryRawUnsafe<{ id: number; n: number | bigint }[]>(
        `SELECT "id", COUNT(*) AS "n" FROM (
           SELECT "fromId" AS "id" FROM "Relation" WHERE "kind" = 'COOPERATES_WITH'
           UNION ALL
           SELECT "toId" AS "id" FROM "Relation" WHERE "kind" = 'COOPERATES_WITH'
         ) ends GROUP BY "id"`,
      );
      return entityBuckets(ctx, new Map(rows.map((r) => [Number(r.id), Number(r.n)])));
    }
    case "CRIME_AREA": {
      const rows = await p.$queryRawUnsafe<{ id: number; n: number | bigint }[]>(
        `SELECT a."toId" AS "id", COUNT(DISTINCT c."id") AS "n"
         FROM "Relation" c
         JOIN "Relation" a ON a."kind" = 'WORKS_ON' AND a."fromId" = c."fromId"
         JOIN "Relation" b ON b."kind" = 'WORKS_ON' AND b."fromId" = c."toId" AND b."toId" = a."toId"
         WHERE c."kind" = 'COOPERATES_WITH'
         GROUP BY a."toId"`,
      );
      return entityBuckets(ctx, new Map(rows.map((r) => [Number(r.id), Number(r.n)])));
    }
  }
}

builder.queryFields((t) => ({
  missionCounts: t.field({
    type: [Bucket],
    description:
      "Missions counted by a dimension (host country, type, lead body, decade, start year, executive), optionally " +
      "filtered as `missions(filter:)`. Entity buckets are sorted by count, years and decades by time.",
    args: {
      by: t.arg({ type: MissionDimensionEnum, required: true }),
      filter: t.arg({ type: missionRoot.Filter, required: false }),
    },
    resolve: async (_, args, ctx) =>
      missionCounts(ctx, args.by, await missionRoot.whereOf((args.filter ?? null) as MissionFilter | null, ctx)),
  }),
  cooperationCounts: t.field({
    type: [Bucket],
    description:
      "Cooperations counted by a dimension. CRIME_AREA counts a cooperation for each crime area that both partners " +
      "work on (WORKS_ON); YEAR by the year it began; KIND by its subtype; PARTNER by each body party to it.",
    args: { by: t.arg({ type: CooperationDimensionEnum, required: true }) },
    resolve: (_, args, ctx) => cooperationCounts(ctx, args.by),
  }),
}));

builder.prismaObjectFields(Organization, (t) => ({
  missionCounts: t.field({
    type: [Bucket],
    description: "The missions this body leads (LEADS), counted by a dimension.",
    args: { by: t.arg({ type: MissionDimensionEnum, required: true }) },
    resolve: (org, args, ctx) =>
      missionCounts(ctx, args.by, { kind: "MISSION", incoming: { some: { kind: "LEADS", fromId: org.id } } }),
  }),
}));
