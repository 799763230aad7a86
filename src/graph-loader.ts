// Feeds the pure graph algorithms of src/graph/ from the Relation table: one batched statement per BFS frontier
// (fromId IN (...) OR toId IN (...), filtered by kinds and asOf), keeping the rows so resolvers can return the
// typed relationships without reading them again. Also resolves path endpoints (global id or "kind:slug").
import DataLoader from "dataloader";
import { decodeId } from "./builder.js";
import { heldOn, type Context } from "./context.js";
import { REF_KIND } from "./data/read.js";
import type { EntityKind, RelationKind } from "./data/schema.js";
import { badInput, notFound } from "./errors.js";
import type { Entity, Relation } from "./generated/prisma/sqlite/client.js";
import type { Edge, NeighbourFn } from "./graph/paths.js";
import { KIND_BY_TYPE } from "./schema/entity.js";

export interface GraphReader {
  neighbours: NeighbourFn;
  /**
   * The full rows of relations by id, batched (one statement per tick): the search itself reads only
   * (id, fromId, toId), so a hub's thousands of edges are never turned into full objects; only the edges of the
   * answer are, and only when the query asks for them.
   */
  row(id: number): Promise<Relation>;
  /** Statements issued by `neighbours`. */
  calls: number;
}

export function graphReader(ctx: Context, kinds: RelationKind[] | null | undefined, asOf: Date | null | undefined): GraphReader {
  const full = new DataLoader<number, Relation>(async (ids) => {
    const found = await ctx.db.prisma.relation.findMany({ where: { id: { in: [...ids] } } });
    const byId = new Map(found.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? new Error(`relation ${id} is missing`));
  });
  const reader: GraphReader = {
    row: (id) => full.load(id),
    calls: 0,
    neighbours: async (ids) => {
      reader.calls++;
      const found = await ctx.db.prisma.relation.findMany({
        where: {
          ...(kinds?.length ? { kind: { in: kinds } } : {}),
          OR: [{ fromId: { in: ids } }, { toId: { in: ids } }],
          ...heldOn(asOf ?? null),
        },
        orderBy: { id: "asc" },
        select: { id: true, fromId: true, toId: true },
      });
      const wanted = new Set(ids);
      const out = new Map<number, Edge[]>();
      const push = (n: number, e: Edge) => (out.get(n) ?? out.set(n, []).get(n)!).push(e);
      for (const r of found) {
        const e = { id: r.id, from: r.fromId, to: r.toId };
        if (wanted.has(r.fromId)) push(r.fromId, e);
        if (wanted.has(r.toId) && r.toId !== r.fromId) push(r.toId, e);
      }
      return out;
    },
  };
  return reader;
}

const REF = /^(org|country|crime|tool|mission-type|mission|requirement|topic):([A-Za-z0-9-]+)$/;

/**
 * Resolves an entity reference given as a global id ("T3JnYW5pemF0aW9uOjE=") or as "kind:slug" ("org:eurojust",
 * "country:PW"). Malformed: BAD_USER_INPUT naming the argument; no such entity: NOT_FOUND naming the input.
 */
export async function resolveEntityRef(ctx: Context, value: string, argument: string): Promise<Entity> {
  const m = REF.exec(value.trim());
  if (m) {
    const kind = REF_KIND[m[1]];
    const slug = kind === "COUNTRY" ? m[2].toLowerCase() : m[2];
    const e = await ctx.db.prisma.entity.findFirst({ where: { kind, slug } });
    if (!e) throw notFound("Entity", value);
    return e;
  }
  const { typename, id } = decodeId(value, argument);
  const kind = KIND_BY_TYPE[typename] as EntityKind | undefined;
  if (!kind) throw badInput(argument, `'${value.slice(0, 80)}' is the id of a ${typename}, not of an entity`);
  const e = await ctx.loaders.entity.load(Number(id));
  if (!e || e.kind !== kind) throw notFound("Entity", value);
  return e;
}
