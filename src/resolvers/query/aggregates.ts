// Counts grouped by a dimension: `missionCounts(by:, filter:, roles:)`, `cooperationCounts(by:)` and
// `Organization.missionCounts(by:, roles:)`. The mission counts are thin wrappers over the planner: the filter
// becomes a condition tree (src/read/where.ts) and the dimension a group key of src/read/entity-aggregate.ts, the
// same GROUP BY as missionsAggregate { groupBy }, which they are deprecated for. The cooperation counts count
// relationships (no root aggregate does yet) with GROUP BYs compiled by the same query builder
// (src/read/cooperation-counts.ts) and run through `db.scan`: on SQLite off the event loop's thread. Each is one GROUP BY plus, for buckets that are entities, one batched load
// of those entities. Counting, ordering and the cut to `first` buckets happen in the database: on a 200k-edge graph
// PARTNER has ~10,000 buckets and YEAR ~20,000 distinct dates, which must not come into JavaScript.
//
// Definitions:
// - Missions are counted once per bucket they fall in: a mission hosted in two countries counts for both, a mission
//   hosted twice in one country once. Retired relationships and entities are not counted (as lists do not show them).
// - LEAD_BODY: the bodies leading in one of `roles` (default LEAD, JOINT_LEAD, LEAD_NATION or no role stated:
//   data/schema.ts LEAD_ROLES); roles stay apart, so a PARTICIPANT (the Pacific Islands Forum in RAMSI) is not
//   counted as leading unless asked. `filter.leadBody` means the same default roles, as in missions(filter:).
// - START_YEAR / DECADE group by the mission's startDate, the first `first` in time; no start date: bucket "UNKNOWN", last.
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
import { LEAD_ROLES } from "../../data/schema.js";
import { groupCounts } from "../../read/entity-aggregate.js";
import {
  cooperationsByCrimeArea, cooperationsByKind, cooperationsByPartner, cooperationsByYear, type CountRow,
} from "../../read/cooperation-counts.js";
import type { EntityCond, RelationCond } from "../../read/where.js";
import { Organization } from "../../schema/entity.js";
import { LEADING, missionRoot, type MissionFilter } from "../../schema/mission.js";
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


/** `missions(filter:)` as a condition tree of the planner (src/read/where.ts): the connection's own. */
export function missionFilterCond(f: MissionFilter | null): EntityCond | null {
  return missionRoot.condOf(f);
}

/** Missions matching `cond`, grouped by `by`: one GROUP BY (src/read/entity-aggregate.ts), plus one entity load for entity buckets. */
export async function missionCounts(
  ctx: Context,
  by: MissionDimension,
  cond: EntityCond | null,
  first: number = MAX_BUCKETS,
  roles: RelationCond = LEADING,
): Promise<BucketShape[]> {
  const viaRelation = async (kinds: string[], direction: "IN" | "OUT", where: RelationCond | null) => {
    const groups = await groupCounts(ctx.db, "MISSION", cond, { by: "relation", kinds, direction, where }, first);
    return entityBuckets(ctx, new Map(groups.map((g) => [g.entityId!, g.count])));
  };
  switch (by) {
    case "HOST_COUNTRY":
      return viaRelation(["HOSTED_IN"], "OUT", null);
    case "MISSION_TYPE":
      return viaRelation(["OF_TYPE"], "OUT", null);
    case "LEAD_BODY":
      return viaRelation(["LEADS"], "IN", roles);
    case "DECADE":
    case "START_YEAR": {
      const decade = by === "DECADE";
      const groups = await groupCounts(ctx.db, "MISSION", cond, { by: decade ? "decade" : "year", column: "startDate", type: "date" }, first, "key");
      return groups.map((g) =>
        g.key == null
          ? { key: UNKNOWN, label: "Unknown", count: g.count, entity: null }
          : { key: g.key, label: decade ? `${g.key}s` : g.key, count: g.count, entity: null },
      );
    }
    case "EXECUTIVE": {
      const groups = await groupCounts(ctx.db, "MISSION", cond, { by: "value", column: "executive", type: "bool" }, first);
      const label = { true: "Executive", false: "Non-executive", unknown: "Not stated" };
      return groups
        .map((g) => {
          const key = (g.key ?? "unknown") as keyof typeof label;
          return { key, label: label[key], count: g.count, entity: null };
        })
        .sort(byCount);
    }
  }
}

