// The lists of `cooperationOnCrime` (src/resolvers/query/crime-cooperation.ts), each one statement cut in SQL and
// compiled by the planner's query builder (src/read/sql.ts). The area's actors are a materialized subquery the other
// lists test against, never an id list: the busiest area of a 200k-edge graph has ~7,600 actors, whose ids once
// overflowed SQLite's bound parameters, and whose cooperations, read whole, exhausted the 192 MB heap. Relationships
// are read as relationship lists show them (WhereCompiler.shown: live, both ends live, held on `asOf`).
import { sql, type RawBuilder } from "kysely";
import type { DbHandle } from "../store/db.js";
import type { Entity, Relation } from "../generated/prisma/sqlite/client.js";
import { ilike, likeLiteral, queryBuilder, run } from "./sql.js";
import { toEntity, toRelation } from "./rows.js";
import { WhereCompiler } from "./where.js";

export type CrimeList = "actors" | "cooperations" | "toolUses" | "instruments";

export interface CrimeScope {
  areaId: number;
  /** Texts whose mention in a cooperation's agreement or description ties it to the area. */
  names: string[];
  asOf: Date | null;
}

type Cond = RawBuilder<boolean>;

/** The conditions of one statement (one WhereCompiler, so its subqueries' aliases never clash). */
function conditions(db: DbHandle, scope: CrimeScope) {
  const w = new WhereCompiler(db);
  const col = (r: string, c: string) => sql.ref(`${r}.${c}`);
  const inActors = (r: string, c: string) => sql<boolean>`${col(r, c)} IN (SELECT ${sql.ref("a.id")} FROM ${sql.table("a")})`;
  const worksOn = (r: string): Cond =>
    sql<boolean>`${col(r, "kind")} = 'WORKS_ON' AND ${col(r, "toId")} = ${scope.areaId} AND ${w.shown(r, scope.asOf)}`;
  // LIKE's wildcards in a name are literal text here.
  const named = (r: string): Cond =>
    sql<boolean>`(${sql.join(
      scope.names.flatMap((n) => ["agreement", "description"].map((c) => ilike(db, col(r, c), `%${likeLiteral(n)}%`))),
      sql` OR `,
    )})`;
  const cooperation = (r: string): Cond =>
    sql<boolean>`${col(r, "kind")} = 'COOPERATES_WITH' AND ${w.shown(r, scope.asOf)} AND ((${inActors(r, "fromId")} AND ${inActors(r, "toId")}) OR ${named(r)})`;
  const toolUse = (r: string): Cond => sql<boolean>`${col(r, "kind")} = 'USES_TOOL' AND ${inActors(r, "fromId")} AND ${w.shown(r, scope.asOf)}`;
  return { worksOn, cooperation, toolUse };
}

function statement(db: DbHandle, scope: CrimeScope, list: CrimeList, take: number) {
  const c = conditions(db, scope);
  const q = queryBuilder(db);
  if (list === "actors") return q.selectFrom("Relation as r").selectAll("r").where(c.worksOn("r")).orderBy("r.id").limit(take);
  const withActors = q.with(
    (cte) => cte("a").materialized(),
    (b) => b.selectFrom("Relation as w").select(sql<number>`${sql.ref("w.fromId")}`.as("id")).distinct().where(c.worksOn("w")),
  );
  const ids = (alias: string, column: string, cond: Cond, extra?: Cond) =>
    sql<boolean>`${sql.ref("e.id")} IN (SELECT ${sql.ref(`${alias}.${column}`)} FROM ${sql.table("Relation")} AS ${sql.id(alias)} WHERE ${cond}${extra ? sql` AND ${extra}` : sql``})`;
  switch (list) {
    case "cooperations":
      return withActors.selectFrom("Relation as r").selectAll("r").where(c.cooperation("r")).orderBy("r.id").limit(take);
    case "toolUses":
      return withActors.selectFrom("Relation as r").selectAll("r").where(c.toolUse("r")).orderBy("r.id").limit(take);
    case "instruments":
      // Tools that work on the area, tools its WORKS_ON or cooperation links go through, tools its actors use.
      return withActors
        .selectFrom("Entity as e")
        .selectAll("e")
        .where("e.kind", "=", "LEGAL_TOOL")
        .where((eb) =>
          eb.or([
            sql<boolean>`${sql.ref("e.id")} IN (SELECT ${sql.ref("a.id")} FROM ${sql.table("a")})`,
            ids("v", "viaId", c.worksOn("v"), sql<boolean>`${sql.ref("v.viaId")} IS NOT NULL`),
            ids("k", "viaId", c.cooperation("k"), sql<boolean>`${sql.ref("k.viaId")} IS NOT NULL`),
            ids("u", "toId", c.toolUse("u")),
          ]),
        )
        .orderBy("e.id")
        .limit(take);
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

/** How many WORKS_ON links the area has, as the actors list shows them. */
export async function crimeActorCount(db: DbHandle, areaId: number, asOf: Date | null): Promise<number> {
  const c = conditions(db, { areaId, names: [], asOf });
  const [row] = await run<{ n: number | string }>(db, queryBuilder(db).selectFrom("Relation as r").select(sql<number>`COUNT(*)`.as("n")).where(c.worksOn("r")));
  return Number(row.n);
}
