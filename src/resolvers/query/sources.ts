import { builder } from "../../schema/builder.js";
import { badInput } from "../../errors.js";
import { SourceKindEnum } from "../../schema/enums.js";
import { checkPage, contains, literalText } from "../../schema/entity-query.js";
import { Source } from "../../schema/source.js";
import { decodeId } from "../../data/ids.js";

const SourceFilter = builder.inputType("SourceFilter", {
  fields: (t) => ({
    text: t.string({ required: false, description: "Matches title, publisher or description." }),
    kinds: t.field({ type: [SourceKindEnum], required: false }),
  }),
});

builder.queryFields((t) => ({
  source: t.prismaField({
    type: Source,
    nullable: true,
    description: "A source by global id or slug; null if there is none.",
    args: { id: t.arg.id({ required: false }), slug: t.arg.string({ required: false }) },
    resolve: (query, _, args, ctx) => {
      if ((args.id == null) === (args.slug == null)) throw badInput(args.id == null ? "id" : "slug", "give exactly one of id or slug");
      if (args.id != null) {
        const { typename, id } = decodeId(args.id);
        if (typename !== "Source") return null;
        return ctx.db.prisma.source.findUnique({ ...query, where: { id: Number(id) } });
      }
      return ctx.db.prisma.source.findUnique({ ...query, where: { slug: args.slug! } });
    },
  }),
  sources: t.prismaConnection({
    type: Source,
    cursor: "id",
    description: "Seed documents and public sources, by title.",
    args: { filter: t.arg({ type: SourceFilter, required: false }) },
    totalCount: async (_c, args, ctx) => {
      checkPage(args);
      return ctx.db.prisma.source.count({ where: await sourceWhere(args.filter, ctx) });
    },
    resolve: async (query, _, args, ctx) => {
      checkPage(args);
      return ctx.db.prisma.source.findMany({ ...query, where: await sourceWhere(args.filter, ctx), orderBy: [{ title: "asc" }, { id: "asc" }] });
    },
  }),
}));

async function sourceWhere(f: { text?: string | null; kinds?: string[] | null } | null | undefined, ctx: Parameters<typeof contains>[0]) {
  const q = f?.text?.trim();
  if (q && q.length > 200) throw badInput("filter.text", "must be at most 200 characters");
  return {
    AND: [
      q ? { OR: [{ title: contains(ctx, q) }, { publisher: contains(ctx, q) }, { description: contains(ctx, q) }] } : {},
      f?.kinds?.length ? { kind: { in: f.kinds } } : {},
      q ? await literalText(ctx, "Source", ["title", "publisher", "description"], q) : {},
    ],
  };
}
