// "Who cooperates against human trafficking, and through which agreements and instruments?": for one crime area,
// the actors that work on it, the cooperation relationships between two of them (or whose agreement or description
// names the area), and the legal tools linked to the area or used by its actors — every link typed and sourced.
import { builder, MAX_PAGE_SIZE } from "../../schema/builder.js";
import { badInput, notFound } from "../../errors.js";
import { getArgumentValues, Kind, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { Entity as EntityRow, Relation } from "../../generated/prisma/sqlite/client.js";
import { CrimeArea, LegalTool } from "../../schema/entity.js";
import { crimeActorCount, crimeCooperationLists, type CrimeList } from "../../read/crime-cooperation.js";
import { checkFirst, Cooperation, CrimeFocus, ToolUse } from "../../schema/relationship.js";

interface Scope {
  area: EntityRow;
  asOf: Date | null;
}

interface CrimeCooperationShape extends Scope {
  /** The lists the selection asks for, each read with the largest `first` asked of it. */
  lists: Partial<Record<ListField, unknown[]>>;
}

type ListField = CrimeList;

// Each list is one statement cut in SQL (src/read/crime-cooperation.ts); the actors are a subquery, never ids.

const FIRST = `At most this many (default and maximum ${MAX_PAGE_SIZE}).`;

const CrimeCooperation = builder.objectRef<CrimeCooperationShape>("CrimeCooperation");
CrimeCooperation.implement({
  description: "Who works on one crime area, how they cooperate on it, and with which legal tools.",
  fields: (t) => ({
    crimeArea: t.field({ type: CrimeArea, resolve: (c) => c.area }),
    actors: t.field({
      type: [CrimeFocus],
      description:
        "Bodies, missions, mission types and tools that work on the area (WORKS_ON), with their focus and sources; " +
        "the first `first` by id (`actorCount` counts them all).",
      args: { first: t.arg.int({ required: false, description: FIRST }) },
      resolve: (c, args) => (c.lists.actors ?? []).slice(0, checkFirst(args.first)) as Relation[],
    }),
    actorCount: t.int({
      description: "How many WORKS_ON links the area has (counted in the database).",
      resolve: (c, _, ctx) => crimeActorCount(ctx.db, c.area.id, c.asOf),
    }),
    cooperations: t.field({
      type: [Cooperation],
      description: "Cooperation between two actors of the area, or whose agreement or description names it; the first `first` by id.",
      args: { first: t.arg.int({ required: false, description: FIRST }) },
      resolve: (c, args) => (c.lists.cooperations ?? []).slice(0, checkFirst(args.first)) as Relation[],
    }),
    toolUses: t.field({
      type: [ToolUse],
      description: "Legal tools the actors operate, issue, support or use (USES_TOOL), sourced; the first `first` by id.",
      args: { first: t.arg.int({ required: false, description: FIRST }) },
      resolve: (c, args) => (c.lists.toolUses ?? []).slice(0, checkFirst(args.first)) as Relation[],
    }),
    instruments: t.field({
      type: [LegalTool],
      description:
        "Legal tools linked to the area: tools that work on it, tools its WORKS_ON or cooperation links go through, " +
        "and tools its actors use; the first `first` by id.",
      args: { first: t.arg.int({ required: false, description: FIRST }) },
      resolve: (c, args) => (c.lists.instruments ?? []).slice(0, checkFirst(args.first)) as EntityRow[],
    }),
  }),
});

/**
 * The largest `first` the selection asks of each list (aliases may ask twice), so the resolver reads every list at
 * once: their children (ends, sources) then batch together, one statement per level whatever the timing.
 */
function listFirsts(info: GraphQLResolveInfo): Partial<Record<ListField, number>> {
  const out: Partial<Record<ListField, number>> = {};
  const fields = (info.schema.getType("CrimeCooperation") as GraphQLObjectType).getFields();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        const def = fields[sel.name.value];
        if (!def?.args.some((a) => a.name === "first")) continue;
        const name = sel.name.value as ListField;
        out[name] = Math.max(out[name] ?? 0, checkFirst(getArgumentValues(def, sel, info.variableValues).first as number | null));
      } else visit(sel.kind === Kind.INLINE_FRAGMENT ? sel.selectionSet : info.fragments[sel.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return out;
}

builder.queryField("cooperationOnCrime", (t) =>
  t.field({
    type: CrimeCooperation,
    description: "Cooperation against one crime area (by slug, e.g. 'human-trafficking'), optionally as held on a day.",
    args: {
      crimeArea: t.arg.string({ required: true, description: "Slug of the crime area." }),
      asOf: t.arg({ type: "Date", required: false }),
    },
    resolve: async (_, args, ctx, info) => {
      const slug = args.crimeArea.trim();
      if (!slug || slug.length > 100) throw badInput("crimeArea", "expected the slug of a crime area");
      const area = await ctx.loaders.entityBySlug.load(`CRIME_AREA\u0000${slug}`);
      if (!area || area.retiredAt) throw notFound("CrimeArea", slug);
      const scope = { area, asOf: args.asOf ?? null };
      const names = [area.name, slug.replace(/-/g, " ")];
      const lists = await crimeCooperationLists(ctx.db, { areaId: area.id, names, asOf: scope.asOf }, listFirsts(info));
      return { ...scope, lists };
    },
  }),
);
