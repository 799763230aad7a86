import { builder, MAX_PAGE_SIZE } from "../../schema/builder.js";
import { RelationKindEnum } from "../../schema/enums.js";
import { Relationship, checkFirst, undatedArg } from "../../schema/relationship.js";
import { relationCondition, relationWhereInputOf } from "../../schema/where.js";
import { resolveEntityRef } from "../../read/graph-loader.js";
import { relationsBetween } from "../../read/relation-list.js";

builder.queryField("between", (t) =>
  t.field({
    type: [Relationship],
    description:
      "Every direct relationship between two entities, in either direction and of the chosen kinds: the parallel edges a path shows one of (several cooperation agreements, a membership and an oversight ...).",
    args: {
      a: t.arg.id({ required: true, description: "A global id or 'kind:slug' (org:europol, country:HT)." }),
      b: t.arg.id({ required: true, description: "A global id or 'kind:slug'." }),
      kinds: t.arg({ type: [RelationKindEnum], required: false }),
      asOf: t.arg({ type: "Date", required: false, description: "Only what held on this day." }),
      undated: undatedArg(t),
      where: t.arg({ type: relationWhereInputOf("Relationship"), required: false, description: "Conditions every relationship kind has: period, sources, confidence." }),
      first: t.arg.int({ required: false, description: `At most this many (default and maximum ${MAX_PAGE_SIZE}).` }),
    },
    resolve: async (_, args, ctx) => {
      const limit = checkFirst(args.first);
      const where = relationCondition("Relationship", args.where as Record<string, unknown> | null);
      const [a, b] = await Promise.all([resolveEntityRef(ctx, String(args.a), "a"), resolveEntityRef(ctx, String(args.b), "b")]);
      const rows = await relationsBetween(ctx.db, a.id, b.id, { kinds: args.kinds ?? null, asOf: args.asOf ?? null, undated: args.undated, limit, where });
      return rows.map((r) => ({ ...r, viewpointId: a.id }));
    },
  }),
);
