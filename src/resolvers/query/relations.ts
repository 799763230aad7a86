// The root `relations` connection, read through the planner's query builder (src/read/relation-root.ts).
import { builder } from "../../schema/builder.js";
import { relationCount, relationPage } from "../../read/relation-root.js";
import { badInput } from "../../errors.js";
import { RelationKindEnum } from "../../schema/enums.js";
import { checkPage } from "../../schema/entity-query.js";
import { Relationship, undatedArg } from "../../schema/relationship.js";

builder.queryField("relations", (t) =>
  t.connection({
    type: Relationship,
    description: "Every typed relationship of the graph, of the given kinds, optionally as held on a day.",
    args: {
      kinds: t.arg({ type: [RelationKindEnum], required: false }),
      asOf: t.arg({ type: "Date", required: false }),
      undated: undatedArg(t),
    },
    resolve: async (_, args, ctx) => {
      checkPage(args);
      if (args.last != null || args.before != null) throw badInput("last", "relations pages forward only: use first and after");
      const first = args.first ?? 20;
      // Strictly "rel:<32-bit id>": `Number` would also read "", "1e5" or ids PostgreSQL cannot compare with.
      const m = args.after == null ? null : /^rel:(\d{1,10})$/.exec(Buffer.from(args.after, "base64").toString("utf8"));
      if (args.after != null && (!m || Number(m[1]) > 2 ** 31 - 1)) throw badInput("after", "is not a cursor returned by this connection");
      const after = m ? Number(m[1]) : 0;
      const scope = { kinds: args.kinds ?? null, asOf: args.asOf ?? null, undated: args.undated };
      const rows = await relationPage(ctx.db, scope, after, first + 1);
      const page = rows.slice(0, first);
      const cursor = (id: number) => Buffer.from(`rel:${id}`).toString("base64");
      return {
        edges: page.map((r) => ({ node: r, cursor: cursor(r.id) })),
        pageInfo: {
          hasNextPage: rows.length > first,
          hasPreviousPage: after > 0,
          startCursor: page[0] ? cursor(page[0].id) : null,
          endCursor: page.at(-1) ? cursor(page.at(-1)!.id) : null,
        },
        totalCount: () => relationCount(ctx.db, scope),
      };
    },
  }, {
    fields: (c) => ({
      totalCount: c.int({
        resolve: (conn) => (conn as unknown as { totalCount: () => Promise<number> }).totalCount(),
      }),
    }),
  }),
);
