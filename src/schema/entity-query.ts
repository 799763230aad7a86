// Shared machinery for the root fields of each entity kind: a nullable lookup by id or slug, and a Relay
// connection with filters, ordering and totalCount. Each domain module calls `entityRootFields` once. Every read goes
// through the planner (src/read/entity-list.ts): a `filter` becomes the same condition tree a `where` does.
import { builder, MAX_PAGE_SIZE } from "./builder.js";
import type { EntityKind } from "../data/schema.js";
import { utcDate } from "../data/dates.js";
import { badInput } from "../errors.js";
import { SortDirectionEnum } from "./enums.js";
import { entitySelect } from "../read/selection-columns.js";
import type { GraphQLResolveInfo } from "graphql";
import { type Organization } from "./entity.js";
import { TYPE_BY_KIND, decodeId } from "../data/ids.js";
import { DateRangeInput, dateRange, entityCondition, whereInputOf } from "./where.js";
import { aggregateTypeOf } from "./aggregate.js";
import { entityCount, entityLookup, entityPage, type EntityMatch, type PageQuery } from "../read/entity-list.js";
import type { EntityColumn, EntityCond } from "../read/where.js";
import type { Direction } from "../read/relation-window.js";

/** A filter's text, trimmed; null when empty; too long: a typed error. */
export function filterText(text: string | null | undefined): string | null {
  const q = text?.trim();
  if (!q) return null;
  if (q.length > 200) throw badInput("filter.text", "must be at most 200 characters");
  return q;
}

const TEXT_COLUMNS = ["name", "acronym", "aliases", "description", "slug"] as const;

/** `filter.text` as a condition: any of the text columns contains it (ignoring case; `%` and `_` are literal). */
export function textCond(text: string | null | undefined): EntityCond | null {
  const q = filterText(text);
  if (!q) return null;
  return { op: "or", items: TEXT_COLUMNS.map((column) => ({ op: "scalar", column, type: "text", filter: { contains: q } })) };
}

/** The conditions that are given, as one (null: none). */
export function allOf(...conds: (EntityCond | null | undefined)[]): EntityCond | null {
  const items = conds.filter((c): c is EntityCond => c != null);
  return items.length === 0 ? null : items.length === 1 ? items[0] : { op: "and", items };
}

/** A text equality condition on an entity column. */
export const equals = (column: EntityColumn, value: string | number | boolean, type: "text" | "int" | "bool" | "enum" = "text"): EntityCond => ({
  op: "scalar",
  column,
  type,
  filter: { equals: value },
});

/** Entities of this kind. */
export const ofKind = (kind: EntityKind): EntityCond => ({ op: "kind", kinds: [kind] });

/** A relationship predicate: `some` (or `none`) relationship of these kinds, its other end matching `other`. */
export function related(kinds: string[], direction: Direction, other: EntityCond | null, quantifier: "some" | "none" = "some"): EntityCond {
  return { op: "rel", quantifier, kinds, direction, where: other ? { op: "other", where: other } : null };
}

/** A country named by an ISO 3166-1 alpha-2 or alpha-3 code (any case). */
export function countryByCode(code: string): EntityCond {
  const c = code.toUpperCase();
  return allOf(ofKind("COUNTRY"), { op: "or", items: [equals("isoAlpha2", c), equals("isoAlpha3", c)] })!;
}

/** An entity of `kind` (any kind when null) with this slug. */
export const bySlug = (kind: EntityKind | null, slug: string): EntityCond => allOf(kind ? ofKind(kind) : null, equals("slug", slug))!;

export function checkPage(args: { first?: number | null; last?: number | null }) {
  for (const name of ["first", "last"] as const) {
    const v = args[name];
    if (v == null) continue;
    if (v < 0) throw badInput(name, `must be 0 or more, got ${v}`);
    if (v > MAX_PAGE_SIZE) throw badInput(name, `must be at most ${MAX_PAGE_SIZE}, got ${v}`);
  }
}

/**
 * Resolves `id` (a global id of this type) or `slug` to the columns the entity must have; null when the id is of
 * another type. Retired entities are hidden from lookups and lists (entityLookup); node(id:) still resolves them.
 */
export function lookupMatch(kind: EntityKind, args: { id?: string | null; slug?: string | null }): EntityMatch | null {
  if ((args.id == null) === (args.slug == null)) throw badInput(args.id == null ? "id" : "slug", "give exactly one of id or slug");
  if (args.id != null) {
    const { typename, id } = decodeId(args.id);
    if (typename !== TYPE_BY_KIND[kind]) return null;
    return { id: Number(id), kind };
  }
  return { kind, slug: args.slug! };
}

/** The Entity columns a lookup's (or, `connection`, a connection's nodes') selection reads; null: all. */
export function selectedColumns(info: GraphQLResolveInfo, connection: boolean): string[] | null {
  const select = entitySelect(info, connection);
  return select ? Object.keys(select) : null;
}

type FieldBuilder = Parameters<Parameters<typeof builder.queryFields>[0]>[0];

export interface RootFieldsOptions<Filter> {
  kind: EntityKind;
  ref: typeof Organization;
  /** Root field names, e.g. ["organization", "organizations"]; null skips the lookup (defined elsewhere). */
  names: [string | null, string];
  filter?: { name: string; fields: (t: Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0]) => object };
  /** The filter's fields (beyond `text`) as a condition tree of the planner; null: no condition. */
  cond?: (filter: Filter) => EntityCond | null;
  /** Sort keys beyond NAME, mapped to entity columns. */
  orderFields?: Record<string, EntityColumn>;
}

