// Relationship qualifiers (role, status, cooperation kind, focus ...: the `subtype` column) are open vocabularies:
// curators and imports may add a value. A filter on a value the data has never used matches nothing (and its
// `none`/`NOT` everything) without a word, which is how a typo ("LEADD", "Lead") goes unnoticed. So before a
// condition tree runs, every qualifier value it compares with equals / not / in / notIn must be one some
// relationship of those kinds holds; otherwise the request fails with BAD_USER_INPUT listing the values that exist.
// A value found once is remembered for the database handle (values are never checked again; a value that later
// disappears only makes a filter match nothing, as before); an unknown one is checked on every request, so a value
// a curator adds is accepted at once. Cost: one statement the first time a value is asked, none afterwards.
import { sql } from "kysely";
import type { DbHandle } from "../store/db.js";
import { badInput } from "../errors.js";
import { queryBuilder, run } from "./sql.js";
import type { EntityCond, RelationCond, ScalarFilter } from "./where.js";

/** Where a qualifier condition came from in the request, for its error. */
export interface QualifierOrigin {
  /** The argument (where, groupBy.where, roles ...). */
  argument: string;
  /** The input path of the condition (where.leadBodies.some.role). */
  path: string;
}

export interface QualifierUse {
  /** The relationship kinds the condition applies to; null: any. */
  kinds: string[] | null;
  value: string;
  origin: QualifierOrigin;
}

/** Known values listed in an error, at most. */
const MAX_LISTED = 50;

function valuesOf(f: ScalarFilter): string[] {
  const out: unknown[] = [f.equals, f.not, ...(f.in ?? []), ...(f.notIn ?? [])];
  return out.filter((v): v is string => typeof v === "string");
}

/** The qualifier values compared in a relationship condition on relationships of `kinds`. */
export function relationQualifierUses(c: RelationCond, kinds: string[] | null, out: QualifierUse[] = []): QualifierUse[] {
  switch (c.op) {
    case "and":
    case "or":
      for (const i of c.items) relationQualifierUses(i, kinds, out);
      break;
    case "not":
      relationQualifierUses(c.item, kinds, out);
      break;
    case "scalar":
      if (c.column === "subtype" && c.type === "text" && c.origin)
        for (const value of valuesOf(c.filter)) out.push({ kinds, value, origin: c.origin });
      break;
    case "other":
      entityQualifierUses(c.where, out);
      break;
    default:
      break;
  }
  return out;
}

/** The qualifier values compared anywhere in an entity condition (its relationship predicates, at any depth). */
export function entityQualifierUses(c: EntityCond, out: QualifierUse[] = []): QualifierUse[] {
  switch (c.op) {
    case "and":
    case "or":
      for (const i of c.items) entityQualifierUses(i, out);
      break;
    case "not":
      entityQualifierUses(c.item, out);
      break;
    case "rel":
      if (c.where) relationQualifierUses(c.where, c.kinds, out);
      break;
    default:
      break;
  }
  return out;
}

const known = new WeakMap<DbHandle, Map<string, Promise<boolean>>>();
const keyOf = (u: QualifierUse) => `${u.kinds?.slice().sort().join(",") ?? "*"}|${u.value}`;

const ofKinds = (kinds: string[] | null) => (kinds ? sql<boolean>`${sql.ref("r.kind")} IN (${sql.join(kinds)})` : sql<boolean>`1 = 1`);

/** Fails with BAD_USER_INPUT when a value is held by no relationship of its kinds. */
export async function checkQualifiers(db: DbHandle, uses: QualifierUse[]): Promise<void> {
  if (!uses.length) return;
  let cache = known.get(db);
  if (!cache) known.set(db, (cache = new Map()));
  const answers = new Map<string, Promise<boolean>>();
  const pending = new Map<string, QualifierUse>();
  for (const u of uses) {
    const hit = cache.get(keyOf(u));
    if (hit) answers.set(keyOf(u), hit);
    else pending.set(keyOf(u), u);
  }
  if (pending.size) {
    // Every new value in one statement: SELECT EXISTS (...) AS "q0", EXISTS (...) AS "q1" ...
    const list = [...pending.values()];
    const probe = run<Record<string, unknown>>(
      db,
      queryBuilder(db).selectNoFrom(
        list.map((u, i) =>
          sql<boolean>`EXISTS (SELECT 1 FROM ${sql.table("Relation")} AS ${sql.id("r")} WHERE ${ofKinds(u.kinds)} AND ${sql.ref("r.subtype")} = ${u.value})`.as(`q${i}`),
        ),
      ),
    ).then(([row]) => list.map((_, i) => row[`q${i}`] === true || row[`q${i}`] === 1));
    list.forEach((u, i) => {
      const key = keyOf(u);
      const found = probe.then((r) => r[i]);
      answers.set(key, found);
      // Only values found are remembered (a failed probe is not remembered either).
      cache.set(key, found);
      found.then(
        (ok) => !ok && cache.get(key) === found && cache.delete(key),
        () => cache.get(key) === found && cache.delete(key),
      );
    });
  }
  for (const u of uses) {
    if (await answers.get(keyOf(u))) continue;
    const values = await knownQualifiers(db, u.kinds);
    const listed = values.length ? values.map((v) => `"${v}"`).join(", ") : "none";
    throw badInput(
      u.origin.argument,
      `${u.origin.path}: no ${u.kinds ? `${u.kinds.join(" or ")} ` : ""}relationship has the qualifier ${JSON.stringify(u.value)}; ` +
        `the values in use are ${listed}${values.length >= MAX_LISTED ? " ..." : ""}`,
    );
  }
}

/** The qualifier values relationships of `kinds` hold, sorted (at most MAX_LISTED). */
export async function knownQualifiers(db: DbHandle, kinds: string[] | null): Promise<string[]> {
  const rows = await run<{ v: string }>(
    db,
    queryBuilder(db)
      .selectFrom("Relation as r")
      .select(sql<string>`${sql.ref("r.subtype")}`.as("v"))
      .distinct()
      .where(ofKinds(kinds))
      .where("r.subtype", "is not", null)
      .orderBy("v")
      .limit(MAX_LISTED),
  );
  return rows.map((r) => r.v);
}
