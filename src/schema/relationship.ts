// Relationships are records of their own: one Relation table, and over it one typed GraphQL object per kind
// (Cooperation, Oversight, Membership ...) with its qualifiers, period and sources. Domain modules attach them to
// entities with `relationField`, which reads through the batched relations loader (one statement per level).
import { builder, MAX_PAGE_SIZE } from "./builder.js";
import { OTHER_END, type Direction, type RelationWithEnd } from "../read/relation-window.js";
import { columnNeed, GENERIC_RELATIONS, genericSpec, nestedLevel } from "../read/selection-columns.js";
import type { RelationKind } from "../data/schema.js";
import { badInput } from "../errors.js";
import type { Entity as EntityRow, Relation as RelationRow } from "../generated/prisma/sqlite/client.js";
import { ConfidenceEnum, DirectionEnum, OversightKindEnum, PeriodKnowledgeEnum, RelationKindEnum, UndatedRuleEnum } from "./enums.js";
import { Citation, Source, uniqueSources } from "./source.js";
import { City, Country, Entity, LegalTool, Mission, MissionType, Organization, Requirement, Topic, CrimeArea } from "./entity.js";
import { TYPE_BY_RELATION, encodeId } from "../data/ids.js";
import { DateRangeInput, registerRelationFields, relationListCondition, relationWhereInputOf } from "./where.js";
import { relationAggregateFieldsOf } from "./relationship-aggregate.js";
import { relationConnectionFields, relationsConnectionField } from "./relationship-connection.js";

/** Every relation kind: what a generic `relations` without `kinds` reads. */
const ALL_KINDS = Object.keys(TYPE_BY_RELATION);

/** A relation row as seen from one of its ends (for `partner`). */
export type RelationView = RelationRow & { viewpointId?: number };


/**
 * An end of a relation: the row read with it when there is one (relation-window.ts), else through the loader. The
 * row read with it is returned as it is, not in a promise: a traversal resolves a thousand ends, and graphql-js
 * completes a plain value without the promise, its microtasks and the wait for its siblings.
 */
function loadEnd(
  ctx: { loaders: { entity: { load(id: number): Promise<EntityRow | null> } } },
  id: number,
  r?: RelationRow,
): EntityRow | Promise<EntityRow> {
  const read = (r as RelationWithEnd | undefined)?.[OTHER_END];
  if (read && read.id === id) return read;
  return ctx.loaders.entity.load(id).then((e) => {
    if (!e) throw new Error(`relation end ${id} is missing`);
    return e;
  });
}

export const Relationship = builder.interfaceRef<RelationView>("Relationship");
Relationship.implement({
  description: "A typed, sourced edge between two entities, with the period in which it held.",
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (r) => TYPE_BY_RELATION[r.kind as RelationKind],
  fields: (t) => ({
    id: t.id({ resolve: (r) => encodeId(TYPE_BY_RELATION[r.kind as RelationKind], r.id) }),
    kind: t.field({ type: RelationKindEnum, resolve: (r) => r.kind as RelationKind }),
    from: t.field({ type: Entity, resolve: (r, _, ctx) => loadEnd(ctx, r.fromId, r) }),
    to: t.field({ type: Entity, resolve: (r, _, ctx) => loadEnd(ctx, r.toId, r) }),
    subtype: t.exposeString("subtype", { nullable: true, description: "The kind-specific qualifier, as stored." }),
    agreement: t.exposeString("agreement", { nullable: true, description: "The agreement, resolution or decision behind it." }),
    description: t.exposeString("description", { nullable: true }),
    via: t.field({
      type: Entity,
      nullable: true,
      description: "The instrument the link goes through (a legal tool), where there is one.",
      resolve: (r, _, ctx) => (r.viaId ? ctx.loaders.entity.load(r.viaId) : null),
    }),
    validFrom: t.expose("validFrom", { type: "Date", nullable: true }),
    validTo: t.expose("validTo", { type: "Date", nullable: true }),
    periodKnown: t.field({
      type: PeriodKnowledgeEnum,
      description: "Which bounds of the period the sources state (an unstated start is open under `asOf` unless `undated: EXCLUDE`).",
      resolve: (r) => (r.validFrom ? (r.validTo ? "BOTH" : "START") : r.validTo ? "END" : "NONE"),
    }),
    since: t.expose("validFrom", { type: "Date", nullable: true, description: "Same as validFrom." }),
    until: t.expose("validTo", { type: "Date", nullable: true, description: "Same as validTo." }),
    confidence: t.field({ type: ConfidenceEnum, resolve: (r) => r.confidence as never }),
    note: t.exposeString("note", { nullable: true }),
    sources: t.field({
      type: [Source],
      resolve: async (r, _, ctx) => uniqueSources(await ctx.loaders.citations.load(`r${r.id}`)),
    }),
    citations: t.field({ type: [Citation], resolve: (r, _, ctx) => ctx.loaders.citations.load(`r${r.id}`) }),
    facts: t.stringList({
      description: "Fact-sheet ids behind this relationship.",
      resolve: async (r, _, ctx) => [
        ...new Set((await ctx.loaders.citations.load(`r${r.id}`)).flatMap((c) => (c.facts ? c.facts.split(",") : []))),
      ],
    }),
  }),
});

