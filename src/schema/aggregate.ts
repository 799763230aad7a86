// Aggregates of every entity kind, beside its connection: `organizationsAggregate(where:)` answers `count`,
// `groupBy(by:)` (a field's value, a date's or year's YEAR or DECADE, or the entity at the other end of any
// relationship field, with an optional where on those relationships, so roles stay apart) and the range of every
// number and date field. All in SQL (src/read/entity-aggregate.ts), respecting the same `where` as the connection.
import { builder, MAX_PAGE_SIZE } from "./builder.js";
import { badInput } from "../errors.js";
import type { EntityKind } from "../data/schema.js";
import { columnRange, groupCounts, type GroupKey } from "../read/entity-aggregate.js";
import { entityCount } from "../read/entity-list.js";
import type { EntityColumn, EntityCond } from "../read/where.js";
import { Entity } from "./entity.js";
import type { Entity as EntityRow } from "../generated/prisma/sqlite/client.js";
import { entityScalarSpecs, relationCondition, relationFieldSpecs, relationWhereInputOf } from "./where.js";

export interface AggregateScope {
  kind: EntityKind;
  cond: EntityCond | null;
}

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

const IntRange = builder.objectRef<{ min: unknown; max: unknown }>("IntRange").implement({
  fields: (t) => ({
    min: t.int({ nullable: true, resolve: (r) => (r.min == null ? null : Number(r.min)) }),
    max: t.int({ nullable: true, resolve: (r) => (r.max == null ? null : Number(r.max)) }),
  }),
});
export const DateRange = builder.objectRef<{ min: unknown; max: unknown }>("DateRange").implement({
  fields: (t) => ({
    min: t.field({ type: "Date", nullable: true, resolve: (r) => (r.min == null ? null : new Date(r.min as string)) }),
    max: t.field({ type: "Date", nullable: true, resolve: (r) => (r.max == null ? null : new Date(r.max as string)) }),
  }),
});

/** Text fields whose values are shared by many entities (the others name one entity each). */
const GROUPED_TEXT = new Set(["region", "subregion", "intermediateRegion", "headquarters", "colour", "policeComponent"]);

const screaming = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();

/** The aggregate type of an entity type: call after its relationship fields are registered (relationFieldsOf). */
export function aggregateTypeOf(typename: string) {
  const scalars = entityScalarSpecs(typename);
  const keys = new Map<string, (where: EntityCond | null, relWhere: unknown) => GroupKey>();
  for (const [name, s] of Object.entries(scalars)) {
    if (s.type === "enum" || s.type === "bool" || (s.type === "text" && GROUPED_TEXT.has(name)))
      keys.set(screaming(name), () => ({ by: "value", column: s.column, type: s.type as "enum" | "bool" | "text" }));
    if (s.type === "int") {
      keys.set(screaming(name), () => ({ by: "value", column: s.column, type: "int" }));
      keys.set(`${screaming(name)}_DECADE`, () => ({ by: "decade", column: s.column, type: "int" }));
    }
    if (s.type === "date") {
      keys.set(`${screaming(name)}_YEAR`, () => ({ by: "year", column: s.column, type: "date" }));
      keys.set(`${screaming(name)}_DECADE`, () => ({ by: "decade", column: s.column, type: "date" }));
    }
  }
  for (const [name, spec] of relationFieldSpecs(typename))
    keys.set(screaming(name), (_w, relWhere) => ({
      by: "relation",
      kinds: spec.kinds,
      direction: spec.direction,
      where: relationCondition("Relationship", relWhere as Record<string, unknown> | null, "groupBy.where"),
    }));
  const KeyEnum = builder.enumType(`${typename}GroupKey`, {
    description: `What ${typename} entities are grouped by: a field's value, the YEAR or DECADE of a date or year, or the entity at the other end of a relationship field (counted once per group).`,
    values: [...keys.keys()] as [string, ...string[]],
  });
  const ranged = Object.entries(scalars).filter(([, s]) => s.type === "int" || s.type === "date");
  return builder.objectRef<AggregateScope>(`${typename}Aggregate`).implement({
    description: `Counts and ranges over the ${typename} entities that match the where, computed in SQL.`,
    fields: (t) => ({
      count: t.int({ resolve: (s, _, ctx) => entityCount(ctx.db, s.kind, s.cond) }),
      groupBy: t.field({
        type: [Bucket],
        description: "Counts per group, the largest first (then by key).",
        args: {
          by: t.arg({ type: KeyEnum, required: true }),
          where: t.arg({
            type: relationWhereInputOf("Relationship"),
            required: false,
            description: "For relationship keys: only the relationships that match (e.g. qualifier LEAD, so participants are not counted as leads).",
          }),
          first: t.arg.int({ required: false, description: `At most this many groups (default and maximum ${MAX_PAGE_SIZE}).` }),
        },
        resolve: async (s, args, ctx) => {
          const first = args.first ?? MAX_PAGE_SIZE;
          if (first < 0 || first > MAX_PAGE_SIZE) throw badInput("first", `must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
          const key = keys.get(args.by as string)!(s.cond, args.where);
          if (key.by !== "relation" && args.where) throw badInput("where", `applies to relationship keys only, not ${String(args.by)}`);
          const groups = await groupCounts(ctx.db, s.kind, s.cond, key, first);
          if (key.by !== "relation") return groups.map((g): BucketShape => ({ key: g.key ?? "UNKNOWN", label: g.key ?? "UNKNOWN", count: g.count, entity: null }));
          const entities = await ctx.loaders.entity.loadMany(groups.map((g) => g.entityId!));
          return groups.map((g, i): BucketShape => {
            const e = entities[i] instanceof Error ? null : (entities[i] as EntityRow | null);
            const key = e ? (e.kind === "COUNTRY" ? (e.isoAlpha2 ?? e.slug) : e.slug) : String(g.key);
            return { key, label: e?.name ?? key, count: g.count, entity: e };
          });
        },
      }),
      ...Object.fromEntries(
        ranged.map(([name, s]) => [
          name,
          t.field({
            type: s.type === "date" ? DateRange : IntRange,
            description: `The smallest and largest ${name}.`,
            resolve: (scope, _, ctx) => columnRange(ctx.db, scope.kind, scope.cond, s.column as EntityColumn),
          }),
        ]),
      ),
    }),
  });
}
