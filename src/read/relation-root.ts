// The root `relations` connection: every relationship of some kinds, as relationship lists show them (live, both
// ends live, held on `asOf` when given), in id order after a keyset cursor. One statement for the page, one for
// totalCount when asked; both compiled by the planner's query builder (src/read/sql.ts).
import { sql } from "kysely";
import type { DbHandle } from "../store/db.js";
import type { Relation } from "../generated/prisma/sqlite/client.js";
import { queryBuilder, run } from "./sql.js";
import { toRelation } from "./rows.js";
import { WhereCompiler, type UndatedRule } from "./where.js";

export interface RelationScope {
  /** Kinds to read; null or empty: every kind. */
  kinds: string[] | null;
  asOf: Date | null;
  /** Default INCLUDE (where.ts UndatedRule). */
  undated?: UndatedRule;
}

function scoped(db: DbHandle, s: RelationScope) {
  let q = queryBuilder(db).selectFrom("Relation as r").where(new WhereCompiler(db, { undated: s.undated }).shown("r", s.asOf));
  if (s.kinds?.length) q = q.where(sql<boolean>`${sql.ref("r.kind")} IN (${sql.join(s.kinds)})`);
  return q;
}

/** The first `take` relationships with an id above `after`, by id. */
export async function relationPage(db: DbHandle, s: RelationScope, after: number, take: number): Promise<Relation[]> {
  const q = scoped(db, s).selectAll("r").where("r.id", ">", after).orderBy("r.id").limit(take);
  return (await run<Record<string, unknown>>(db, q)).map((row) => toRelation(row));
}

/** How many relationships are in scope. */
export async function relationCount(db: DbHandle, s: RelationScope): Promise<number> {
  const [row] = await run<{ n: number | string }>(db, scoped(db, s).select(sql<number>`COUNT(*)`.as("n")));
  return Number(row.n);
}
