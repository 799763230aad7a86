// The lists of `cooperationOnCrime` (src/resolvers/query/crime-cooperation.ts), each one statement cut in SQL. The
// area's actors are a materialized subquery the other lists test against, never an id list: the busiest area of a
// 200k-edge graph has ~7,600 actors, whose ids once overflowed SQLite's bound parameters, and whose cooperations,
// read whole, exhausted the 192 MB heap. Same filters as context.ts heldOn (relation-window.ts heldSql).
import type { DbHandle } from "../store/db.js";
import type { Entity, Relation } from "../generated/prisma/sqlite/client.js";
import { heldSql } from "./relation-window.js";
import { placeholders, positional, toEntity, toRelation } from "./rows.js";

export type CrimeList = "actors" | "cooperations" | "toolUses" | "instruments";

export interface CrimeScope {
  areaId: number;
  /** Texts whose mention in a cooperation's agreement or description ties it to the area. */
  names: string[];
  asOf: Date | null;
}

function statement(db: DbHandle, scope: CrimeScope, list: CrimeList, take: number): [string, unknown[]] {
  const pgsql = db.provider === "postgresql";
  const params: unknown[] = [];
  const param = placeholders(pgsql, params);
  const area = param(scope.areaId);
  const held = (r: string) => heldSql(pgsql, r, scope.asOf, param);
  const worksOn = (r: string) => `${r}."kind" = 'WORKS_ON' AND ${r}."toId" = ${area} AND ${held(r)}`;
  // Built only where used: every placeholder must appear in the statement (PostgreSQL types each one from its use).
  const actors = () => `a AS MATERIALIZED (SELECT DISTINCT w."fromId" AS "id" FROM "Relation" w WHERE ${worksOn("w")})`;
  const like = pgsql ? "ILIKE" : "LIKE";
  // LIKE's wildcards in a name are literal text here.
  const named = (r: string) =>
    scope.names
      .map((n) => param(`%${n.replace(/[\\%_]/g, (c) => `\\${c}`)}%`))
      .flatMap((p) => [`${r}."agreement" ${like} ${p} ESCAPE '\\'`, `${r}."description" ${like} ${p} ESCAPE '\\'`])
      .join(" OR ");
  const cooperation = (r: string) =>
    `${r}."kind" = 'COOPERATES_WITH' AND ${held(r)} AND ((${r}."fromId" IN (SELECT "id" FROM a) AND ${r}."toId" IN (SELECT "id" FROM a)) OR ${named(r)})`;
  const toolUse = (r: string) => `${r}."kind" = 'USES_TOOL' AND ${r}."fromId" IN (SELECT "id" FROM a) AND ${held(r)}`;
  let sql: string;
  switch (list) {
    case "actors":
      sql = `SELECT r.* FROM "Relation" r WHERE ${worksOn("r")} ORDER BY r."id" LIMIT ${param(take)}`;
      break;
    case "cooperations":
      sql = `WITH ${actors()} SELECT r.* FROM "Relation" r WHERE ${cooperation("r")} ORDER BY r."id" LIMIT ${param(take)}`;
      break;
    case "toolUses":
      sql = `WITH ${actors()} SELECT r.* FROM "Relation" r WHERE ${toolUse("r")} ORDER BY r."id" LIMIT ${param(take)}`;
      break;
    case "instruments":
      // Tools that work on the area, tools its WORKS_ON or cooperation links go through, tools its actors use.
      sql =
        `WITH ${actors()} SELECT e.* FROM "Entity" e WHERE e."kind" = 'LEGAL_TOOL' AND (` +
        `e."id" IN (SELECT "id" FROM a)` +
        ` OR e."id" IN (SELECT v."viaId" FROM "Relation" v WHERE ${worksOn("v")} AND v."viaId" IS NOT NULL)` +
        ` OR e."id" IN (SELECT c."viaId" FROM "Relation" c WHERE ${cooperation("c")} AND c."viaId" IS NOT NULL)` +
        ` OR e."id" IN (SELECT u."toId" FROM "Relation" u WHERE ${toolUse("u")})` +
        `) ORDER BY e."id" LIMIT ${param(take)}`;
      break;
  }
  return positional(pgsql, sql, params);
}

/** The lists asked for, at most `take` rows each, read at once. */
export async function crimeCooperationLists(
  db: DbHandle,
  scope: CrimeScope,
  firsts: Partial<Record<CrimeList, number>>,
): Promise<Partial<Record<CrimeList, Relation[] | Entity[]>>> {
  const entries = await Promise.all(
    (Object.entries(firsts) as [CrimeList, number][]).map(async ([list, take]) => {
      const rows = await db.read(...statement(db, scope, list, take));
      return [list, list === "instruments" ? rows.map((r) => toEntity(r)) : rows.map((r) => toRelation(r))] as const;
    }),
  );
  return Object.fromEntries(entries);
}
