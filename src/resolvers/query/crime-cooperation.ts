// "Who cooperates against human trafficking, and through which agreements and instruments?": for one crime area,
// the actors that work on it, the cooperation relationships between two of them (or whose agreement or description
// names the area), and the legal tools linked to the area or used by its actors — every link typed and sourced.
import { builder } from "../../schema/builder.js";
import { heldOn } from "../../read/context.js";
import { badInput, notFound } from "../../errors.js";
import type { Entity as EntityRow, Relation } from "../../generated/prisma/sqlite/client.js";
import { CrimeArea, LegalTool } from "../../schema/entity.js";
import { contains } from "../../schema/entity-query.js";
import { Cooperation, CrimeFocus, ToolUse } from "../../schema/relationship.js";

interface CrimeCooperationShape {
  area: EntityRow;
  actors: Relation[];
  cooperations: Relation[];
  toolUses: Relation[];
  instrumentIds: number[];
}

const CrimeCooperation = builder.objectRef<CrimeCooperationShape>("CrimeCooperation");
CrimeCooperation.implement({
  description: "Who works on one crime area, how they cooperate on it, and with which legal tools.",
  fields: (t) => ({
    crimeArea: t.field({ type: CrimeArea, resolve: (c) => c.area }),
    actors: t.field({
      type: [CrimeFocus],
      description: "Bodies, missions, mission types and tools that work on the area (WORKS_ON), with their focus and sources.",
      resolve: (c) => c.actors,
    }),
    cooperations: t.field({
      type: [Cooperation],
      description: "Cooperation between two actors of the area, or whose agreement or description names it.",
      resolve: (c) => c.cooperations,
    }),
    toolUses: t.field({
      type: [ToolUse],
      description: "Legal tools the actors operate, issue, support or use (USES_TOOL), sourced.",
      resolve: (c) => c.toolUses,
    }),
    instruments: t.field({
      type: [LegalTool],
      description:
        "Legal tools linked to the area: tools that work on it, tools its WORKS_ON or cooperation links go through, " +
        "and tools its actors use.",
      resolve: async (c, _, ctx) => (await Promise.all(c.instrumentIds.map((id) => ctx.loaders.entity.load(id)))).filter((e): e is EntityRow => !!e),
    }),
  }),
});

builder.queryField("cooperationOnCrime", (t) =>
  t.field({
    type: CrimeCooperation,
    description: "Cooperation against one crime area (by slug, e.g. 'human-trafficking'), optionally as held on a day.",
    args: {
      crimeArea: t.arg.string({ required: true, description: "Slug of the crime area." }),
      asOf: t.arg({ type: "Date", required: false }),
    },
    resolve: async (_, args, ctx) => {
      const slug = args.crimeArea.trim();
      if (!slug || slug.length > 100) throw badInput("crimeArea", "expected the slug of a crime area");
      const area = await ctx.db.prisma.entity.findFirst({ where: { kind: "CRIME_AREA", slug } });
      if (!area) throw notFound("CrimeArea", slug);
      const when = heldOn(args.asOf ?? null);
      const actors = await ctx.db.prisma.relation.findMany({
        where: { kind: "WORKS_ON", toId: area.id, ...when },
        orderBy: { id: "asc" },
      });
      const actorIds = [...new Set(actors.map((a) => a.fromId))];
      const named = [area.name, slug.replace(/-/g, " ")];
      const [cooperations, toolUses] = await Promise.all([
        ctx.db.prisma.relation.findMany({
          where: {
            kind: "COOPERATES_WITH",
            ...when,
            OR: [
              { fromId: { in: actorIds }, toId: { in: actorIds } },
              ...named.flatMap((n) => [{ agreement: contains(ctx, n) }, { description: contains(ctx, n) }]),
            ],
          },
          orderBy: { id: "asc" },
        }),
        ctx.db.prisma.relation.findMany({
          where: { kind: "USES_TOOL", fromId: { in: actorIds }, ...when },
          orderBy: { id: "asc" },
        }),
      ]);
      const tools = await ctx.loaders.entity.loadMany(actorIds);
      const toolActors = tools.filter((e): e is EntityRow => !!e && !(e instanceof Error) && e.kind === "LEGAL_TOOL").map((e) => e.id);
      const instrumentIds = [
        ...new Set([
          ...toolActors,
          ...actors.flatMap((a) => (a.viaId ? [a.viaId] : [])),
          ...cooperations.flatMap((c) => (c.viaId ? [c.viaId] : [])),
          ...toolUses.map((u) => u.toId),
        ]),
      ];
      return { area, actors, cooperations, toolUses, instrumentIds };
    },
  }),
);
