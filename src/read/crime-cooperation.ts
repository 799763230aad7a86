// The lists of `cooperationOnCrime` (src/resolvers/query/crime-cooperation.ts), each one statement cut in SQL. The
// area's actors are a materialized subquery the other lists test against, never an id list: the busiest area of a
// 200k-edge graph has ~7,600 actors, whose ids once overflowed SQLite's bound parameters, and whose cooperations,
// read whole, exhausted the 192 MB heap. Same filters as context.ts heldOn (WhereCompiler.shown).
import { sql, type RawBuilder } from "kysely";
import type { DbHandle } from "../store/db.js";
import type { Entity, Relation } from "../generated/prisma/sqlite/client.js";
import { toEntity, toRelation } from "./rows.js";
import { ilike, likeLiteral, queryBuilder, run } from "./sql.js";
import { WhereCompiler } from "./where.js";

export type CrimeList = "actors" | "cooperations" | "toolUses" | "instruments";

export interface CrimeScope {
  areaId: number;
  /** Texts whose mention in a cooperation's agreement or description ties it to the area. */
  names: string[];
  asOf: Date | null;
}

const or = (parts: RawBuilder<boolean>[]) => (parts.length ? sql<boolean>`(${sql.join(parts, sql` OR `)})` : sql<boolean>`1 = 0`);

function statement(db: DbHandle, scope: CrimeScope, list: CrimeList, take: number) {
  const qb = queryBuilder(db);
  const w = new WhereCompiler(db);
  const col = (r: string, c: string) => sql.ref(`${r}.${c}`);
  const worksOn = (r: string) =>
    sql<boolean>`${col(r, "kind")} = ${"WORKS_ON"} AND ${col(r, "toId")} = ${scope.areaId} AND ${w.shown(r, scope.asOf)}`;
  const actors = qb.with(
    (cte) => cte("a").materialized(),
    (q) => q.selectFrom("Relation as w").select("w.fromId as id").distinct().where(worksOn("w")),
  );
  const actor = (e: RawBuilder<unknown>) => sql<boolean>`${e} IN (SELECT ${sql.ref("a.id")} FROM ${sql.table("a")})`;
  // LIKE's wildcards in a name are literal text here.
  const named = (r: string) =>
    or(scope.names.flatMap((n) => [ilike(db, col(r, "agreement"), `%${likeLiteral(n)}%`), ilike(db, col(r, "description"), `%${likeLiteral(n)}%`)]));
  const cooperation = (r: string) =>
    sql<boolean>`${col(r, "kind")} = ${"COOPERATES_WITH"} AND ${w.shown(r, scope.asOf)} AND ((${actor(col(r, "fromId"))} AND ${actor(col(r, "toId"))}) OR ${named(r)})`;
  const toolUse = (r: string) => sql<boolean>`${col(r, "kind")} = ${"USES_TOOL"} AND ${actor(col(r, "fromId"))} AND ${w.shown(r, scope.asOf)}`;
  switch (list) {
    case "actors":
      return qb.selectFrom("Relation as r").selectAll("r").where(worksOn("r")).orderBy("r.id").limit(take);
    case "cooperations":
      return actors.selectFrom("Relation as r").selectAll("r").where(cooperation("r")).orderBy("r.id").limit(take);
    case "toolUses":
      return actors.selectFrom("Relation as r").selectAll("r").where(toolUse("r")).orderBy("r.id").limit(take);
    case "instruments": {
      // Tools that work on the area, tools its WORKS_ON or cooperation links go through, tools its actors use.
      const via = (r: string, cond: RawBuilder<boolean>) =>
        qb.selectFrom(`Relation as ${r}` as "Relation as v").select(sql<number>`${col(r, "viaId")}`.as("id")).where(cond).where(sql<boolean>`${col(r, "viaId")} IS NOT NULL`);
      const e = col("e", "id");
      return actors
        .selectFrom("Entity as e")
        .selectAll("e")
        .where("e.kind", "=", "LEGAL_TOOL")
        .where(
          or([
            actor(e),
            sql<boolean>`${e} IN ${via("v", worksOn("v"))}`,
            sql<boolean>`${e} IN ${via("c", cooperation("c"))}`,
            sql<boolean>`${e} IN ${qb.selectFrom("Relation as u").select("u.toId").where(toolUse("u"))}`,
          ]),
        )
        .orderBy("e.id")
        .limit(take);
    }
  }
}

/** The lists asked for, at most `take` rows each, read at once. */
export async function crimeCooperationLists(
  db: DbHandle,
  scope: CrimeScope,
  firsts: Partial<Record<CrimeList, number>>,
): Promise<Partial<Record<CrimeList, Relation[] | Entity[]>>> {
  const entries = await Promise.all(
    (Object.entries(firsts) as [CrimeList, number][]).map(async ([list, take]) => {
      const rows = await run<Record<string, unknown>>(db, statement(db, scope, list, take));
      return [list, list === "instruments" ? rows.map((r) => toEntity(r)) : rows.map((r) => toRelation(r))] as const;
    }),
  );
  return Object.fromEntries(entries);
}
