// The Pothos SchemaBuilder and its plugins. It defines no types; src/schema/* does.
import SchemaBuilder, { brandWithType } from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ComplexityPlugin from "@pothos/plugin-complexity";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import InputValidationPlugin from "./input-validation.js";
import { GraphQLError, getNamedType, isLeafType, isListType, getNullableType } from "graphql";
import type PrismaTypes from "../generated/pothos-types.js";
import { getDatamodel } from "../generated/pothos-types.js";
import { ROW_BUDGET, type Context } from "../read/context.js";
import { badInput } from "../errors.js";
import { decodeId, encodeId, KIND_BY_TYPE, TYPE_BY_RELATION } from "../data/ids.js";
import { forbidden, unauthenticated } from "../auth/keys.js";

export const MAX_PAGE_SIZE = 100;

export const DEFAULT_PAGE_SIZE = 20;

type ParsedId = { typename: string; id: string };
/**
 * `node`/`nodes`: entity ids go through the request's entity loader (one batched statement straight on the driver,
 * shared with every other entity the request loads); other ids (relationships) through plugin-prisma's loader.
 * An id of the wrong type (an Organization id naming a country) is null, as for any unknown id.
 */
async function resolveNodeIds(ctx: Context, ids: ParsedId[], others: (ids: ParsedId[]) => Promise<unknown[]>): Promise<unknown[]> {
  // An id of a type that is no node of ours (base64 "Nope:1") names nothing: null, like any unknown id, instead of
  // reaching plugin-prisma, which fails on an unknown type.
  const rest = ids.filter((i) => !KIND_BY_TYPE[i.typename] && NODE_TYPES.has(i.typename));
  const resolved = rest.length ? await others(rest) : [];
  const byId = new Map(rest.map((gid, i) => [gid, resolved[i]]));
  return Promise.all(
    ids.map(async (gid) => {
      const kind = KIND_BY_TYPE[gid.typename];
      if (!kind) return byId.get(gid) ?? null;
      const row = await ctx.loaders.entity.load(Number(gid.id));
      if (!row || row.kind !== kind) return null;
      brandWithType(row, gid.typename as never);
      return row;
    }),
  );
}

/** Types with global ids that are not entities: relationships and sources. */
const NODE_TYPES = new Set([...Object.values(TYPE_BY_RELATION), "Source"]);

/**
 * Query cost is the number of rows (entities, relationships, buckets, events ...) the answer may hold, checked
 * before any resolver (and so any SQL) runs. Every object costs 1, scalars 0; a list costs its items and multiplies
 * what is selected inside each item by their number: `first`/`last`/`limit`/`k` when given, else 20 for a
 * connection (its default page) and 10 for a list (relationship lists default to 100, but most hold a few items:
 * pricing them at 100 would refuse the documented queries). What the estimate misses the loaders cut at run time:
 * a request that reads more than ROW_BUDGET rows gets ROW_BUDGET_EXCEEDED (src/read/context.ts). See docs/limits.md.
 */
/** What each condition of a `where` adds to its field's cost (docs/limits.md). */
export const WHERE_CONDITION_COST = 10;

/** The conditions of a where input: every input object in it, however nested. */
function conditionCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + conditionCount(v), 0);
  if (value === null || typeof value !== "object" || value instanceof Date) return 0;
  return 1 + Object.values(value).reduce((n: number, v) => n + conditionCount(v), 0);
}

export const LIMITS = { complexity: ROW_BUDGET, depth: 14, breadth: 400 };

/** The items a list field may return, as the cost model prices it. */
function listSize(args: Record<string, unknown>): number {
  const n = [args.first, args.last, args.limit, args.k].find((v): v is number => typeof v === "number");
  return n != null ? Math.max(0, n) : 10;
}