export function entityRootFields<Filter extends { text?: string | null }>(opts: RootFieldsOptions<Filter>) {
  const typeName = TYPE_BY_KIND[opts.kind];
  const orderFields = { NAME: "name", CREATED: "id", ...(opts.orderFields ?? {}) } as Record<string, string>;
  const OrderField = builder.enumType(`${typeName}OrderField`, { values: Object.keys(orderFields) });
  const OrderBy = builder.inputType(`${typeName}OrderBy`, {
    fields: (t) => ({
      field: t.field({ type: OrderField, required: true }),
      direction: t.field({ type: SortDirectionEnum, required: false, defaultValue: "ASC" }),
    }),
  });
  const Filter = opts.filter
    ? builder.inputType(opts.filter.name, {
        fields: (t) => ({
          text: t.string({ required: false, description: "Matches name, acronym, aliases, description or slug." }),
          ...(opts.filter!.fields(t) as object),
        }),
      })
    : builder.inputType(`${typeName}Filter`, {
        fields: (t) => ({
          text: t.string({ required: false, description: "Matches name, acronym, aliases, description or slug." }),
        }),
      });

  /** The where of a connection's arguments as a condition tree; undefined when it has none (the filter path). */
  /** The filter as a condition tree. */
  const condOf = (filter: Filter | null | undefined): EntityCond | null =>
    filter ? allOf(textCond(filter.text), opts.cond?.(filter)) : null;

  /** The condition of a connection's arguments: its `where` (and `during`) or its older `filter`. */
  const conditionOf = (args: { where?: unknown; filter?: unknown; during?: unknown }): EntityCond | null => {
    if (args.where == null && args.during == null) return condOf(args.filter as Filter | null | undefined);
    if (args.filter != null)
      throw args.where != null
        ? badInput("where", "give `where` or `filter`, not both (`where` says all `filter` does)")
        : badInput("during", "goes with `where`, not the older `filter` (`where` says all `filter` does)");
    const cond = args.where == null ? null : entityCondition(typeName, args.where as Record<string, unknown>);
    if (args.during == null) return cond;
    const during: EntityCond = { op: "during", ...dateRange(args.during as { from?: Date | null; to?: Date | null }, "during") };
    return cond ? { op: "and", items: [cond, during] } : during;
  };

  const Aggregate = aggregateTypeOf(typeName);

  builder.queryFields((t: FieldBuilder) => ({
    [`${opts.names[1]}Aggregate`]: t.field({
      type: Aggregate,
      description: `Counts, groups and ranges of the ${typeName} entities that match the where, computed in SQL.`,
      args: { where: t.arg({ type: whereInputOf(typeName), required: false }) },
      resolve: (_root, args) => ({ kind: opts.kind, cond: entityCondition(typeName, args.where as Record<string, unknown> | null) }),
    }),
    ...(opts.names[0] && { [opts.names[0]]: t.field({
      type: opts.ref,
      nullable: true,
      description: `A ${typeName} by global id or by slug; null if there is none.`,
      args: { id: t.arg.id({ required: false }), slug: t.arg.string({ required: false }) },
      resolve: (_root, args, ctx, info) => {
        const match = lookupMatch(opts.kind, args);
        // Only the columns the selection reads: turning unused text columns into strings costs more than the lookup.
        return match ? entityLookup(ctx.db, match, selectedColumns(info, false)) : null;
      },
    }) }),
    [opts.names[1]]: t.prismaConnection(
      {
        type: opts.ref,
        cursor: "id",
        description: `${typeName} entities, filtered and ordered, with cursor pagination.`,
        args: {
          filter: t.arg({ type: Filter, required: false }),
          orderBy: t.arg({ type: [OrderBy], required: false }),
          where: t.arg({
            type: whereInputOf(typeName),
            required: false,
            description: "Conditions on fields and relationships (AND/OR/NOT, some/none/all), compiled to SQL. Give `where` or the older `filter`, not both.",
          }),
          during: t.arg({
            type: DateRangeInput,
            required: false,
            description:
              "Only entities whose own period overlaps this interval: started (missions) or founded (bodies, by year) by its end, not ended before its start; undated bounds are open, so undated entities are kept.",
          }),
        },
        totalCount: (_conn, args, ctx) => {
          checkPage(args);
          return entityCount(ctx.db, opts.kind, conditionOf(args));
        },
        resolve: (query, _root, args, ctx, info) => {
          checkPage(args);
          const order = (args.orderBy ?? [{ field: "NAME", direction: "ASC" }]).map((o) => ({
            column: orderFields[o.field as string] as EntityColumn,
            desc: o.direction === "DESC",
          }));
          return entityPage(ctx.db, opts.kind, conditionOf(args), order, query as PageQuery, selectedColumns(info, true));
        },
      },
      {},
    ),
  }));
  return { Filter, condOf };
}

/**
 * A year filter (`activeIn`, `startedFrom` ...) as given: 1..9999, the years a Date can hold in both databases.
 * Outside it `Date.UTC` gives an invalid date (or one PostgreSQL refuses), which would fail as an internal error.
 */
export const YEARS = { min: 1, max: 9999 };
function checkYear(y: number, argument: string): number {
  if (!Number.isInteger(y) || y < YEARS.min || y > YEARS.max) throw badInput(argument, `must be a year from ${YEARS.min} to ${YEARS.max}, got ${y}`);
  return y;
}

/** Years as a closed range of days, for "founded/started between" filters. */
export function yearStart(y: number, argument: string) {
  return utcDate(checkYear(y, argument), 0, 1);
}
export function yearEnd(y: number, argument: string) {
  return utcDate(checkYear(y, argument), 11, 31, 23, 59, 59);
}