function edge(kind: RelationKind, description: string) {
  return builder.prismaNode("Relation", {
    variant: TYPE_BY_RELATION[kind] as never,
    description,
    interfaces: [Relationship],
    id: { field: "id" },
    nullable: true,
    findUnique: (id) => ({ id: Number(id), kind }),
    fields: () => ({}),
  });
}

type EntityRef = typeof Organization;
const end = (which: "fromId" | "toId", type: EntityRef | typeof Entity, description?: string) =>
  ({ type, description, resolve: (r: RelationRow, _: unknown, ctx: Parameters<typeof loadEnd>[0]) => loadEnd(ctx, r[which], r) }) as const;

export const Membership = edge("MEMBER_OF", "A country (or body) that is a member of a body.");
builder.prismaObjectFields(Membership, (t) => ({
  member: t.field(end("fromId", Entity)),
  organization: t.field(end("toId", Organization)),
  status: t.exposeString("subtype", { nullable: true, description: "FULL, OPERATIONAL_AGREEMENT, OBSERVER ..." }),
}));

export const PartOf = edge("PART_OF", "An organ, office or component that is part of a larger body or tool.");
builder.prismaObjectFields(PartOf, (t) => ({
  part: t.field(end("fromId", Entity)),
  whole: t.field(end("toId", Entity)),
}));

export const Cooperation = edge("COOPERATES_WITH", "Two bodies that cooperate, through an agreement or practice.");
builder.prismaObjectFields(Cooperation, (t) => ({
  partner: t.field({
    type: Organization,
    description: "The other body, seen from the entity the cooperation was reached through.",
    resolve: (r, _, ctx) => loadEnd(ctx, (r as RelationView).viewpointId === r.toId ? r.fromId : r.toId, r),
  }),
  parties: t.field({
    type: [Organization],
    resolve: async (r, _, ctx) => [await loadEnd(ctx, r.fromId, r), await loadEnd(ctx, r.toId, r)],
  }),
  cooperationKind: t.exposeString("subtype", { nullable: true, description: "AGREEMENT, MEMORANDUM, LIAISON ..." }),
  instrument: t.field({
    type: LegalTool,
    nullable: true,
    resolve: (r, _, ctx) => (r.viaId ? ctx.loaders.entity.load(r.viaId) : null),
  }),
}));

export const Oversight = edge("OVERSEES", "A body that oversees, supervises or holds another to account.");
builder.prismaObjectFields(Oversight, (t) => ({
  overseer: t.field(end("fromId", Organization)),
  overseen: t.field(end("toId", Entity)),
  oversightKind: t.field({ type: OversightKindEnum, nullable: true, resolve: (r) => r.subtype as never }),
  how: t.exposeString("description", { nullable: true }),
}));

export const Mandate = edge("MANDATES", "A body that mandates, authorises or renews a mission or body.");
builder.prismaObjectFields(Mandate, (t) => ({
  mandator: t.field(end("fromId", Organization)),
  mandated: t.field(end("toId", Entity)),
  instrument: t.exposeString("agreement", { nullable: true, description: "The resolution or decision." }),
}));

export const Leadership = edge("LEADS", "A body that leads (or sponsors) a mission or a type of mission.");
builder.prismaObjectFields(Leadership, (t) => ({
  organization: t.field(end("fromId", Organization)),
  led: t.field(end("toId", Entity, "A Mission, or a MissionType for sponsors.")),
  role: t.exposeString("subtype", { nullable: true, description: "LEAD, JOINT_LEAD, LEAD_NATION, SPONSOR ..." }),
}));

export const Hosting = edge("HOSTED_IN", "A mission (or programme) deployed in a country.");
builder.prismaObjectFields(Hosting, (t) => ({
  guest: t.field(end("fromId", Entity)),
  country: t.field(end("toId", Country)),
}));

export const Classification = edge("OF_TYPE", "A mission's type.");
builder.prismaObjectFields(Classification, (t) => ({
  mission: t.field(end("fromId", Mission)),
  missionType: t.field(end("toId", MissionType)),
}));

export const Succession = edge("SUCCEEDS", "A mission that took over from an earlier one.");
builder.prismaObjectFields(Succession, (t) => ({
  successor: t.field(end("fromId", Mission)),
  predecessor: t.field(end("toId", Mission)),
}));