export const builder = new SchemaBuilder<{
  PrismaTypes: PrismaTypes;
  Context: Context;
  /** curator: a key of role CURATOR or ADMIN; admin: ADMIN. Reads need no scope. */
  AuthScopes: { curator: boolean; admin: boolean };
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string | number };
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
  };
}>({
  plugins: [ScopeAuthPlugin, ComplexityPlugin, PrismaPlugin, RelayPlugin, InputValidationPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({
      curator: ctx.viewer?.role === "CURATOR" || ctx.viewer?.role === "ADMIN",
      admin: ctx.viewer?.role === "ADMIN",
    }),
    // No key: UNAUTHENTICATED; a key without the role: FORBIDDEN. Either way the resolver (and any write) never runs.
    unauthorizedError: (_parent, ctx, info) =>
      ctx.viewer
        ? forbidden(`API key '${ctx.viewer.keyName}' (role ${ctx.viewer.role}) may not run '${info.fieldName}': it needs a curator or admin key`)
        : unauthenticated(`'${info.fieldName}' needs an API key: send 'Authorization: Bearer pgk_...'`),
  },
  complexity: {
    fieldComplexity: (args, _ctx, field) => {
      const type = getNullableType(field.type);
      const named = getNamedType(field.type);
      if (isLeafType(named)) return 0;
      // A `where` is priced by its conditions (each relationship predicate is a correlated subquery).
      const filter = args.where ? WHERE_CONDITION_COST * conditionCount(args.where) : 0;
      if (named.name.endsWith("Connection")) {
        const n = [args.first, args.last].find((v): v is number => typeof v === "number") ?? DEFAULT_PAGE_SIZE;
        return { field: 1 + n + filter, multiplier: n };
      }
      // A connection's items were priced by the connection field; `edges { node }` is the item itself.
      if (field.name === "edges" || field.name === "nodes") return { field: 0, multiplier: 1 };
      if (field.name === "node" && field.args.length === 0) return 0;
      if (isListType(type)) {
        const n = listSize(args);
        return { field: n + filter, multiplier: n };
      }
      return 1 + filter;
    },
    limit: LIMITS,
    complexityError: (kindName, result) => {
      const kind = String(kindName).toLowerCase() as keyof typeof LIMITS;
      if (kind === "complexity")
        return new GraphQLError(
          `Query is too costly: its answer could hold up to ${result.complexity} rows, more than the row budget of ` +
            `${ROW_BUDGET}; ask for fewer items (first) at the outer lists (docs/limits.md)`,
          { extensions: { code: "QUERY_TOO_COMPLEX", kind, rows: result.complexity, budget: ROW_BUDGET, http: { status: 400 } } },
        );
      const word = { depth: "deep", breadth: "broad" }[kind];
      return new GraphQLError(`Query is too ${word}: ${kind} ${result[kind]} exceeds the maximum ${LIMITS[kind]}`, {
        extensions: { code: "QUERY_TOO_COMPLEX", kind, http: { status: 400 } },
      });
    },
  },
  defaultFieldNullability: false,
  prisma: {
    // Each request carries the client of the database it serves (see context.ts): tests run several at once.
    client: (ctx) => ctx.db.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    // A malformed id is the client's mistake: say so with BAD_USER_INPUT instead of a masked internal error.
    decodeGlobalID: (globalID: string) => decodeId(globalID),
    nodeQueryOptions: {
      resolve: async (_root, args, ctx, _info, resolveNodes) =>
        (await resolveNodeIds(ctx, [args.id as ParsedId], async (ids) => [await resolveNodes(ids as never)]))[0] as never,
    },
    nodesQueryOptions: {
      resolve: (_root, args, ctx, _info, resolveNodes) =>
        resolveNodeIds(ctx, args.ids as ParsedId[], (ids) => {
          // plugin-relay's resolveNodes ignores the ids it is given and reads args.ids: hand it only ours.
          (args as { ids: unknown }).ids = ids;
          return Promise.resolve(resolveNodes(ids as never)) as Promise<unknown[]>;
        }) as never,
    },
    encodeGlobalID: (typename, id) => encodeId(typename, id),
  },
});

builder.queryType({});
