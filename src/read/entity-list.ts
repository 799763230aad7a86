// Root lists of entities read through the planner: a page of one kind's entities matching a condition tree
// (src/read/where.ts), in a stable order, after or before a cursor, and their total count: one statement each,
// limited in SQL. The page follows the cursor contract plugin-prisma's connections expect of Prisma (take, skip,
// cursor; a negative take reads backwards and the rows come back in forward order).
import { sql, type RawBuilder } from "kysely";
import type { DbHandle } from "../store/db.js";
import type { Entity } from "../generated/prisma/sqlite/client.js";
import { queryBuilder, run } from "./sql.js";
import { toEntity } from "./rows.js";
import { WhereCompiler, type EntityColumn, type EntityCond } from "./where.js";
import { checkQualifiers, entityQualifierUses } from "./qualifiers.js";

export interface OrderKey {
  column: EntityColumn;
  desc: boolean;
}

export interface PageQuery {
  take?: number;
  skip?: number;
  cursor?: { id: number };
}

/** Sort keys as SQL: a nullable column sorts its NULLs last ascending (first descending) on both databases. */
function sortKeys(order: OrderKey[]): { expr: RawBuilder<unknown>; desc: boolean }[] {
  const keys: { expr: RawBuilder<unknown>; desc: boolean }[] = [];
  for (const o of [...order.filter((k) => k.column !== "id"), { column: "id" as const, desc: order.find((k) => k.column === "id")?.desc ?? false }]) {
    const col = sql.ref(`e.${o.column}`);
    if (o.column !== "id" && o.column !== "name" && o.column !== "slug")
      keys.push({ expr: sql`CASE WHEN ${col} IS NULL THEN 1 ELSE 0 END`, desc: o.desc });
    keys.push({ expr: col, desc: o.desc });
  }
  return keys;
}

/** The same expression evaluated on the cursor row. */
const onCursor = (expr: RawBuilder<unknown>, id: number) =>
  sql`(SELECT ${expr} FROM ${sql.table("Entity")} AS ${sql.id("e")} WHERE ${sql.ref("e.id")} = ${id})`;

function baseQuery(db: DbHandle, kind: string, cond: EntityCond | null) {
  const where = new WhereCompiler(db);
  let q = queryBuilder(db).selectFrom("Entity as e").where("e.kind", "=", kind).where("e.retiredAt", "is", null);
  if (cond) q = q.where(where.entity("e", cond, null));
  return q;
}

/** One page of entities of `kind` matching `cond`, ordered by `order` then id. */
export async function entityPage(db: DbHandle, kind: string, cond: EntityCond | null, order: OrderKey[], page: PageQuery): Promise<Entity[]> {
  if (cond) await checkQualifiers(db, entityQualifierUses(cond));
  const backwards = (page.take ?? 0) < 0;
  const keys = sortKeys(order).map((k) => ({ ...k, desc: k.desc !== backwards }));
  let q = baseQuery(db, kind, cond).selectAll("e");
  if (page.cursor) {
    const id = page.cursor.id;
    // Keyset: rows strictly after the cursor row in this order (skip 0 keeps the cursor row itself).
    const same = (a: RawBuilder<unknown>, b: RawBuilder<unknown>) =>
      db.provider === "postgresql" ? sql`${a} IS NOT DISTINCT FROM ${b}` : sql`${a} IS ${b}`;
    const arms = keys.map((k, i) => {
      const before = keys.slice(0, i).map((p) => same(p.expr, onCursor(p.expr, id)));
      const step = k.desc ? sql`${k.expr} < ${onCursor(k.expr, id)}` : sql`${k.expr} > ${onCursor(k.expr, id)}`;
      return sql.join([...before, step], sql` AND `);
    });
    const after = sql<boolean>`(${sql.join(arms.map((a) => sql`(${a})`), sql` OR `)})`;
    q = q.where(page.skip === 0 ? sql<boolean>`(${after} OR ${sql.ref("e.id")} = ${id})` : after);
  }
  for (const k of keys) q = q.orderBy(k.expr, k.desc ? "desc" : "asc");
  const take = Math.abs(page.take ?? 20);
  q = q.limit(take);
  if (!page.cursor && page.skip) q = q.offset(page.skip);
  const rows = (await run<Record<string, unknown>>(db, q)).map((r) => toEntity(r));
  return backwards ? rows.reverse() : rows;
}

/** How many entities of `kind` match `cond`. */
export async function entityCount(db: DbHandle, kind: string, cond: EntityCond | null): Promise<number> {
  if (cond) await checkQualifiers(db, entityQualifierUses(cond));
  const q = baseQuery(db, kind, cond).select(sql<number>`COUNT(*)`.as("n"));
  const [row] = await run<{ n: number | string }>(db, q);
  return Number(row.n);
}
