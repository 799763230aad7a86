// "What connects X to Y?" and "what is around X?": the k shortest simple paths between two entities and the
// neighbourhood of one, over chosen relationship kinds, both directions, optionally as held on a day. The search is
// the pure bidirectional BFS / Yen of src/graph/paths.ts fed one batched statement per BFS level.
import { GraphQLError } from "graphql";
import { builder } from "../../schema/builder.js";
import type { Context } from "../../read/context.js";
import type { RelationKind } from "../../data/schema.js";
import { badInput } from "../../errors.js";
import type { Relation } from "../../generated/prisma/sqlite/client.js";
import { graphReader, resolveEntityRef } from "../../read/graph-loader.js";
import { GraphLimitError, kShortestPaths, neighbourhood, type Caps } from "../../graph/paths.js";
import { RelationKindEnum } from "../../schema/enums.js";
import { Entity } from "../../schema/entity.js";
import { Relationship } from "../../schema/relationship.js";

export const MAX_HOPS = 6;
export const MAX_K = 5;
export const MAX_DEPTH = 3;
export const MAX_NEIGHBOURHOOD = 1000;
/** Caps of one request's search: enough for the curated graph many times over, small enough to bound a request. */
export const REQUEST_CAPS: Caps = { maxFrontier: 2_000, maxVisited: 5_000, maxEdges: 20_000 };

interface StepShape {
  /** Read only when the query asks for it (graph-loader.ts: the search reads narrow rows). */
  relation: () => Promise<Relation>;
  fromId: number;
  toId: number;
  forward: boolean;
}
interface PathShape {
  nodes: number[];
  steps: StepShape[];
}
interface NeighbourhoodShape {
  nodes: number[];
  relations: () => Promise<Relation[]>;
  truncated: boolean;
}

function limitError(e: unknown): never {
  if (e instanceof GraphLimitError)
    throw new GraphQLError(`${e.message}; narrow the search with kinds, asOf or a smaller maxHops/depth`, {
      extensions: { code: "GRAPH_LIMIT_EXCEEDED", cap: e.cap, limit: e.limit },
    });
  throw e;
}

const loadEntity = async (ctx: Context, id: number) => {
  const e = await ctx.loaders.entity.load(id);
  if (!e) throw new Error(`entity ${id} is missing`);
  return e;
};

const PathStep = builder.objectRef<StepShape>("PathStep");
PathStep.implement({
  description: "One hop of a path: the relationship followed, from which entity to which, and whether along its direction.",
  fields: (t) => ({
    relationship: t.field({ type: Relationship, resolve: (s) => s.relation() }),
    from: t.field({ type: Entity, resolve: (s, _, ctx) => loadEntity(ctx, s.fromId) }),
    to: t.field({ type: Entity, resolve: (s, _, ctx) => loadEntity(ctx, s.toId) }),
    forward: t.exposeBoolean("forward", {
      description: "True when the hop follows the relationship's own direction (its `from` to its `to`).",
    }),
  }),
});

const Path = builder.objectRef<PathShape>("Path");
Path.implement({
  description: "A simple path between two entities; every step carries its relationship and that relationship's sources.",
  fields: (t) => ({
    length: t.int({ description: "Number of steps.", resolve: (p) => p.steps.length }),
    nodes: t.field({ type: [Entity], resolve: (p, _, ctx) => Promise.all(p.nodes.map((id) => loadEntity(ctx, id))) }),
    steps: t.field({ type: [PathStep], resolve: (p) => p.steps }),
  }),
});

const Neighbourhood = builder.objectRef<NeighbourhoodShape>("Neighbourhood");
Neighbourhood.implement({
  description: "The entities within `depth` hops of one entity (closest first) and the relationships among them.",
  fields: (t) => ({
    nodes: t.field({ type: [Entity], resolve: (n, _, ctx) => Promise.all(n.nodes.map((id) => loadEntity(ctx, id))) }),
    relationships: t.field({ type: [Relationship], resolve: (n) => n.relations() }),
    truncated: t.exposeBoolean("truncated", { description: "True when `limit` cut the neighbourhood short." }),
  }),
});

function checkRange(argument: string, value: number, min: number, max: number) {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(argument, `must be between ${min} and ${max}, got ${value}`);
}

builder.queryFields((t) => ({
  paths: t.field({
    type: [Path],
    description:
      "The k shortest simple paths between two entities over the given relationship kinds (all by default), in both " +
      "directions, shortest first. `from`/`to` take a global id or 'kind:slug' ('org:eurojust', 'country:PW').",
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      kinds: t.arg({ type: [RelationKindEnum], required: false }),
      maxHops: t.arg.int({ required: false, defaultValue: 4, description: `At most ${MAX_HOPS}.` }),
      k: t.arg.int({ required: false, defaultValue: 1, description: `How many paths, at most ${MAX_K}.` }),
      asOf: t.arg({ type: "Date", required: false, description: "Only relationships that held on this day." }),
    },
    resolve: async (_, args, ctx) => {
      const maxHops = args.maxHops ?? 4;
      const k = args.k ?? 1;
      checkRange("maxHops", maxHops, 1, MAX_HOPS);
      checkRange("k", k, 1, MAX_K);
      const [from, to] = await Promise.all([
        resolveEntityRef(ctx, String(args.from), "from"),
        resolveEntityRef(ctx, String(args.to), "to"),
      ]);
      const reader = graphReader(ctx, args.kinds as RelationKind[] | null, args.asOf);
      const { paths } = await kShortestPaths(from.id, to.id, reader.neighbours, { maxHops, k, caps: REQUEST_CAPS }).catch(limitError);
      return paths.map((p) => ({
        nodes: p.nodes,
        steps: p.steps.map((s) => ({ relation: () => reader.row(s.edge.id), fromId: s.from, toId: s.to, forward: s.forward })),
      }));
    },
  }),
  neighbourhood: t.field({
    type: Neighbourhood,
    description: "The entities within `depth` hops of one entity and the relationships among them (at most `limit` entities).",
    args: {
      of: t.arg.id({ required: true, description: "A global id or 'kind:slug'." }),
      depth: t.arg.int({ required: false, defaultValue: 1, description: `At most ${MAX_DEPTH}.` }),
      kinds: t.arg({ type: [RelationKindEnum], required: false }),
      asOf: t.arg({ type: "Date", required: false }),
      limit: t.arg.int({ required: false, defaultValue: 200, description: `At most ${MAX_NEIGHBOURHOOD} entities.` }),
    },
    resolve: async (_, args, ctx) => {
      const depth = args.depth ?? 1;
      const limit = args.limit ?? 200;
      checkRange("depth", depth, 1, MAX_DEPTH);
      checkRange("limit", limit, 1, MAX_NEIGHBOURHOOD);
      const centre = await resolveEntityRef(ctx, String(args.of), "of");
      const reader = graphReader(ctx, args.kinds as RelationKind[] | null, args.asOf);
      const res = await neighbourhood(centre.id, reader.neighbours, { depth, limit, caps: REQUEST_CAPS }).catch(limitError);
      return {
        nodes: res.nodes.map((n) => n.id),
        relations: () => Promise.all(res.edges.map((e) => reader.row(e.id))),
        truncated: res.truncated,
      };
    },
  }),
}));
