// Counts grouped by a dimension: `missionCounts(by:, filter:)`, `cooperationCounts(by:)` and
// `Organization.missionCounts(by:)`. Each is one GROUP BY statement in SQL plus, for buckets that are entities
// (host country, lead body, mission type, crime area, partner), one batched load of those entities: two statements.
// Counting, ordering and the cut to `first` buckets happen in the database: on a 200k-edge graph PARTNER has
// ~10,000 buckets and YEAR ~20,000 distinct dates, which must not come into JavaScript (or into bound parameters).
// The cooperation GROUP BYs go through `db.scan`: on SQLite off the event loop's thread, cut at the statement timeout.
//
// Definitions:
// - Missions are counted once per bucket they fall in: a mission hosted in two countries counts for both.
// - START_YEAR / DECADE group by the mission's startDate (Prisma groups missions by date, at most one group per
//   mission; the dates are folded into years or decades here). No start date: bucket "UNKNOWN".
// - EXECUTIVE: "true" (executive policing powers), "false" (monitor, mentor, advise), "unknown" (not stated).
// - cooperationCounts CRIME_AREA: a cooperation counts for a crime area when BOTH partners work on it (each has a
//   WORKS_ON link to it): the areas the two bodies share. A cooperation may count for several areas.
// - cooperationCounts YEAR: the year the cooperation began (validFrom); "UNKNOWN" when undated.
// - cooperationCounts KIND: the cooperation's subtype (AGREEMENT, MEMORANDUM, LIAISON ...); "UNKNOWN" when unset.
// - cooperationCounts PARTNER: per body, the cooperations it is a party to (either end).
import { builder } from "../../schema/builder.js";
import type { Context } from "../../read/context.js";
import { rowsByIds } from "../../read/rows.js";
import { badInput } from "../../errors.js";
import type { Entity as EntityRow, Prisma } from "../../generated/prisma/sqlite/client.js";
import { Entity, Organization } from "../../schema/entity.js";
import { missionRoot, type MissionFilter } from "../../schema/mission.js";
import { Bucket, type BucketShape } from "../../schema/aggregate.js";


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

/** Buckets an aggregate returns by default and at most: entity buckets are the largest first. */
export const MAX_BUCKETS = 100;

function checkBuckets(first: number | null | undefined): number {
  if (first == null) return MAX_BUCKETS;
  if (first < 0 || first > MAX_BUCKETS) throw badInput("first", `must be between 0 and ${MAX_BUCKETS}, got ${first}`);
  return first;
}

/**
 * Buckets keyed by entity id (at most `first` of them, cut in SQL): loads the entities in one statement per
 * aggregate. Not through the shared entity DataLoader: aggregates finish at different moments, so the loader's
 * batches (and the statement count) would depend on timing; one query per aggregate keeps the count fixed.
 */
