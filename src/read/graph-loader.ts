// Feeds the pure graph algorithms of src/graph/ from the Relation table: one batched statement per BFS frontier
// (fromId IN (...) OR toId IN (...), filtered by kinds and asOf), keeping the rows so resolvers can return the
// typed relationships without reading them again. Also resolves path endpoints (global id or "kind:slug").
import DataLoader from "dataloader";
import type { Context } from "./context.js";
import { sql } from "kysely";
import type { DbHandle } from "../store/db.js";
import { idTable, inTexts, rowsByIds } from "./rows.js";
import { queryBuilder, run } from "./sql.js";
import { WhereCompiler } from "./where.js";
import { graphView, type GraphView } from "./graph-index.js";
import { REF_KIND } from "../data/read.js";
import type { EntityKind, RelationKind } from "../data/schema.js";
import { badInput, notFound } from "../errors.js";
import type { Entity, Relation } from "../generated/prisma/sqlite/client.js";
import type { Edge, NeighbourFn } from "../graph/paths.js";
import { KIND_BY_TYPE, decodeId } from "../data/ids.js";

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

/**
 * One BFS frontier: the relations touching any of the ids (two index-driven arms; an OR of two IN lists makes
 * PostgreSQL scan the table), shown as relationship lists show them on `asOf` (context.ts heldOn: period,
 * retirement of the relation and of both ends), of the given kinds; narrow rows (id, fromId, toId). Ids and kinds
 * are one parameter each, so the SQL text depends only on whether kinds and asOf are given and stays one prepared
 * statement.
 */
function frontierQuery(db: DbHandle, ids: number[], kinds: string[] | null, asOf: Date | null) {
  const qb = queryBuilder(db);
  const w = new WhereCompiler(db);
  // Both arms filter on the kinds (the index is (fromId|toId, kind, validFrom)).
  const arm = (end: "fromId" | "toId") => {
    let q = qb
      .selectFrom(idTable(db, ids).as("p"))
      .innerJoin("Relation as r", (j) => j.on(sql<boolean>`${sql.ref(`r.${end}`)} = ${sql.ref("p.pid")}`))
      .select(["r.id", "r.fromId", "r.toId"])
      .where(w.shown("r", asOf));
    if (kinds) q = q.where(inTexts(db, sql.ref("r.kind"), kinds));
    return q;
  };
  return qb
    .selectFrom(arm("fromId").union(arm("toId")).as("e"))
    .select(["e.id", "e.fromId", "e.toId"])
    .orderBy("e.id");
}

export function graphReader(ctx: Context, kinds: RelationKind[] | null | undefined, asOf: Date | null | undefined): GraphReader {
  const db = ctx.db;
  const full = new DataLoader<number, Relation>(async (ids) => {
    const byId = new Map((await rowsByIds(db, "Relation", ids)).map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? new Error(`relation ${id} is missing`));
  });
  const withKinds = Boolean(kinds?.length);
  // The in-memory graph (graph-index.ts), checked once per search; null: read level by level in SQL.
  let view: Promise<GraphView | null> | undefined;
  const reader: GraphReader = {
    row: (id) => full.load(id),
    calls: 0,
    neighbours: async (ids) => {
      const v = await (view ??= graphView(db));
      if (v) {
        const kindSet = withKinds ? new Set(kinds!.map((k) => v.kinds.get(k)).filter((k): k is number => k !== undefined)) : null;
        return v.adjacency.neighbours(ids, kindSet, asOf ? asOf.getTime() : null);
      }
      reader.calls++;
      const found = await run<{ id: number; fromId: number; toId: number }>(db, frontierQuery(db, ids, withKinds ? kinds! : null, asOf ?? null));
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

const REF = /^(org|country|crime|tool|mission-type|mission|requirement|topic|city):([A-Za-z0-9-]+)$/;

/**
 * Resolves an entity reference given as a global id ("T3JnYW5pemF0aW9uOjE=") or as "kind:slug" ("org:eurojust",
 * "country:PW"). Malformed: BAD_USER_INPUT naming the argument; no such entity: NOT_FOUND naming the input.
 */
export async function resolveEntityRef(ctx: Context, value: string, argument: string): Promise<Entity> {
  const m = REF.exec(value.trim());
  if (m) {
    const kind = REF_KIND[m[1]];
    const slug = kind === "COUNTRY" ? m[2].toLowerCase() : m[2];
    const e = await ctx.loaders.entityBySlug.load(`${kind}\u0000${slug}`);
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
