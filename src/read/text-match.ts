// Text filters (`filter.text`) match the characters they are given: LIKE's wildcards `%` and `_` (and its escape
// character) in a filter are literal. PostgreSQL: Prisma's `contains` compiles to LIKE/ILIKE, whose default ESCAPE is
// '\', so escaping the value is enough. SQLite's LIKE has no escape character unless the statement names one
// (ESCAPE), and Prisma's never does: there a text with a wildcard is matched by one statement of our own, LIKE ...
// ESCAPE '\', that returns the matching ids (a literal `%` or `_` is rare in names, so the list is short; it is capped).
// Only Prisma's form of a filter needs this (missionCounts' `filter`); connections and planner reads compile their text
// conditions with `LIKE ... ESCAPE '\'` themselves (src/read/where.ts).
import { sql } from "kysely";
import type { DbHandle } from "../store/db.js";
import { ilike, likeLiteral, queryBuilder, run } from "./sql.js";

/** `\`, `%` and `_` escaped with `\`, the ESCAPE character of both databases here. */
export const escapeLike = likeLiteral;

export const hasLikeWildcard = (s: string) => /[%_]/.test(s);

/** At most this many literal matches are passed on as an id list (SQLite binds each id). */
export const MAX_LITERAL_MATCHES = 10_000;

/**
 * Ids of the rows of `table` whose `columns` contain `text` literally (ASCII case-insensitive, as SQLite's LIKE),
 * among rows with `scope` (column = value); more than MAX_LITERAL_MATCHES: null.
 */
export async function literalMatchIds(
  db: DbHandle,
  table: "Entity" | "Source",
  columns: readonly string[],
  text: string,
  scope: Record<string, string> = {},
): Promise<number[] | null> {
  const pattern = `%${likeLiteral(text)}%`;
  const match = sql.join(
    columns.map((c) => ilike(db, sql.ref(c), pattern)),
    sql` OR `,
  );
  let q = queryBuilder(db)
    .selectFrom(table)
    .select("id")
    .where(sql<boolean>`(${match})`);
  for (const [c, v] of Object.entries(scope)) q = q.where(sql<boolean>`${sql.ref(c)} = ${v}`);
  const rows = await run<{ id: number }>(db, q.limit(MAX_LITERAL_MATCHES + 1));
  return rows.length > MAX_LITERAL_MATCHES ? null : rows.map((r) => Number(r.id));
}