async function entityBuckets(ctx: Context, counts: Map<number, number>): Promise<BucketShape[]> {
  const ids = [...counts.keys()];
  if (!ids.length) return [];
  const found = await rowsByIds(ctx.db, "Entity", ids);
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

/** Date groups folded into years or decades, the first `first` in time. */
function dateBuckets(groups: { date: Date | null; count: number }[], decade: boolean, first: number): BucketShape[] {
  const out = new Map<string, number>();
  for (const g of groups) {
    const y = g.date ? new Date(g.date).getUTCFullYear() : null;
    const key = y == null ? UNKNOWN : String(decade ? y - (y % 10) : y);
    out.set(key, (out.get(key) ?? 0) + g.count);
  }
  return [...out]
    .map(([key, count]) => ({ key, label: key === UNKNOWN ? "Unknown" : decade ? `${key}s` : key, count, entity: null }))
    .sort(byKey)
    .slice(0, first);
}

/** Missions matching `where`, grouped by `by`: one GROUP BY, plus one entity load for entity buckets. */
export async function missionCounts(
  ctx: Context,
  by: MissionDimension,
  where: Prisma.EntityWhereInput,
  first: number = MAX_BUCKETS,
): Promise<BucketShape[]> {
  const p = ctx.db.prisma;
  const viaRelation = async (kind: string, missionEnd: "fromId" | "toId") => {
    const other = missionEnd === "fromId" ? "toId" : "fromId";
    // The largest `first` groups, ordered and cut by the database.
    // Prisma's groupBy typing cannot follow a computed `by`; the call is checked by the tests of every dimension.
    const groupBy = p.relation.groupBy as unknown as (a: object) => Promise<(Record<"fromId" | "toId", number> & { _count: { _all: number } })[]>;
    const groups = await groupBy({
      by: [other],
      where: { kind, [missionEnd === "fromId" ? "from" : "to"]: where },
      _count: { _all: true },
      orderBy: [{ _count: { [other]: "desc" } }, { [other]: "asc" }],
      take: first,
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
      // At most one group per mission (a few thousand on a 200k-edge graph), folded into years here.
      const groups = await p.entity.groupBy({ by: ["startDate"], where, _count: { _all: true } });
      return dateBuckets(groups.map((g) => ({ date: g.startDate, count: g._count._all })), by === "DECADE", first);
    }
    case "EXECUTIVE": {
      const groups = await p.entity.groupBy({ by: ["executive"], where, _count: { _all: true } });
      const label = { true: "Executive", false: "Non-executive", unknown: "Not stated" };
      return groups
        .map((g) => {
          const key = g.executive == null ? "unknown" : String(g.executive);
          return { key, label: label[key as keyof typeof label], count: g._count._all, entity: null };
        })
        .sort(byCount)
        .slice(0, first);
    }
  }
}

/** `(id, n)` rows of a GROUP BY, largest first, cut at `first`, as a Map (insertion order kept). */
async function groupCounts(ctx: Context, sql: string, first: number): Promise<Map<number, number>> {
  const pgsql = ctx.db.provider === "postgresql";
  const rows = await ctx.db.scan<{ id: number; n: number | string | bigint }>(
    `${sql} ORDER BY "n" DESC, "id" LIMIT ${pgsql ? "$1" : "?"}`,
    [first],
  );
  return new Map(rows.map((r) => [Number(r.id), Number(r.n)]));
}

export async function cooperationCounts(ctx: Context, by: CooperationDimension, first: number = MAX_BUCKETS): Promise<BucketShape[]> {
  const pgsql = ctx.db.provider === "postgresql";
  const coop = `"kind" = 'COOPERATES_WITH'`;
  switch (by) {
    case "KIND": {
      const rows = await ctx.db.scan<{ k: string | null; n: number | string | bigint }>(
        `SELECT "subtype" AS "k", COUNT(*) AS "n" FROM "Relation" WHERE ${coop} GROUP BY "subtype" ORDER BY "n" DESC, "k" LIMIT ${pgsql ? "$1" : "?"}`,
        [first],
      );
      return rows
        .map((g) => ({ key: g.k ?? UNKNOWN, label: g.k ?? "Unknown", count: Number(g.n), entity: null }))
        .sort(byCount);
    }
    case "YEAR": {
      // Years in SQL: ISO text on SQLite (Prisma's format, "2001-05-03T00:00:00.000+00:00"), timestamp on PostgreSQL.
      const year = pgsql ? `CAST(EXTRACT(YEAR FROM "validFrom") AS integer)` : `CAST(substr("validFrom", 1, 4) AS integer)`;
      const rows = await ctx.db.scan<{ y: number | null; n: number | string | bigint }>(
        `SELECT ${year} AS "y", COUNT(*) AS "n" FROM "Relation" WHERE ${coop} GROUP BY 1 ORDER BY ${year} IS NULL, ${year} LIMIT ${pgsql ? "$1" : "?"}`,
        [first],
      );
      return rows
        .map((r) => (r.y == null ? { key: UNKNOWN, label: "Unknown" } : { key: String(r.y), label: String(r.y) }))
        .map((k, i) => ({ ...k, count: Number(rows[i].n), entity: null }))
        .sort(byKey);
    }
    case "PARTNER": {
      // Both ends through their (fromId|toId, kind, ...) indexes, without reading a row.
      const counts = await groupCounts(
        ctx,
        `SELECT "id", SUM("n") AS "n" FROM (
           SELECT "fromId" AS "id", COUNT(*) AS "n" FROM "Relation" WHERE ${coop} GROUP BY "fromId"
           UNION ALL
           SELECT "toId" AS "id", COUNT(*) AS "n" FROM "Relation" WHERE ${coop} GROUP BY "toId"
         ) ends GROUP BY "id"`,
        first,
      );
      return entityBuckets(ctx, counts);
    }
    case "CRIME_AREA": {
      // (body, area) pairs once each, so a cooperation counts once per shared area without COUNT(DISTINCT) (whose
      // temporary B-tree took 127 s and 567 MB on a 200k-edge SQLite graph). Driven from the cooperations (CROSS
      // JOIN fixes SQLite's join order): per cooperation, the areas of one end, each checked against the other end.
      const counts = await groupCounts(
        ctx,
        `WITH w AS ${pgsql ? "" : "MATERIALIZED "}(SELECT DISTINCT "fromId" AS "e", "toId" AS "area" FROM "Relation" WHERE "kind" = 'WORKS_ON')
         SELECT a."area" AS "id", COUNT(*) AS "n"
         FROM "Relation" c CROSS JOIN w a CROSS JOIN w b
         WHERE c.${coop} AND a."e" = c."fromId" AND b."e" = c."toId" AND b."area" = a."area"
         GROUP BY a."area"`,
        first,
      );
      return entityBuckets(ctx, counts);
    }
  }
}

const FIRST = `At most this many buckets (default and maximum ${MAX_BUCKETS}): the largest entity buckets, the earliest years or decades.`;

builder.queryFields((t) => ({
  missionCounts: t.field({
    type: [Bucket],
    description:
      "Missions counted by a dimension (host country, type, lead body, decade, start year, executive), optionally " +
      "filtered as `missions(filter:)`. Entity buckets are sorted by count, years and decades by time.",
    args: {
      by: t.arg({ type: MissionDimensionEnum, required: true }),
      filter: t.arg({ type: missionRoot.Filter, required: false }),
      first: t.arg.int({ required: false, description: FIRST }),
    },
    resolve: async (_, args, ctx) =>
      missionCounts(ctx, args.by, await missionRoot.whereOf((args.filter ?? null) as MissionFilter | null, ctx), checkBuckets(args.first)),
  }),
  cooperationCounts: t.field({
    type: [Bucket],
    description:
      "Cooperations counted by a dimension. CRIME_AREA counts a cooperation for each crime area that both partners " +
      "work on (WORKS_ON); YEAR by the year it began; KIND by its subtype; PARTNER by each body party to it.",
    args: {
      by: t.arg({ type: CooperationDimensionEnum, required: true }),
      first: t.arg.int({ required: false, description: FIRST }),
    },
    resolve: (_, args, ctx) => cooperationCounts(ctx, args.by, checkBuckets(args.first)),
  }),
}));

builder.prismaObjectFields(Organization, (t) => ({
  missionCounts: t.field({
    type: [Bucket],
    description: "The missions this body leads (LEADS), counted by a dimension.",
    args: {
      by: t.arg({ type: MissionDimensionEnum, required: true }),
      first: t.arg.int({ required: false, description: FIRST }),
    },
    resolve: (org, args, ctx) =>
      missionCounts(ctx, args.by, { kind: "MISSION", incoming: { some: { kind: "LEADS", fromId: org.id } } }, checkBuckets(args.first)),
  }),
}));
