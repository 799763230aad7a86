// The Pothos SchemaBuilder and its plugins. It defines no types; src/schema/* does.
import SchemaBuilder, { brandWithType } from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ComplexityPlugin from "@pothos/plugin-complexity";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import InputValidationPlugin from "./input-validation.js";
import { GraphQLError, getNamedType, isListType, getNullableType } from "graphql";
import type PrismaTypes from "../generated/pothos-types.js";
import { getDatamodel } from "../generated/pothos-types.js";
import type { Context } from "../read/context.js";
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
 * Query cost: every field costs 1, and a list multiplies the cost of what is selected inside it by the number of
 * items it may return (`first`/`last`/`limit`/`k`, else the page size), so nested lists are priced by what
 * they could load. Checked before any resolver (and so any SQL) runs. Limits are chosen so every documented
 * query in docs/queries passes (see docs/limits.md).
 */
export const LIMITS = { complexity: 500_000, depth: 14, breadth: 400 };

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
      const typeName = getNamedType(field.type).name;
      const n = [args.first, args.last, args.limit, args.k].find((v): v is number => typeof v === "number");
      if (typeName.endsWith("Connection")) return { field: 1, multiplier: n ?? DEFAULT_PAGE_SIZE };
      // A connection's edges were priced by the connection field.
      if (field.name === "edges" || field.name === "nodes") return { field: 0, multiplier: 1 };
      if (isListType(type)) return { field: 1, multiplier: Math.max(1, n ?? 10) };
      return 1;
    },
    limit: LIMITS,
    complexityError: (kindName, result) => {
      const kind = String(kindName).toLowerCase() as keyof typeof LIMITS;
      const word = { complexity: "costly", depth: "deep", breadth: "broad" }[kind];
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
