// `search(query:, kinds:, first:, after:)`: full-text search over every entity, best first, with a relevance score.
// Two SQL statements per request whatever the page size: the candidates (src/read/search.ts) and the page's entities.
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../schema/builder.js";
import type { EntityKind } from "../../data/schema.js";
import { badInput } from "../../errors.js";
import type { Entity as EntityRow } from "../../generated/prisma/sqlite/client.js";
import { searchEntities } from "../../read/search.js";
import { Entity } from "../../schema/entity.js";
import { EntityKindEnum } from "../../schema/enums.js";

interface SearchEdgeShape {
  node: EntityRow;
  score: number;
  cursor: string;
}
interface SearchConnectionShape {
  edges: SearchEdgeShape[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const SearchEdge = builder.objectRef<SearchEdgeShape>("SearchEdge").implement({
  description: "One search result: an entity and how well it matches.",
  fields: (t) => ({
    node: t.field({ type: Entity, resolve: (e) => e.node }),
    score: t.exposeFloat("score", { description: "Relevance, 0..1: 1 is an exact name or acronym." }),
    cursor: t.exposeString("cursor"),
  }),
});

const SearchConnection = builder.objectRef<SearchConnectionShape>("SearchConnection").implement({
  description: "Search results, best first.",
  fields: (t) => ({
    edges: t.field({ type: [SearchEdge], resolve: (c) => c.edges }),
    pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (c) => c.pageInfo }),
    totalCount: t.exposeInt("totalCount", { description: "Every match, not only this page." }),
  }),
});

const cursorOf = (offset: number) => Buffer.from(`search:${offset}`, "utf8").toString("base64");
function offsetOf(after: string | null | undefined): number {
  if (after == null) return 0;
  const m = /^search:(\d{1,6})$/.exec(Buffer.from(after, "base64").toString("utf8"));
  if (!m) throw badInput("after", "is not a cursor returned by search");
  return Number(m[1]) + 1;
}

builder.queryField("search", (t) =>
  t.field({
    type: SearchConnection,
    description:
      "Full-text search over every entity's name, acronym, aliases and description; tolerant of case, accents and " +
      `typos. The query is plain text (at most 200 characters; operators are not interpreted).`,
    args: {
      query: t.arg.string({ required: true }),
      kinds: t.arg({ type: [EntityKindEnum], required: false, description: "Only entities of these kinds." }),
      first: t.arg.int({ required: false, description: `Page size (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (_, args, ctx) => {
      const first = args.first ?? DEFAULT_PAGE_SIZE;
      if (first < 0) throw badInput("first", `must be 0 or more, got ${first}`);
      if (first > MAX_PAGE_SIZE) throw badInput("first", `must be at most ${MAX_PAGE_SIZE}, got ${first}`);
      const start = offsetOf(args.after);
      const hits = await searchEntities(ctx.db, args.query, (args.kinds ?? []) as EntityKind[]);
      const page = hits.slice(start, start + first);
      const rows = await ctx.loaders.entity.loadMany(page.map((h) => h.id));
      const edges = page.flatMap((h, i) => {
        const node = rows[i];
        return node && !(node instanceof Error) ? [{ node, score: h.score, cursor: cursorOf(start + i) }] : [];
      });
      return {
        edges,
        totalCount: hits.length,
        pageInfo: {
          hasNextPage: start + first < hits.length,
          hasPreviousPage: start > 0,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  }),
);
