// Aggregates beside every relationship list (the Hasura/Neo4j convention): `Organization.cooperationsAggregate(where:,
// asOf:, during:)`, `Mission.leadBodiesAggregate`, ... and `Entity.relationsAggregate(kinds:, direction:)`, each a
// `<RelType>Aggregate` with `count`, `groupBy(by:, first:)` (the qualifier, so roles stay apart; the YEAR or DECADE
// of a date; the entity at the other end or one of its fields) and the ranges of the dates and numbers. They count
// exactly what the list shows for the same where and asOf, in SQL, one statement per level for all parents
// (src/read/relation-aggregate.ts, through the loaders of src/read/context.ts).
import { builder, MAX_PAGE_SIZE } from "./builder.js";
import { badInput } from "../errors.js";
import { RELATION_ENDS, type EntityKind, type RelationKind } from "../data/schema.js";
import { TYPE_BY_KIND, TYPE_BY_RELATION } from "../data/ids.js";
import type { Direction } from "../read/relation-window.js";
import type { RelationCond } from "../read/where.js";
import type { RelationGroupKey, RelationScope } from "../read/relation-aggregate.js";
import { Bucket, DateRange, type BucketShape } from "./aggregate.js";
import { Entity, type Organization } from "./entity.js";
import { DirectionEnum, RelationKindEnum } from "./enums.js";
import { DateRangeInput, entityScalarSpecs, relationCondition, relationWhereInputOf } from "./where.js";

/** What one aggregate field counts: the relationships of one entity that its list would show. */
export type RelationAggregateScope = RelationScope & { entityId: number };

const FloatRange = builder.objectRef<{ min: unknown; max: unknown }>("FloatRange").implement({
  fields: (t) => ({
    min: t.float({ nullable: true, resolve: (r) => (r.min == null ? null : Number(r.min)) }),
    max: t.float({ nullable: true, resolve: (r) => (r.max == null ? null : Number(r.max)) }),
  }),
});

const screaming = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();

/** The qualifier (Relation.subtype) of each relationship type, by the name of its own field; SUBTYPE otherwise. */
const QUALIFIER: Record<string, string> = {
  Membership: "status",
  Cooperation: "cooperationKind",
  Oversight: "oversightKind",
  Leadership: "role",
  CrimeFocus: "focus",
  ToolUse: "role",
  LegalBasis: "relationship",
  Relationship: "qualifier",
};

/** Fields of the other end grouped by value: enums, booleans, and the text fields many entities share. */
const OTHER_TEXT = new Set(["region", "subregion"]);
function otherEndKeys(relType: string, kinds: RelationKind[]): Map<string, RelationGroupKey> {
  const endKinds = new Set<EntityKind>();
  for (const k of kinds) for (const e of [...(RELATION_ENDS[k].from ?? []), ...(RELATION_ENDS[k].to ?? [])]) endKinds.add(e);
  // The generic aggregate, and types whose ends the vocabulary does not name, offer every kind's fields.
  const types = relType === "Relationship" || !endKinds.size ? Object.values(TYPE_BY_KIND) : [...endKinds].map((k) => TYPE_BY_KIND[k]);
  const keys = new Map<string, RelationGroupKey>([["OTHER_KIND", { by: "otherColumn", column: "kind", type: "enum" }]]);
  for (const type of types)
    for (const [name, s] of Object.entries(entityScalarSpecs(type))) {
      if (name === "confidence") continue;
      if (s.type === "enum" || s.type === "bool" || (s.type === "text" && OTHER_TEXT.has(name)))
        keys.set(`OTHER_${screaming(name)}`, { by: "otherColumn", column: s.column, type: s.type as "enum" | "bool" | "text" });
    }
  return keys;
}

