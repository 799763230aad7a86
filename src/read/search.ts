// Full-text search over every entity (name, acronym, aliases, description), tolerant of case, accents and typos.
//
// Two steps, one SQL statement:
// 1. Retrieval in the database, through the index the migration 0002_search keeps in step with "Entity":
//    SQLite: FTS5 with the trigram tokenizer (diacritics removed); the query's trigrams are OR-ed, so "europl" still
//            shares "eur", "uro", "rop" with "Europol"; queries shorter than three characters use LIKE.
//    PostgreSQL: a weighted tsvector (word and prefix matches) OR pg_trgm word similarity ≥ 0.3 on the folded names
//                (the `<%` operator, so both arms use their GIN index; the threshold is set per connection, db.ts).
// 2. Scoring in TypeScript over the candidates, the same on both databases so they rank alike: per field (acronym
//    and name weigh most, then aliases, then description) exact > prefix > substring > edit distance.
//
// User text never reaches the SQL text: it is folded to [a-z0-9 ] words first, and those are bound parameters
// (the FTS5 expression is built from quoted trigrams of those words, and is itself a bound parameter).
import { sql } from "kysely";
import type { DbHandle } from "../store/db.js";
import { queryBuilder, run } from "./sql.js";
import { badInput } from "../errors.js";

export const MAX_QUERY_LENGTH = 200;
/** Candidates fetched from the index before scoring. */
const CANDIDATES = 500;
/** Below this a candidate is noise (a shared trigram or two), not an answer. */
export const MIN_SCORE = 0.4;

export interface SearchHit {
  id: number;
  kind: string;
  score: number;
}

/** Lower case, no diacritics, every other character a space: the only form of user text that reaches SQL. */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Validates a raw query: BAD_USER_INPUT when empty or too long; returns the folded words (maybe none). */
export function parseQuery(raw: string): string[] {
  if (!raw.trim()) throw badInput("query", "must not be empty");
  if (raw.length > MAX_QUERY_LENGTH) throw badInput("query", `must be at most ${MAX_QUERY_LENGTH} characters, got ${raw.length}`);
  const f = fold(raw);
  return f ? f.split(" ") : [];
}

function trigrams(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= word.length; i++) out.push(word.slice(i, i + 3));
  return out;
}

// Reused rows of the distance table (grown as needed): scoring 500 candidates must not allocate per cell row.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (!m || !n) return m + n;
  if (rows[0].length < n + 1) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const ai = a.charCodeAt(i - 1);
    const ai1 = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = prev[j - 1] + (ai === bj ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && ai1 === bj && prev2[j - 2] + 1 < v) v = prev2[j - 2] + 1;
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

/** `fold` of candidate fields, remembered (the same names come back query after query). */
const folded = new Map<string, string>();
function foldCached(text: string): string {
  let f = folded.get(text);
  if (f === undefined) {
    if (folded.size >= 50_000) folded.clear();
    folded.set(text, (f = fold(text)));
  }
  return f;
}

function isSubsequence(q: string, w: string): boolean {
  let i = 0;
  for (const c of w) if (c === q[i]) i++;
  return i === q.length;
}

/** How well one query word matches one text word, 0..1. */
function wordScore(q: string, w: string): number {
  if (q === w) return 1;
  if (w.startsWith(q) && q.length >= 2) return 0.85 + 0.05 * (q.length / w.length);
  if (q.length < 4) return 0;
  // The distance is at least the length difference: when even that is too far, skip computing it.
  if (1 - Math.abs(q.length - w.length) / Math.max(q.length, w.length) < 0.6) return 0;
  const sim = 1 - editDistance(q, w) / Math.max(q.length, w.length);
  if (sim < 0.6) return 0;
  // "europl" is one edit from both "europol" and "europe"; a dropped letter (a subsequence) is the likelier typo.
  return 0.75 * sim + (isSubsequence(q, w) && q[0] === w[0] ? 0.05 : 0);
}

/** How well the query matches a short field (name, acronym, one alias), 0..1. */
function fieldScore(words: string[], field: string, fuzzy = true): number {
  const text = foldCached(field);
  if (!text) return 0;
  const q = words.join(" ");
  if (text === q) return 1;
  if (text.startsWith(q + " ")) return 0.9;
  if (` ${text} `.includes(` ${q} `)) return 0.85;
  if (text.startsWith(q)) return 0.8;
  const textWords = text.split(" ");
  let sum = 0;
  for (const w of words) {
    let best = 0;
    for (const t of textWords) {
      const s = fuzzy ? wordScore(w, t) : w === t ? 1 : t.startsWith(w) && w.length >= 2 ? 0.9 : 0;
      if (s > best) best = s;
    }
    sum += best;
  }
  // Whole-field closeness breaks ties: "Europol" beats "Europol Management Board" for "europl".
  const whole =
    q.length >= 4 && Math.abs(q.length - text.length) < Math.max(q.length, text.length)
      ? Math.max(0, 1 - editDistance(q, text) / Math.max(q.length, text.length))
      : 0;
  return Math.max((sum / words.length) * 0.95 + 0.04 * whole, 0.78 * whole);
}

