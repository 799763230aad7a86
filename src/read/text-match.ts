// Text filters (`filter.text`) match the characters they are given: LIKE's wildcards `%` and `_` (and its escape
// character) in a filter are literal. PostgreSQL: Prisma's `contains` compiles to LIKE/ILIKE, whose default ESCAPE is
// '\', so escaping the value is enough. SQLite's LIKE has no escape character unless the statement names one
// (ESCAPE), and Prisma's never does: there a text with a wildcard is matched by one statement of our own, LIKE ...
// ESCAPE '\', that returns the matching ids (a literal `%` or `_` is rare in names, so the list is short; it is capped).
// Only Prisma's form of a filter needs this (missionCounts' `filter`); connections and planner reads compile their text
// conditions with `LIKE ... ESCAPE '\'` themselves (src/read/where.ts).
import type { DbHandle } from "../store/db.js";
import { placeholders, positional } from "./rows.js";

/** `\`, `%` and `_` escaped with `\`, the ESCAPE character of both databases here. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, "\\$&");

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
  const pgsql = db.provider === "postgresql";
  const params: unknown[] = [];
  const p = placeholders(pgsql, params);
  const like = pgsql ? "ILIKE" : "LIKE";
  const pattern = `%${escapeLike(text)}%`;
  const match = columns.map((c) => `"${c}" ${like} ${p(pattern)} ESCAPE '\\'`).join(" OR ");
  const where = [...Object.entries(scope).map(([c, v]) => `"${c}" = ${p(v)}`), `(${match})`].join(" AND ");
  const rows = await db.read<{ id: number }>(...positional(pgsql, `SELECT "id" FROM "${table}" WHERE ${where} LIMIT ${MAX_LITERAL_MATCHES + 1}`, params));
  return rows.length > MAX_LITERAL_MATCHES ? null : rows.map((r) => Number(r.id));
}
