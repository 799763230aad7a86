// Relationship lists as Relay connections (issue 13): beside each relationship field `<field>` of an entity type, a
// `<field>Connection` (the Neo4j GraphQL convention) with cursors both ways, totalCount, where, orderBy, asOf and
// during, typed per relationship kind (`CooperationConnection` ...); and `Entity.relationsConnection` over every kind.
// A level of pages is one statement for all its parents (src/read/relation-list.ts, through the filteredRelations
// loader: a window per parent, keyset cursors), its totalCounts one more, only when selected.
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./builder.js";
import type { Context } from "../read/context.js";
import type { RelationKind } from "../data/schema.js";
import type { Direction } from "../read/relation-window.js";
import type { RelationOrderKey, RelationSetKey } from "../read/relation-list.js";
import type { UndatedRule } from "../read/where.js";
import type { Entity as EntityRow, Relation as RelationRow } from "../generated/prisma/sqlite/client.js";
import { badInput } from "../errors.js";
import { TYPE_BY_RELATION } from "../data/ids.js";
import { DirectionEnum, RelationKindEnum, SortDirectionEnum, UndatedRuleEnum } from "./enums.js";
import { DateRangeInput, relationListCondition, relationWhereInputOf } from "./where.js";
import { MAX_INT32 } from "./input-validation.js";

type Node = RelationRow & { viewpointId?: number };

/** What a connection's resolver hands its fields: the page, and what totalCount counts (read only when asked). */
interface RelationPage {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  count: RelationSetKey & { entityId: number };
}

// ---- cursors: base64("RC:<relation id>"); the order's keys are read from that row (keyset)

const CURSOR = /^RC:(\d{1,10})$/;
const encodeCursor = (id: number) => Buffer.from(`RC:${id}`, "utf8").toString("base64");

function decodeCursor(argument: string, cursor: string): number {
  const decoded = Buffer.from(cursor, "base64").toString("utf8");
  const m = CURSOR.exec(decoded);
  if (!m || Number(m[1]) > MAX_INT32 || encodeCursor(Number(m[1])).replace(/=+$/, "") !== cursor.replace(/=+$/, ""))
    throw badInput(argument, `'${cursor.slice(0, 80)}' is not a cursor returned by a relationship connection`);
  return Number(m[1]);
}

// ---- order

const ORDER_COLUMNS = { VALID_FROM: "validFrom", VALID_TO: "validTo", CREATED: "id", KIND: "kind" } as const;
const MAX_ORDER_KEYS = Object.keys(ORDER_COLUMNS).length;

export const RelationshipOrderFieldEnum = builder.enumType("RelationshipOrderField", {
  description: "A sort key of a relationship connection: dates sort undated ones last (first when DESC); ties by CREATED.",
  values: {
    VALID_FROM: { description: "Start of its period." },
    VALID_TO: { description: "End of its period." },
    CREATED: { description: "Order of creation (its id)." },
    KIND: { description: "Relationship kind (for lists of several kinds)." },
  },
});

export const RelationshipOrderBy = builder.inputType("RelationshipOrderBy", {
  fields: (t) => ({
    field: t.field({ type: RelationshipOrderFieldEnum, required: true }),
    direction: t.field({ type: SortDirectionEnum, required: false, defaultValue: "ASC" }),
  }),
});

type OrderInput = { field: keyof typeof ORDER_COLUMNS; direction?: "ASC" | "DESC" | null };

function orderOf(orderBy: readonly OrderInput[] | null | undefined): RelationOrderKey[] {
  const given = orderBy?.length ? orderBy : [{ field: "VALID_FROM" as const, direction: "ASC" as const }];
  if (given.length > MAX_ORDER_KEYS) throw badInput("orderBy", `has ${given.length} keys; at most ${MAX_ORDER_KEYS}`);
  return given.map((o) => ({ column: ORDER_COLUMNS[o.field], desc: o.direction === "DESC" }));
}

// ---- paging

interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

function pageOf(args: PageArgs) {
  for (const name of ["first", "last"] as const) {
    const v = args[name];
    if (v == null) continue;
    if (v < 0) throw badInput(name, `must be 0 or more, got ${v}`);
    if (v > MAX_PAGE_SIZE) throw badInput(name, `must be at most ${MAX_PAGE_SIZE}, got ${v}`);
  }
  if (args.first != null && args.last != null) throw badInput("last", "give first or last, not both");
  return {
    backwards: args.last != null,
    limit: args.first ?? args.last ?? DEFAULT_PAGE_SIZE,
    after: args.after != null ? decodeCursor("after", args.after) : null,
    before: args.before != null ? decodeCursor("before", args.before) : null,
  };
}

interface ListArgs extends PageArgs {
  where?: Record<string, unknown> | null;
  during?: { from?: Date | null; to?: Date | null } | null;
  orderBy?: readonly OrderInput[] | null;
  asOf?: Date | null;
  undated?: UndatedRule;
}