export async function cooperationCounts(ctx: Context, by: CooperationDimension, first: number = MAX_BUCKETS): Promise<BucketShape[]> {
  const entities = (rows: CountRow[]) => entityBuckets(ctx, new Map(rows.map((r) => [Number(r.k), r.n])));
  switch (by) {
    case "KIND":
      return (await cooperationsByKind(ctx.db, first))
        .map((g) => ({ key: g.k == null ? UNKNOWN : String(g.k), label: g.k == null ? "Unknown" : String(g.k), count: g.n, entity: null }))
        .sort(byCount);
    case "YEAR":
      return (await cooperationsByYear(ctx.db, first))
        .map((g) => ({ ...(g.k == null ? { key: UNKNOWN, label: "Unknown" } : { key: String(g.k), label: String(g.k) }), count: g.n, entity: null }))
        .sort(byKey);
    case "PARTNER":
      return entities(await cooperationsByPartner(ctx.db, first));
    case "CRIME_AREA":
      return entities(await cooperationsByCrimeArea(ctx.db, first));
  }
}

const FIRST = `At most this many buckets (default and maximum ${MAX_BUCKETS}): the largest entity buckets, the earliest years or decades.`;

/** A `roles` argument: the leadership roles asked, LEAD_ROLES when left out. */
function checkRoles(roles: readonly string[] | null | undefined): RelationCond {
  if (roles == null) return LEADING;
  if (!roles.length || roles.length > 20) throw badInput("roles", `give between 1 and 20 roles, got ${roles.length}`);
  for (const r of roles) if (!/^[A-Z][A-Z_]{0,49}$/.test(r)) throw badInput("roles", `a role is UPPER_SNAKE_CASE (LEAD, JOINT_LEAD ...), got ${JSON.stringify(r.slice(0, 60))}`);
  // Roles no leadership holds are refused with the roles in use (src/read/qualifiers.ts).
  return { op: "scalar", column: "subtype", type: "text", filter: { in: [...roles] }, origin: { argument: "roles", path: "roles" } };
}

const ROLES =
  `Leadership roles that count as leading for LEAD_BODY (default ${LEAD_ROLES.join(", ")}: sole, joint and lead-nation ` +
  "leadership; a PARTICIPANT or SPONSOR is not counted unless asked). A role no leadership holds is a BAD_USER_INPUT error listing those in use.";

const MISSION_DEPRECATED =
  "Use missionsAggregate(where:) { groupBy(by: HOST_COUNTRIES | MISSION_TYPES | LEAD_BODIES | START_DATE_YEAR | " +
  "START_DATE_DECADE | EXECUTIVE, where:) }: any condition, and a where on the relationships (e.g. { qualifier: { in: [\"LEAD\"] } }).";

builder.queryFields((t) => ({
  missionCounts: t.field({
    type: [Bucket],
    deprecationReason: MISSION_DEPRECATED,
    description:
      "Missions counted by a dimension (host country, type, lead body, decade, start year, executive), optionally " +
      "filtered as `missions(filter:)`. Entity buckets are sorted by count, years and decades by time. A mission counts " +
      "once per bucket it falls in.",
    args: {
      by: t.arg({ type: MissionDimensionEnum, required: true }),
      filter: t.arg({ type: missionRoot.Filter, required: false }),
      first: t.arg.int({ required: false, description: FIRST }),
      roles: t.arg.stringList({ required: false, description: ROLES }),
    },
    resolve: (_, args, ctx) => {
      const roles = checkRoles(args.roles);
      return missionCounts(ctx, args.by, missionFilterCond((args.filter ?? null) as MissionFilter | null), checkBuckets(args.first), roles);
    },
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
    deprecationReason:
      "Use missionsAggregate(where: { leadBodies: { some: { other: { slug: { equals: \"<slug>\" } }, role: { in: [\"LEAD\", \"JOINT_LEAD\", \"LEAD_NATION\"] } } } }) { groupBy(by: ...) }.",
    description:
      "The missions this body leads (LEADS in one of `roles`), counted by a dimension.",
    args: {
      by: t.arg({ type: MissionDimensionEnum, required: true }),
      first: t.arg.int({ required: false, description: FIRST }),
      roles: t.arg.stringList({
        required: false,
        description: `The roles in which this body leads the missions counted, and for LEAD_BODY those of the bodies counted; default ${LEAD_ROLES.join(", ")}.`,
      }),
    },
    resolve: (org, args, ctx) => {
      const roles = checkRoles(args.roles);
      const self: EntityCond = { op: "scalar", column: "id", type: "int", filter: { equals: org.id } };
      const leads: EntityCond = { op: "rel", quantifier: "some", kinds: ["LEADS"], direction: "IN", where: { op: "and", items: [roles, { op: "other", where: self }] } };
      return missionCounts(ctx, args.by, leads, checkBuckets(args.first), roles);
    },
  }),
}));
