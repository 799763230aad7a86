import { builder } from "../../schema/builder.js";
import { badInput } from "../../errors.js";
import { SourceKindEnum } from "../../schema/enums.js";
import { checkPage, filterText } from "../../schema/entity-query.js";
import { Source } from "../../schema/source.js";
import { decodeId } from "../../data/ids.js";
import { sourceCount, sourceLookup, sourcePage } from "../../read/source-list.js";
import type { PageQuery } from "../../read/entity-list.js";
import type { SourceCond } from "../../read/where.js";
import type { Source as SourceRow } from "../../generated/prisma/sqlite/client.js";

const SourceFilter = builder.inputType("SourceFilter", {
  fields: (t) => ({
    text: t.string({ required: false, description: "Matches title, publisher or description." }),
    kinds: t.field({ type: [SourceKindEnum], required: false }),
  }),
});

// Rows without the document text, which no field of Source shows.
const asSource = (s: unknown) => s as SourceRow | null;

builder.queryFields((t) => ({
  source: t.field({
    type: Source,
    nullable: true,
    description: "A source by global id or slug; null if there is none.",
    args: { id: t.arg.id({ required: false }), slug: t.arg.string({ required: false }) },
    resolve: async (_, args, ctx) => {
      if ((args.id == null) === (args.slug == null)) throw badInput(args.id == null ? "id" : "slug", "give exactly one of id or slug");
      if (args.id != null) {
        const { typename, id } = decodeId(args.id);
        if (typename !== "Source") return null;
        return asSource(await sourceLookup(ctx.db, { id: Number(id) }));
      }
      return asSource(await sourceLookup(ctx.db, { slug: args.slug! }));
    },
  }),
  sources: t.prismaConnection({
    type: Source,
    cursor: "id",
    description: "Seed documents and public sources, by title.",
    args: { filter: t.arg({ type: SourceFilter, required: false }) },
    totalCount: (_c, args, ctx) => {
      checkPage(args);
      return sourceCount(ctx.db, sourceCond(args.filter));
    },
    resolve: async (query, _, args, ctx) => {
      checkPage(args);
      return (await sourcePage(ctx.db, sourceCond(args.filter), query as PageQuery)) as SourceRow[];
    },
  }),
}));

/** The filter as a condition on sources: the text in title, publisher or description (literal, any case), a kind. */
function sourceCond(f: { text?: string | null; kinds?: string[] | null } | null | undefined): SourceCond | null {
  const q = filterText(f?.text);
  const items: SourceCond[] = [];
  if (q)
    items.push({
      op: "or",
      items: (["title", "publisher", "description"] as const).map((column) => ({ op: "scalar", column, type: "text", filter: { contains: q } })),
    });
  if (f?.kinds?.length) items.push({ op: "scalar", column: "kind", type: "enum", filter: { in: f.kinds } });
  return items.length === 0 ? null : items.length === 1 ? items[0] : { op: "and", items };
}