export const CrimeFocus = edge("WORKS_ON", "A body, mission or tool that works on a crime area.");
builder.prismaObjectFields(CrimeFocus, (t) => ({
  actor: t.field(end("fromId", Entity)),
  crimeArea: t.field(end("toId", CrimeArea)),
  focus: t.exposeString("subtype", { nullable: true, description: "FOCUS, COMPETENCE, JOINT_AREA, CENTRE ..." }),
  instrument: t.field({
    type: LegalTool,
    nullable: true,
    resolve: (r, _, ctx) => (r.viaId ? ctx.loaders.entity.load(r.viaId) : null),
  }),
}));

export const ToolUse = edge("USES_TOOL", "A body that operates, issues, uses or supports a legal tool.");
builder.prismaObjectFields(ToolUse, (t) => ({
  user: t.field(end("fromId", Entity)),
  tool: t.field(end("toId", LegalTool)),
  role: t.exposeString("subtype", { nullable: true, description: "OPERATES, ISSUES, USES, SUPPORTS, PARTY ..." }),
}));

export const RequirementRule = edge("REQUIRES", "What a mission, programme or body asks of officers, with its value.");
builder.prismaObjectFields(RequirementRule, (t) => ({
  subject: t.field(end("fromId", Entity)),
  requirement: t.field(end("toId", Requirement)),
  value: t.exposeString("value", { nullable: true, description: "The value as the source states it." }),
  min: t.exposeFloat("min", { nullable: true }),
  max: t.exposeFloat("max", { nullable: true }),
  unit: t.exposeString("unit", { nullable: true }),
  values: t.stringList({ resolve: (r) => JSON.parse(r.values) as string[] }),
}));

export const TopicLink = edge("CONCERNS", "A debate that concerns a body, tool or mission.");
builder.prismaObjectFields(TopicLink, (t) => ({
  topic: t.field(end("fromId", Topic)),
  subject: t.field(end("toId", Entity)),
}));

export const Funding = edge("FUNDS", "A body that funds another body or programme.");
builder.prismaObjectFields(Funding, (t) => ({
  funder: t.field(end("fromId", Entity)),
  funded: t.field(end("toId", Entity)),
}));

export const LegalBasis = edge("BASED_ON", "A legal tool that rests on (or replaces) another.");
builder.prismaObjectFields(LegalBasis, (t) => ({
  instrument: t.field(end("fromId", LegalTool)),
  basis: t.field(end("toId", LegalTool)),
  relationship: t.exposeString("subtype", { nullable: true }),
}));

export const Seat = edge("HEADQUARTERED_IN", "A body headquartered in a city, or a mission's seat, from the sources that state it.");
builder.prismaObjectFields(Seat, (t) => ({
  body: t.field(end("fromId", Entity, "The Organization or Mission.")),
  city: t.field(end("toId", City)),
}));

export const Location = edge("LOCATED_IN", "A city in its country.");
builder.prismaObjectFields(Location, (t) => ({
  city: t.field(end("fromId", City)),
  country: t.field(end("toId", Country)),
}));

/** Validates a nested list's `first`. */
export function checkFirst(first: number | null | undefined, argument = "first"): number {
  if (first == null) return MAX_PAGE_SIZE;
  if (first < 0) throw badInput(argument, `must be 0 or more, got ${first}`);
  if (first > MAX_PAGE_SIZE) throw badInput(argument, `must be at most ${MAX_PAGE_SIZE}, got ${first}`);
  return first;
}

type AnyFieldBuilder = Parameters<Parameters<typeof builder.prismaObjectFields<typeof Organization>>[1]>[0];

/** The `undated` argument beside `asOf` (where.ts UndatedRule), for every list that takes `asOf`. */
export function undatedArg(t: { arg: AnyFieldBuilder["arg"] }) {
  return t.arg({
    type: UndatedRuleEnum,
    required: true,
    defaultValue: "INCLUDE",
    description: "With `asOf`: whether a relationship with no stated start counts as held (INCLUDE) or not (EXCLUDE).",
  });
}

/**
 * A list of typed relationships of an entity, read through the batched loader, with `asOf` and `first`.
 * direction: OUT = the entity is the relation's `from`, IN = its `to`, BOTH for symmetric kinds.
 */