function groupKeysOf(relType: string, kinds: RelationKind[]): Map<string, RelationGroupKey> {
  const keys = new Map<string, RelationGroupKey>();
  keys.set(screaming(QUALIFIER[relType] ?? "subtype"), { by: "column", column: "subtype" });
  if (relType === "Relationship") keys.set("KIND", { by: "column", column: "kind" });
  keys.set("CONFIDENCE", { by: "column", column: "confidence" });
  keys.set("VALID_FROM_YEAR", { by: "year", column: "validFrom" });
  keys.set("VALID_FROM_DECADE", { by: "decade", column: "validFrom" });
  keys.set("VALID_TO_YEAR", { by: "year", column: "validTo" });
  keys.set("VALID_TO_DECADE", { by: "decade", column: "validTo" });
  keys.set("OTHER", { by: "other" });
  for (const [name, key] of otherEndKeys(relType, kinds)) keys.set(name, key);
  return keys;
}

function checkGroups(first: number | null | undefined): number {
  if (first == null) return MAX_PAGE_SIZE;
  if (first < 0 || first > MAX_PAGE_SIZE) throw badInput("first", `must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
  return first;
}

const aggregateTypes = new Map<string, ReturnType<typeof aggregateType>>();

function aggregateType(relType: string, kinds: RelationKind[]) {
  const keys = groupKeysOf(relType, kinds);
  const qualifier = screaming(QUALIFIER[relType] ?? "subtype");
  const KeyEnum = builder.enumType(`${relType}GroupKey`, {
    description:
      `What ${relType} relationships are grouped by: ${qualifier} (the qualifier, each value its own group), the YEAR or DECADE ` +
      "of validFrom or validTo, OTHER (the entity at the other end, in Bucket.entity) or OTHER_<field> (a field of that entity; " +
      "UNKNOWN when it has none). Relationships without a value are counted under UNKNOWN.",
    values: [...keys.keys()] as [string, ...string[]],
  });
  return builder.objectRef<RelationAggregateScope>(`${relType}Aggregate`).implement({
    description: `Counts, groups and ranges of an entity's ${relType} relationships: exactly those its list shows for the same where and asOf, computed in SQL.`,
    fields: (t) => ({
      count: t.int({
        description: "How many relationships the list holds (without `first`).",
        resolve: async (s, _, ctx) => (await ctx.loaders.relationStats.load(s)).count,
      }),
      groupBy: t.field({
        type: [Bucket],
        description: "Counts per group, the largest first (then by key, UNKNOWN last).",
        args: {
          by: t.arg({ type: KeyEnum, required: true }),
          first: t.arg.int({ required: false, description: `At most this many groups (default and maximum ${MAX_PAGE_SIZE}).` }),
        },
        resolve: async (s, args, ctx) => {
          const first = checkGroups(args.first);
          const by = keys.get(args.by as string)!;
          const groups = await ctx.loaders.relationGroups.load({ ...s, by, first });
          return groups.map((g): BucketShape => {
            if (!g.entity) return { key: g.key ?? "UNKNOWN", label: g.key ?? "UNKNOWN", count: g.count, entity: null };
            const e = g.entity;
            const key = e.kind === "COUNTRY" ? (e.isoAlpha2 ?? e.slug) : e.slug;
            return { key, label: e.name, count: g.count, entity: e };
          });
        },
      }),
      validFrom: t.field({
        type: DateRange,
        description: "The earliest and latest start among the dated relationships.",
        resolve: async (s, _, ctx) => (await ctx.loaders.relationStats.load(s)).validFrom,
      }),
      validTo: t.field({
        type: DateRange,
        description: "The earliest and latest end among the relationships that ended.",
        resolve: async (s, _, ctx) => (await ctx.loaders.relationStats.load(s)).validTo,
      }),
      ...(relType === "RequirementRule"
        ? {
            min: t.field({
              type: FloatRange,
              description: "The smallest and largest minimum value.",
              resolve: async (s, _, ctx) => (await ctx.loaders.relationStats.load(s)).min,
            }),
            max: t.field({
              type: FloatRange,
              description: "The smallest and largest maximum value.",
              resolve: async (s, _, ctx) => (await ctx.loaders.relationStats.load(s)).max,
            }),
          }
        : {}),
    }),
  });
}