/** One parent's page: at most one row more than asked, read with the pages of every parent of its level. */
async function resolvePage(ctx: Context, entityId: number, relType: string, kinds: RelationKind[], direction: Direction, args: ListArgs): Promise<RelationPage> {
  const page = pageOf(args);
  const set: RelationSetKey = { kinds, direction, asOf: args.asOf ?? null, undated: args.undated, where: relationListCondition(relType, args.where, args.during) };
  const order = orderOf(args.orderBy);
  const rows = await ctx.loaders.filteredRelations.load({ ...set, entityId, order, ...page, limit: page.limit + 1 });
  const more = rows.length > page.limit;
  // Backwards, the extra row is the first one (rows come in order either way).
  const kept = !more ? rows : page.backwards ? rows.slice(rows.length - page.limit) : rows.slice(0, page.limit);
  const edges = kept.map((r) => ({ cursor: encodeCursor(r.id), node: { ...r, viewpointId: entityId } }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backwards ? page.before != null : more,
      hasPreviousPage: page.backwards ? more : page.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    count: { ...set, entityId },
  };
}

// ---- types: one connection per relationship type, shared by every field of that type

/** A relationship type (Cooperation ...) or the Relationship interface. */
type RelRef = { name: string };
const connections = new Map<string, ReturnType<typeof connectionType>>();

function connectionType(type: RelRef) {
  return builder.connectionObject(
    {
      type: type as never,
      name: `${type.name}Connection`,
      nodeNullable: false,
      description: `A page of ${type.name} relationships, with cursors, and how many there are in all.`,
      fields: (t) => ({
        totalCount: t.int({
          description: "How many relationships match (where, asOf, during), over every page: read only when selected.",
          resolve: (c, _args, ctx) => ctx.loaders.relationCounts.load((c as unknown as RelationPage).count),
        }),
        nodes: t.field({
          type: [type] as never,
          description: "The relationships of this page (the nodes of `edges`).",
          resolve: (c) => (c as unknown as RelationPage).edges.map((e) => e.node) as never,
        }),
      }),
    },
    { name: `${type.name}Edge` },
  );
}

function connectionOf(type: RelRef) {
  let c = connections.get(type.name);
  if (!c) connections.set(type.name, (c = connectionType(type)));
  return c;
}

type FieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<never>, EntityRow>;

const LIST_ARGS_DOC = {
  where: "Only the relationships that match: qualifiers, period, sources, the entity at the other end.",
  orderBy: "Sort keys (default VALID_FROM ascending, undated last), ties by CREATED.",
  asOf: "Only what held on this day.",
  undated: "With `asOf`: whether a relationship with no stated start counts as held (INCLUDE) or not (EXCLUDE).",
  during: "Only what held at some time in this interval (undated bounds are open); same as where.overlaps.",
};

/** The `<field>Connection` of a relationship field: `type` its relationship type, `kinds` and `direction` its relations. */
export function relationConnectionField(t: unknown, type: RelRef, kinds: RelationKind[], direction: Direction, description: string) {
  const f = t as FieldBuilder;
  return f.connection(
    {
      type: type as never,
      description: `${description} A connection: cursors both ways, totalCount, where, orderBy, asOf, during.`,
      args: {
        where: f.arg({ type: relationWhereInputOf(type.name), required: false, description: LIST_ARGS_DOC.where }),
        orderBy: f.arg({ type: [RelationshipOrderBy], required: false, description: LIST_ARGS_DOC.orderBy }),
        asOf: f.arg({ type: "Date" as never, required: false, description: LIST_ARGS_DOC.asOf }),
        undated: f.arg({ type: UndatedRuleEnum, required: true, defaultValue: "INCLUDE", description: LIST_ARGS_DOC.undated }),
        during: f.arg({ type: DateRangeInput, required: false, description: LIST_ARGS_DOC.during }),
      },
      resolve: (e: EntityRow, args: ListArgs, ctx: Context) => resolvePage(ctx, e.id, type.name, kinds, direction, args) as never,
    } as never,
    connectionOf(type) as never,
  );
}

/** `<field>Connection` for each relationship field of an entity type. */
export function relationConnectionFields(t: unknown, fields: Record<string, { type: RelRef; kinds: RelationKind[]; direction: Direction; description: string }>) {
  return Object.fromEntries(
    Object.entries(fields).map(([name, s]) => [`${name}Connection`, relationConnectionField(t, s.type, s.kinds, s.direction, s.description)]),
  );
}

/** `Entity.relationsConnection`: every relationship of an entity, of the given kinds, as a connection. */
export function relationsConnectionField(t: unknown, relationship: RelRef) {
  const f = t as FieldBuilder;
  return f.connection(
    {
      type: relationship as never,
      description: "Every relationship of this entity, of the given kinds (all by default), typed, as a connection.",
      args: {
        kinds: f.arg({ type: [RelationKindEnum], required: false }),
        direction: f.arg({ type: DirectionEnum, required: false, defaultValue: "BOTH" }),
        where: f.arg({ type: relationWhereInputOf("Relationship"), required: false, description: LIST_ARGS_DOC.where }),
        orderBy: f.arg({ type: [RelationshipOrderBy], required: false, description: LIST_ARGS_DOC.orderBy }),
        asOf: f.arg({ type: "Date" as never, required: false, description: LIST_ARGS_DOC.asOf }),
        undated: f.arg({ type: UndatedRuleEnum, required: true, defaultValue: "INCLUDE", description: LIST_ARGS_DOC.undated }),
        during: f.arg({ type: DateRangeInput, required: false, description: LIST_ARGS_DOC.during }),
      },
      resolve: (e: EntityRow, args: ListArgs & { kinds?: RelationKind[] | null; direction?: Direction | null }, ctx: Context) => {
        const kinds = (args.kinds?.length ? [...new Set(args.kinds)] : (Object.keys(TYPE_BY_RELATION) as RelationKind[])).sort();
        return resolvePage(ctx, e.id, "Relationship", kinds, args.direction ?? "BOTH", args) as never;
      },
    } as never,
    connectionOf(relationship) as never,
  );
}