export function relationField(
  t: AnyFieldBuilder,
  type: typeof Membership,
  kinds: RelationKind[],
  direction: Direction,
  description: string,
) {
  return t.field({
    type: [type],
    description,
    // Read by selection-columns.ts nestedLevel: a parent level can read this list with itself.
    extensions: { relationSpec: { kinds, direction } },
    args: {
      asOf: t.arg({ type: "Date", required: false, description: "Only what held on this day." }),
      undated: undatedArg(t),
      first: t.arg.int({ required: false, description: `At most this many (default and maximum ${MAX_PAGE_SIZE}).` }),
      where: t.arg({
        type: relationWhereInputOf(type.name),
        required: false,
        description: "Only the relationships that match: qualifiers, period, sources, the entity at the other end.",
      }),
      during: t.arg({ type: DateRangeInput, required: false, description: "Only what held at some time in this interval (same as where.overlaps)." }),
    },
    resolve: async (e, args, ctx, info) => {
      const first = checkFirst(args.first);
      const where = relationListCondition(type.name, args.where as Record<string, unknown> | null, args.during);
      if (where) {
        const rows = await ctx.loaders.filteredRelations.load({ entityId: e.id, kinds, direction, asOf: args.asOf ?? null, undated: args.undated, limit: first, where });
        return rows.map((r) => ({ ...r, viewpointId: e.id }));
      }
      // `limit`: the database returns at most `first` per entity (one window-function statement per level), with
      // only the columns the selection reads.
      const rows = await ctx.loaders.relations.load({
        entityId: e.id,
        kinds,
        direction,
        asOf: args.asOf ?? null,
        undated: args.undated,
        limit: first,
        need: columnNeed(info),
        nested: ctx.db.provider === "postgresql" && args.undated === "INCLUDE" ? nestedLevel(info, checkFirst, ALL_KINDS) : null,
      });
      return rows.slice(0, first).map((r) => ({ ...r, viewpointId: e.id }));
    },
  });
}

builder.interfaceFields(Entity, (t) => ({
  relations: t.field({
    type: [Relationship],
    description: "Every relationship of this entity, of the given kinds (all by default), typed.",
    // Read by selection-columns.ts nestedLevel: its kinds and direction are its arguments.
    extensions: { relationSpec: GENERIC_RELATIONS },
    args: {
      kinds: t.arg({ type: [RelationKindEnum], required: false }),
      direction: t.arg({ type: DirectionEnum, required: false, defaultValue: "BOTH" }),
      asOf: t.arg({ type: "Date", required: false }),
      undated: undatedArg(t),
      first: t.arg.int({ required: false }),
      during: t.arg({ type: DateRangeInput, required: false, description: "Only what held at some time in this interval." }),
    },
    resolve: async (e, args, ctx, info) => {
      const first = checkFirst(args.first);
      const kinds = (args.kinds?.length ? args.kinds : ALL_KINDS) as RelationKind[];
      const during = relationListCondition("Relationship", null, args.during);
      if (during) {
        const key = { entityId: e.id, kinds: [...kinds].sort(), direction: args.direction ?? "BOTH", asOf: args.asOf ?? null, undated: args.undated, limit: first, where: during };
        return (await ctx.loaders.filteredRelations.load(key)).map((r) => ({ ...r, viewpointId: e.id }));
      }
      // The same read as a typed field over the same edges: at most `first` per entity in SQL, only the columns
      // the selection reads, and on PostgreSQL the next level's list in the same statement.
      const rows = await ctx.loaders.relations.load({
        entityId: e.id,
        ...genericSpec(args, ALL_KINDS),
        asOf: args.asOf ?? null,
        undated: args.undated,
        limit: first,
        need: columnNeed(info),
        nested: ctx.db.provider === "postgresql" && args.undated === "INCLUDE" ? nestedLevel(info, checkFirst, ALL_KINDS) : null,
      });
      return rows.slice(0, first).map((r) => ({ ...r, viewpointId: e.id }));
    },
  }),
  relationsConnection: relationsConnectionField(t, Relationship),
}));

interface RelationSpec {
  type: typeof Membership;
  kinds: RelationKind[];
  direction: Direction;
  description: string;
}

/** A relationship field of an entity type: the relationship type, its kinds and the side the entity is on. */
export function relation(type: typeof Membership, kinds: RelationKind[], direction: Direction, description: string): RelationSpec {
  return { type, kinds, direction, description };
}

/**
 * Adds an entity type's relationship fields (relationField each) and registers them with the `where` language, so
 * `<Type>Where` has a some/none/all predicate of the same name for each (src/schema/where.ts).
 */
export function relationFieldsOf(ref: typeof Organization, fields: Record<string, RelationSpec>): void {
  builder.prismaObjectFields(ref, (t) =>
    Object.fromEntries(
      Object.entries(fields).map(([name, s]) => [name, relationField(t as AnyFieldBuilder, s.type, s.kinds, s.direction, s.description)]),
    ),
  );
  relationAggregateFieldsOf(ref, fields);
  builder.prismaObjectFields(ref, (t) => relationConnectionFields(t, fields));
  registerRelationFields(
    ref.name,
    Object.fromEntries(
      Object.entries(fields).map(([name, s]) => [name, { relType: s.type.name, kinds: s.kinds, direction: s.direction, description: s.description }]),
    ),
  );
}
