// The batched reads behind the provenance loaders (src/read/context.ts): claims of entities, sources by id,
// citations of entities, claims and relations with their sources, curation history and citation counts. One
// statement per batch each, compiled with Kysely, limited to the rows the request may still read. Rows come back in
// the shapes Prisma returns (DateTime columns as Dates, Boolean columns as booleans: SQLite stores ISO text and 0/1).
import { sql } from "kysely";
import type { DbHandle } from "../store/db.js";
import type { Change, Citation, Claim, Source } from "../generated/prisma/sqlite/client.js";
import { queryBuilder, run } from "./sql.js";
import { SOURCE_COLUMNS, type SourceRecord } from "./source-list.js";

type Row = Record<string, unknown>;
const date = (v: unknown) => (v == null ? null : v instanceof Date ? v : new Date(v as string));
const bool = (v: unknown) => (typeof v === "boolean" ? v : v !== 0 && v !== "0" && v != null);

/** Claims of the entities, by property, validFrom (undated last, on both databases), id. */
export async function claimsOf(db: DbHandle, entityIds: readonly number[], limit: number): Promise<Claim[]> {
  const q = queryBuilder(db)
    .selectFrom("Claim as c")
    .selectAll("c")
    .where("c.entityId", "in", [...entityIds])
    .orderBy("c.property")
    .orderBy("c.validFrom", (o) => o.asc().nullsLast())
    .orderBy("c.id")
    .limit(limit);
  return (await run<Row>(db, q)).map((r) => ({ ...r, validFrom: date(r.validFrom), validTo: date(r.validTo), preferred: bool(r.preferred) }) as Claim);
}

/** Whole sources (with a seed document's text) by id. */
export async function sourcesByIds(db: DbHandle, ids: readonly number[]): Promise<Source[]> {
  return run<Source>(db, queryBuilder(db).selectFrom("Source as s").selectAll("s").where("s.id", "in", [...ids]));
}

export type CitationRecord = Citation & { source: SourceRecord };

/**
 * Citations of entities (their own facts: no claim, no relation), claims and relations, by id, each with its source
 * (joined, without the document text).
 */
export async function citationsOf(
  db: DbHandle,
  ids: { entity: readonly number[]; claim: readonly number[]; relation: readonly number[] },
  limit: number,
): Promise<CitationRecord[]> {
  const q = queryBuilder(db)
    .selectFrom("Citation as c")
    .innerJoin("Source as s", "s.id", "c.sourceId")
    .selectAll("c")
    .select(SOURCE_COLUMNS.map((col) => sql.ref(`s.${col}`).as(`s_${col}`)))
    .where((w) =>
      w.or([
        ...(ids.entity.length ? [w.and([w("c.entityId", "in", [...ids.entity]), w("c.claimId", "is", null), w("c.relationId", "is", null)])] : []),
        ...(ids.claim.length ? [w("c.claimId", "in", [...ids.claim])] : []),
        ...(ids.relation.length ? [w("c.relationId", "in", [...ids.relation])] : []),
      ]),
    )
    .orderBy("c.id")
    .limit(limit);
  return (await run<Row>(db, q)).map((r) => {
    const citation: Row = {};
    const source: Row = {};
    for (const [k, v] of Object.entries(r)) {
      if (k.startsWith("s_")) source[k.slice(2)] = v;
      else citation[k] = v;
    }
    return { ...(citation as Citation), source: source as SourceRecord };
  });
}

/** Changes to the targets (type → ids), newest first. */
export async function historyOf(db: DbHandle, targets: ReadonlyMap<string, readonly number[]>, limit: number): Promise<Change[]> {
  const q = queryBuilder(db)
    .selectFrom("Change as h")
    .selectAll("h")
    .where((w) => w.or([...targets].map(([type, ids]) => w.and([w("h.targetType", "=", type), w("h.targetId", "in", [...ids])]))))
    .orderBy("h.at", "desc")
    .orderBy("h.id", "desc")
    .limit(limit);
  return (await run<Row>(db, q)).map((r) => ({ ...r, at: date(r.at) }) as Change);
}

/** How many citations each source has. */
export async function citationCounts(db: DbHandle, sourceIds: readonly number[]): Promise<Map<number, number>> {
  const q = queryBuilder(db)
    .selectFrom("Citation as c")
    .select(["c.sourceId", sql<number | string>`COUNT(*)`.as("n")])
    .where("c.sourceId", "in", [...sourceIds])
    .groupBy("c.sourceId");
  return new Map((await run<{ sourceId: number; n: number | string }>(db, q)).map((r) => [Number(r.sourceId), Number(r.n)]));
}