export interface Candidate {
  id: number;
  kind: string;
  name: string;
  acronym: string | null;
  aliases: string;
  description: string | null;
}

const WEIGHT = { acronym: 1, name: 1, alias: 0.95, description: 0.55 };

/** The relevance of one entity to the query words, 0..1 (rounded to 4 places). */
export function score(words: string[], c: Candidate): number {
  const aliases = c.aliases.startsWith("[") ? (JSON.parse(c.aliases) as string[]) : c.aliases.split(" | ");
  const best = Math.max(
    WEIGHT.acronym * fieldScore(words, c.acronym ?? ""),
    WEIGHT.name * fieldScore(words, c.name),
    ...aliases.map((a) => WEIGHT.alias * fieldScore(words, a)),
    // Descriptions match whole words or word prefixes only (as PostgreSQL's tsvector does), never fuzzily.
    WEIGHT.description * fieldScore(words, c.description ?? "", false),
  );
  return Math.round(best * 10_000) / 10_000;
}

async function candidates(db: DbHandle, words: string[], kinds: string[]): Promise<Candidate[]> {
  const q = queryBuilder(db);
  if (db.provider === "postgresql") {
    const text = words.join(" ");
    const tsquery = sql`to_tsquery('simple', ${words.map((w) => `${w}:*`).join(" & ")})`;
    // Two index-driven arms (an OR of them makes PostgreSQL scan the table): words and prefixes through the
    // tsvector's GIN index, typos through the trigram index on the names.
    const matched = q
      .selectFrom("EntitySearch")
      .select("entityId")
      .where(sql<boolean>`${sql.ref("document")} @@ ${tsquery}`)
      .union(q.selectFrom("EntitySearch").select("entityId").where(sql<boolean>`${sql.ref("names")} %> ${text}`));
    let found = q
      .selectFrom(matched.as("m"))
      .innerJoin("EntitySearch as s", "s.entityId", "m.entityId")
      .innerJoin("Entity as e", "e.id", "s.entityId")
      .select(["e.id", "e.kind", "e.name", "e.acronym", "e.aliases", "e.description"])
      .where("e.retiredAt", "is", null);
    if (kinds.length) found = found.where("s.kind", "in", kinds);
    return run<Candidate>(
      db,
      found
        .orderBy(sql`ts_rank(${sql.ref("s.document")}, ${tsquery}) + word_similarity(${text}, ${sql.ref("s.names")})`, "desc")
        .orderBy("e.id")
        .limit(CANDIDATES),
    );
  }
  // SQLite's FTS5 table: its rowid is the entity's id. Retired entities are not found (see docs/curation.md).
  let found = q
    .selectFrom("EntitySearch")
    .select([sql<number>`rowid`.as("id"), "kind", "name", sql<string | null>`nullif(${sql.ref("acronym")}, '')`.as("acronym"), "aliases", "description"])
    .where(sql<boolean>`rowid NOT IN (SELECT ${sql.ref("id")} FROM ${sql.table("Entity")} WHERE ${sql.ref("retiredAt")} IS NOT NULL)`);
  if (kinds.length) found = found.where("kind", "in", kinds);
  const grams = [...new Set(words.flatMap(trigrams))];
  if (!grams.length) {
    // Every word is shorter than three characters: trigrams cannot help, a LIKE scan can.
    const like = `%${words.join(" ")}%`;
    const columns = ["name", "acronym", "aliases", "description"] as const;
    return run<Candidate>(db, found.where((eb) => eb.or(columns.map((c) => eb(c, "like", like)))).limit(CANDIDATES));
  }
  // The FTS5 expression is itself a bound parameter, built from quoted trigrams of the folded words.
  const match = grams.map((g) => `"${g}"`).join(" OR ");
  return run<Candidate>(
    db,
    found
      .where(sql<boolean>`${sql.table("EntitySearch")} MATCH ${match}`)
      .orderBy(sql`bm25(${sql.table("EntitySearch")}, 10.0, 10.0, 5.0, 1.0)`)
      .limit(CANDIDATES),
  );
}

/** Every entity matching the query, best first (ties: acronym or name, then id). One SQL statement. */
export async function searchEntities(db: DbHandle, raw: string, kinds: string[] = []): Promise<SearchHit[]> {
  const words = parseQuery(raw);
  if (!words.length) return [];
  const rows = await candidates(db, words, kinds);
  return rows
    .map((c) => ({ id: Number(c.id), kind: c.kind, score: score(words, c), name: c.name }))
    .filter((h) => h.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name) || a.id - b.id)
    .map(({ id, kind, score }) => ({ id, kind, score }));
}
