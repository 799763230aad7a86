// Reads of the preset question fields that are plain relationship scans (eligibility's requirement rules, the
// accountability chain's levels), compiled by the planner's query builder (src/read/sql.ts) with the visibility of
// relationship lists (live, both ends live, held on `asOf` when given: WhereCompiler.shown). Each is one statement,
// cut at the row budget: more rows than that fails with ROW_BUDGET_EXCEEDED rather than a silent cut.
import { sql } from "kysely";
import type { DbHandle } from "../store/db.js";
import type { Relation } from "../generated/prisma/sqlite/client.js";
import { rowBudgetExceeded } from "../errors.js";
import { ROW_BUDGET } from "./context.js";
import { queryBuilder, run } from "./sql.js";
import { toRelation } from "./rows.js";
import { WhereCompiler } from "./where.js";

function bounded<T>(rows: T[]): T[] {
  if (rows.length > ROW_BUDGET) throw rowBudgetExceeded(ROW_BUDGET);
  return rows;
}

/** REQUIRES rules (of `subjects` only, when given) with their requirement's category, by subject then id. */
export async function requirementRules(db: DbHandle, subjects: number[] | null): Promise<(Relation & { category: string | null })[]> {
  let q = queryBuilder(db)
    .selectFrom("Relation as r")
    .innerJoin("Entity as t", "t.id", "r.toId")
    .selectAll("r")
    .select(sql<string | null>`${sql.ref("t.category")}`.as("_category"))
    .where("r.kind", "=", "REQUIRES")
    .where(new WhereCompiler(db).shown("r", null));
  if (subjects) q = q.where(subjects.length ? sql<boolean>`${sql.ref("r.fromId")} IN (${sql.join(subjects)})` : sql<boolean>`1 = 0`);
  const rows = await run<Record<string, unknown>>(db, q.orderBy("r.fromId").orderBy("r.id").limit(ROW_BUDGET + 1));
  return bounded(rows).map((row) => ({ ...toRelation(row), category: (row._category as string | null) ?? null }));
}

/** Relationships of `kind` whose `end` is one of `ids`, held on `asOf`, by id. */
export async function relationsAt(db: DbHandle, kind: string, end: "fromId" | "toId", ids: number[], asOf: Date | null): Promise<Relation[]> {
  if (!ids.length) return [];
  const q = queryBuilder(db)
    .selectFrom("Relation as r")
    .selectAll("r")
    .where("r.kind", "=", kind)
    .where(sql<boolean>`${sql.ref(`r.${end}`)} IN (${sql.join(ids)})`)
    .where(new WhereCompiler(db).shown("r", asOf))
    .orderBy("r.id")
    .limit(ROW_BUDGET + 1);
  return bounded(await run<Record<string, unknown>>(db, q)).map((row) => toRelation(row));
}
