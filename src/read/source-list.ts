// Root reads of sources through the planner: a page of sources matching a condition tree (src/read/where.ts
// SourceCond) by title then id, after or before a cursor, their count, and the lookup of one source. A seed
// document's full text (`content`) is not read here: the Source type shows none of it (citations' evidence reads it
// through the `source` loader).
import { sql } from "kysely";
import type { DbHandle } from "../store/db.js";
import type { Source } from "../generated/prisma/sqlite/client.js";
import { queryBuilder, run } from "./sql.js";
import { keysetPage, runShape, sortKeys, type PageQuery } from "./entity-list.js";
import { WhereCompiler, type SourceCond } from "./where.js";

/** A source without its document text. */
export type SourceRecord = Omit<Source, "content">;

/** Every Source column but `content`. */
export const SOURCE_COLUMNS = ["id", "slug", "title", "kind", "document", "publisher", "url", "year", "description"] as const;

function baseQuery(db: DbHandle, cond: SourceCond | null) {
  let q = queryBuilder(db).selectFrom("Source as s");
  if (cond) q = q.where(new WhereCompiler(db).sourceRow("s", cond));
  return q;
}

/** One page of the sources matching `cond`, by title then id. */
export async function sourcePage(db: DbHandle, cond: SourceCond | null, page: PageQuery): Promise<SourceRecord[]> {
  const q = baseQuery(db, cond).select(SOURCE_COLUMNS.map((c) => `s.${c}` as const));
  return (await keysetPage(db, "Source", "s", q, sortKeys("s", [{ column: "title", desc: false }]), page)) as unknown as SourceRecord[];
}

/** How many sources match `cond`. */
export async function sourceCount(db: DbHandle, cond: SourceCond | null): Promise<number> {
  const [row] = await run<{ n: number | string }>(db, baseQuery(db, cond).select(sql<number>`COUNT(*)`.as("n")));
  return Number(row.n);
}

/** The source with this id or slug, or null. */
export async function sourceLookup(db: DbHandle, match: { id: number } | { slug: string }): Promise<SourceRecord | null> {
  const column = "id" in match ? "id" : "slug";
  const [row] = await runShape<SourceRecord>(db, `source|${column}`, ["id" in match ? match.id : match.slug], ([value]) =>
    queryBuilder(db)
      .selectFrom("Source as s")
      .select(SOURCE_COLUMNS.map((c) => `s.${c}` as const))
      .where(`s.${column}`, "=", value as never)
      .limit(1),
  );
  return row ?? null;
}