/** The aggregate type of a relationship type, made once (the first field to ask names its kinds). */
function aggregateTypeOf(relType: string, kinds: RelationKind[]) {
  let ref = aggregateTypes.get(relType);
  if (!ref) aggregateTypes.set(relType, (ref = aggregateType(relType, kinds)));
  return ref;
}

interface AggregateArgs {
  where?: Record<string, unknown> | null;
  asOf?: Date | null;
  during?: { from?: Date | null; to?: Date | null } | null;
}

/** The where (with `during` as an overlaps condition) of an aggregate field, validated: BAD_USER_INPUT otherwise. */
function scopeOf(relType: string, args: AggregateArgs): Pick<RelationScope, "asOf" | "where"> {
  const where = relationCondition(relType, args.where);
  let during: RelationCond | null = null;
  if (args.during && (args.during.from || args.during.to)) {
    const { from, to } = args.during;
    if (from && to && from.getTime() > to.getTime()) throw badInput("during", "'from' is after 'to'");
    during = { op: "overlaps", from: from ?? null, to: to ?? null };
  }
  return { asOf: args.asOf ?? null, where: where && during ? { op: "and", items: [where, during] } : (where ?? during) };
}

type FieldBuilder = Parameters<Parameters<typeof builder.prismaObjectFields<typeof Organization>>[1]>[0];

function aggregateArgs(t: FieldBuilder, relType: string) {
  return {
    where: t.arg({
      type: relationWhereInputOf(relType),
      required: false,
      description: "Only the relationships that match (as the list's where): qualifiers, period, sources, the other end.",
    }),
    asOf: t.arg({ type: "Date", required: false, description: "Only what held on this day (as the list's asOf)." }),
    during: t.arg({
      type: DateRangeInput,
      required: false,
      description: "Only the relationships whose period overlaps this interval (undated bounds are open).",
    }),
  };
}

/** A relationship field as relationship.ts declares it (its GraphQL type, kinds and the side the entity is on). */
interface RelationFieldSpec {
  type: { name: string };
  kinds: RelationKind[];
  direction: Direction;
  description: string;
}

/** Adds `<field>Aggregate` beside each relationship field of an entity type (called by relationFieldsOf). */
export function relationAggregateFieldsOf(ref: typeof Organization, fields: Record<string, RelationFieldSpec>): void {
  builder.prismaObjectFields(ref, (t) =>
    Object.fromEntries(
      Object.entries(fields).map(([name, s]) => {
        const relType = s.type.name;
        return [
          `${name}Aggregate`,
          t.field({
            type: aggregateTypeOf(relType, s.kinds),
            description: `Counts, groups and ranges of ${name}, computed in SQL: ${s.description}`,
            args: aggregateArgs(t, relType),
            resolve: (e, args): RelationAggregateScope => ({
              entityId: e.id,
              kinds: [...s.kinds].sort(),
              direction: s.direction,
              ...scopeOf(relType, args as AggregateArgs),
            }),
          }),
        ];
      }),
    ),
  );
}

const ALL_KINDS = Object.keys(TYPE_BY_RELATION) as RelationKind[];

builder.interfaceFields(Entity, (t) => ({
  relationsAggregate: t.field({
    type: aggregateTypeOf("Relationship", ALL_KINDS),
    description: "Counts, groups and ranges of this entity's relationships of the given kinds (all by default), computed in SQL.",
    args: {
      kinds: t.arg({ type: [RelationKindEnum], required: false }),
      direction: t.arg({ type: DirectionEnum, required: false, defaultValue: "BOTH" }),
      ...aggregateArgs(t as unknown as FieldBuilder, "Relationship"),
    },
    resolve: (e, args): RelationAggregateScope => ({
      entityId: e.id,
      kinds: [...(args.kinds?.length ? args.kinds : ALL_KINDS)].sort(),
      direction: args.direction ?? "BOTH",
      ...scopeOf("Relationship", args as AggregateArgs),
    }),
  }),
}));
