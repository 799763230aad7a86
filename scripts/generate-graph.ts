// Synthetic graphs for benchmarks, beside the real data: `npm run generate -- --relations 1000000 [--seed 42]`.
// DATABASE_URL chooses the database (SQLite file or postgresql://...). The database is migrated and seeded first
// (prepareDatabase), then organizations, missions, crime areas and legal tools are added (countries are the real
// ones) with relations of realistic kinds and proportions, a heavy-tailed degree distribution (preferential
// attachment for organizations, Zipf for the rest), periods, and a citation to a source for every relation.
// Deterministic: the same --seed and --relations give the same graph. Everything it writes is keyed "synthetic:"
// (relation keys, source slugs) or "synthetic-" (entity slugs, which must fit "org:<slug>" references); a rerun
// first removes what an earlier run wrote. Rows go in through the raw driver in big transactions: better-sqlite3
// prepared statements, or on PostgreSQL multi-row INSERT ... SELECT FROM unnest($1::int[], ...) in 5,000-row batches.
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import cliProgress from "cli-progress";
import pg from "pg";
import { prepareDatabase } from "../src/data/bootstrap.js";
import { DEFAULT_DATABASE_URL, isPostgresUrl } from "../src/config.js";
import { LegalToolKind, OrganizationKind } from "../src/data/schema.js";
import { createDb, sqlitePath } from "../src/store/db.js";

export interface GenerateOptions {
  relations: number;
  seed?: number;
  /** Progress bar on stderr (default: when stderr is a terminal or GENERATE_PROGRESS=1). */
  progress?: boolean;
  log?: (line: string) => void;
}

export interface GenerateSummary {
  entities: number;
  relations: number;
  citations: number;
  seconds: number;
  rowsPerSecond: number;
}

/** mulberry32: a small, fast, seeded PRNG (deterministic across platforms). */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zipf(s) sampler over ranks 0..n-1 by inverse CDF (binary search in a precomputed table). */
function zipf(n: number, s: number, rnd: () => number) {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, s);
  return () => {
    const u = rnd() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** The kinds and their shares of the synthetic relations (roughly those of the curated graph, org-heavy). */
export const KIND_SHARES: [string, number][] = [
  ["COOPERATES_WITH", 0.3],
  ["MEMBER_OF", 0.15],
  ["WORKS_ON", 0.14],
  ["USES_TOOL", 0.1],
  ["LEADS", 0.08],
  ["HOSTED_IN", 0.08],
  ["OVERSEES", 0.05],
  ["MANDATES", 0.04],
  ["OF_TYPE", 0.03],
  ["PART_OF", 0.03],
];

const SUBTYPES: Record<string, string[]> = {
  COOPERATES_WITH: ["AGREEMENT", "MEMORANDUM", "LIAISON", "PRACTICE"],
  MEMBER_OF: ["FULL", "FULL", "FULL", "OBSERVER", "OPERATIONAL_AGREEMENT"],
  WORKS_ON: ["FOCUS", "COMPETENCE", "JOINT_AREA"],
  USES_TOOL: ["OPERATES", "ISSUES", "USES", "SUPPORTS", "PARTY"],
  LEADS: ["LEAD", "LEAD", "JOINT_LEAD", "LEAD_NATION"],
  OVERSEES: ["PARLIAMENTARY", "JUDICIAL", "DATA_PROTECTION", "FINANCIAL", "GOVERNANCE"],
};

const WORDS_A = ["Regional", "Joint", "Transnational", "Coastal", "Federal", "Continental", "Border", "Maritime", "Financial", "Cyber", "Criminal", "Customs", "Judicial", "Strategic", "Northern", "Southern", "Eastern", "Western", "Central", "Allied"];
const WORDS_B = ["Police", "Policing", "Investigation", "Intelligence", "Enforcement", "Security", "Justice", "Crime", "Fraud", "Narcotics", "Migration", "Training", "Forensic", "Liaison", "Cooperation"];
const WORDS_C = ["Agency", "Office", "Bureau", "Directorate", "Centre", "Network", "Service", "Unit", "Platform", "Commission"];
const CRIMES = ["trafficking", "smuggling", "fraud", "laundering", "piracy", "extortion", "counterfeiting", "poaching", "corruption", "cybercrime", "arms", "kidnapping"];
const TOOLS = ["Convention", "Protocol", "Treaty", "Framework", "Notice", "Warrant", "Agreement", "Arrangement"];

const pad = (n: number) => String(n).padStart(6, "0");
const isoDay = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}T00:00:00.000+00:00`;
const STAMP = "2025-01-01T00:00:00.000+00:00";

interface EntityRow {
  id: number;
  kind: string;
  slug: string;
  name: string;
  acronym: string | null;
  orgKind: string | null;
  executivePowers: boolean | null;
  foundedYear: number | null;
  startDate: string | null;
  endDate: string | null;
  executive: boolean | null;
  toolKind: string | null;
}

interface RelationRow {
  id: number;
  kind: string;
  fromId: number;
  toId: number;
  subtype: string | null;
  validFrom: string | null;
  validTo: string | null;
  key: string;
}

/** Sizes of the synthetic node sets for a number of relations. */
export function plan(relations: number) {
  return {
    organizations: Math.max(40, Math.round(relations / 20)),
    missions: Math.max(20, Math.round(relations / 50)),
    crimeAreas: Math.max(12, Math.round(relations / 5000)),
    legalTools: Math.max(12, Math.round(relations / 2000)),
    sources: 20,
  };
}

/**
 * Builds the synthetic graph in memory (entities first, then relations, yielded in batches so a million relations
 * never sit in memory twice). Pure: depends only on the seed, the sizes and the ids it is given.
 */
export function* synthesize(opts: {
  relations: number;
  seed: number;
  firstEntityId: number;
  firstRelationId: number;
  countryIds: number[];
  missionTypeIds: number[];
  batch: number;
}): Generator<{ entities?: EntityRow[]; relations?: RelationRow[] }> {
  const rnd = prng(opts.seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: T[]) => xs[int(xs.length)];
  const p = plan(opts.relations);
  let nextId = opts.firstEntityId;
  const entities: EntityRow[] = [];
  const blank = { acronym: null, orgKind: null, executivePowers: null, foundedYear: null, startDate: null, endDate: null, executive: null, toolKind: null };
  const orgKinds = OrganizationKind.options;
  const toolKinds = LegalToolKind.options;
  const orgs: number[] = [];
  for (let i = 0; i < p.organizations; i++) {
    const name = `${pick(WORDS_A)} ${pick(WORDS_B)} ${pick(WORDS_C)} ${i + 1}`;
    const acronym = name.split(" ").slice(0, 3).map((w) => w[0]).join("") + (i + 1);
    orgs.push(nextId);
    entities.push({ ...blank, id: nextId++, kind: "ORGANIZATION", slug: `synthetic-org-${pad(i + 1)}`, name, acronym, orgKind: pick(orgKinds), executivePowers: rnd() < 0.3, foundedYear: 1900 + int(124) });
  }
  const missions: number[] = [];
  for (let i = 0; i < p.missions; i++) {
    const start = 1948 + int(76);
    const ended = rnd() < 0.6;
    missions.push(nextId);
    entities.push({ ...blank, id: nextId++, kind: "MISSION", slug: `synthetic-mission-${pad(i + 1)}`, name: `Synthetic ${pick(WORDS_A)} ${pick(["Police", "Rule of Law", "Monitoring", "Capacity Building"])} Mission ${i + 1}`, startDate: isoDay(start, 1 + int(12), 1 + int(28)), endDate: ended ? isoDay(Math.min(2025, start + 1 + int(15)), 1 + int(12), 1 + int(28)) : null, executive: rnd() < 0.25 });
  }
  const crimes: number[] = [];
  for (let i = 0; i < p.crimeAreas; i++) {
    crimes.push(nextId);
    entities.push({ ...blank, id: nextId++, kind: "CRIME_AREA", slug: `synthetic-crime-${pad(i + 1)}`, name: `Synthetic ${pick(WORDS_A).toLowerCase()} ${pick(CRIMES)} ${i + 1}` });
  }
  const tools: number[] = [];
  for (let i = 0; i < p.legalTools; i++) {
    tools.push(nextId);
    entities.push({ ...blank, id: nextId++, kind: "LEGAL_TOOL", slug: `synthetic-tool-${pad(i + 1)}`, name: `Synthetic ${pick(WORDS_B)} ${pick(TOOLS)} ${i + 1}`, toolKind: pick(toolKinds) });
  }
  for (let i = 0; i < entities.length; i += opts.batch) yield { entities: entities.slice(i, i + opts.batch) };

  // Preferential attachment over organizations: an end is drawn from the endpoints so far (probability
  // proportional to degree) with probability 0.75, else uniformly: a power-law tail with a few big hubs.
  const ends = new Int32Array(opts.relations * 2 + 2);
  let nEnds = 0;
  const org = () => (nEnds > 0 && rnd() < 0.75 ? ends[int(nEnds)] : orgs[int(orgs.length)]);
  const zCountry = zipf(opts.countryIds.length, 1.0, rnd);
  const zCrime = zipf(crimes.length, 1.1, rnd);
  const zTool = zipf(tools.length, 1.1, rnd);
  const zMission = zipf(missions.length, 0.6, rnd);
  const country = () => opts.countryIds[zCountry()];
  const cum: [string, number][] = [];
  let acc = 0;
  for (const [k, s] of KIND_SHARES) cum.push([k, (acc += s)]);
  const kindOf = () => {
    const u = rnd() * acc;
    for (const [k, c] of cum) if (u < c) return k;
    return cum[cum.length - 1][0];
  };
  let batch: RelationRow[] = [];
  for (let i = 0; i < opts.relations; i++) {
    const kind = kindOf();
    let fromId: number;
    let toId: number;
    switch (kind) {
      case "COOPERATES_WITH":
      case "OVERSEES":
      case "PART_OF":
        fromId = org();
        do toId = org();
        while (toId === fromId);
        ends[nEnds++] = fromId;
        ends[nEnds++] = toId;
        break;
      case "MEMBER_OF":
        fromId = rnd() < 0.8 ? country() : org();
        do toId = org();
        while (toId === fromId);
        ends[nEnds++] = toId;
        break;
      case "WORKS_ON":
        fromId = rnd() < 0.8 ? org() : missions[zMission()];
        toId = crimes[zCrime()];
        break;
      case "USES_TOOL":
        fromId = org();
        toId = tools[zTool()];
        break;
      case "LEADS":
      case "MANDATES":
        fromId = org();
        toId = missions[int(missions.length)];
        break;
      case "HOSTED_IN":
        fromId = missions[int(missions.length)];
        toId = country();
        break;
      default: // OF_TYPE
        fromId = missions[int(missions.length)];
        toId = pick(opts.missionTypeIds);
    }
    const dated = rnd() < 0.8;
    const y = 1950 + int(75);
    const validFrom = dated ? isoDay(y, 1 + int(12), 1 + int(28)) : null;
    const validTo = dated && rnd() < 0.3 ? isoDay(Math.min(2025, y + 1 + int(20)), 1 + int(12), 1 + int(28)) : null;
    const subs = SUBTYPES[kind];
    batch.push({ id: opts.firstRelationId + i, kind, fromId, toId, subtype: subs ? pick(subs) : null, validFrom, validTo, key: `synthetic:${kind}:${i + 1}` });
    if (batch.length === opts.batch) {
      yield { relations: batch };
      batch = [];
    }
  }
  if (batch.length) yield { relations: batch };
}

/** The source cited by a relation: one of the synthetic sources, or (1 in 10) a real one. */
function sourceFor(relationId: number, synthetic: number[], real: number[]) {
  const h = Math.imul(relationId, 2654435761) >>> 0;
  return real.length && h % 10 === 0 ? real[h % real.length] : synthetic[h % synthetic.length];
}

interface Writer {
  maxIds(): Promise<{ entity: number; relation: number; citation: number; source: number }>;
  ids(sql: string): Promise<number[]>;
  removeSynthetic(): Promise<number>;
  sources(rows: { id: number; slug: string; title: string }[]): Promise<void>;
  entities(rows: EntityRow[]): Promise<void>;
  relations(rows: RelationRow[], cite: (id: number) => number, firstCitationId: number): Promise<void>;
  finish(): Promise<void>;
}

function sqliteWriter(url: string): Writer {
  const db = new Database(sqlitePath(url));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144");
  db.pragma("temp_store = MEMORY");
  const insE = db.prepare(
    `INSERT INTO "Entity" (id, kind, slug, name, acronym, orgKind, executivePowers, foundedYear, startDate, endDate, executive, toolKind, confidence, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'MEDIUM', '${STAMP}', '${STAMP}')`,
  );
  const insR = db.prepare(
    `INSERT INTO "Relation" (id, kind, fromId, toId, subtype, validFrom, validTo, key, confidence, note, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'MEDIUM', 'synthetic', '${STAMP}', '${STAMP}')`,
  );
  const insC = db.prepare(`INSERT INTO "Citation" (id, sourceId, relationId, facts) VALUES (?, ?, ?, '')`);
  const b = (v: boolean | null) => (v === null ? null : v ? 1 : 0);
  return {
    async maxIds() {
      const q = (t: string) => (db.prepare(`SELECT coalesce(max(id), 0) AS m FROM "${t}"`).get() as { m: number }).m;
      return { entity: q("Entity"), relation: q("Relation"), citation: q("Citation"), source: q("Source") };
    },
    async ids(sql) {
      return (db.prepare(sql).all() as { id: number }[]).map((r) => r.id);
    },
    async removeSynthetic() {
      return db.transaction(() => {
        db.prepare(`DELETE FROM "Citation" WHERE relationId IN (SELECT id FROM "Relation" WHERE key LIKE 'synthetic:%')`).run();
        const n = db.prepare(`DELETE FROM "Relation" WHERE key LIKE 'synthetic:%'`).run().changes;
        db.prepare(`DELETE FROM "Relation" WHERE fromId IN (SELECT id FROM "Entity" WHERE slug LIKE 'synthetic-%') OR toId IN (SELECT id FROM "Entity" WHERE slug LIKE 'synthetic-%')`).run();
        db.prepare(`DELETE FROM "Entity" WHERE slug LIKE 'synthetic-%'`).run();
        db.prepare(`DELETE FROM "Source" WHERE slug LIKE 'synthetic:%'`).run();
        return n;
      })();
    },
    async sources(rows) {
      const ins = db.prepare(`INSERT INTO "Source" (id, slug, title, kind, publisher, year) VALUES (?, ?, ?, 'PUBLIC', 'policing-graph generator', 2025)`);
      db.transaction(() => rows.forEach((r) => ins.run(r.id, r.slug, r.title)))();
    },
    async entities(rows) {
      db.transaction(() => {
        for (const e of rows)
          insE.run(e.id, e.kind, e.slug, e.name, e.acronym, e.orgKind, b(e.executivePowers), e.foundedYear, e.startDate, e.endDate, b(e.executive), e.toolKind);
      })();
    },
    async relations(rows, cite, firstCitationId) {
      db.transaction(() => {
        for (const r of rows) {
          insR.run(r.id, r.kind, r.fromId, r.toId, r.subtype, r.validFrom, r.validTo, r.key);
          insC.run(firstCitationId + r.id, cite(r.id), r.id);
        }
      })();
    },
    async finish() {
      db.exec("ANALYZE");
      db.pragma("wal_checkpoint(TRUNCATE)");
      db.close();
    },
  };
}

async function postgresWriter(url: string): Promise<Writer> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("SET synchronous_commit = off");
  const col = <T, K extends keyof T>(rows: T[], k: K) => rows.map((r) => r[k]);
  return {
    async maxIds() {
      const q = async (t: string) => Number((await client.query(`SELECT coalesce(max(id), 0) AS m FROM "${t}"`)).rows[0].m);
      return { entity: await q("Entity"), relation: await q("Relation"), citation: await q("Citation"), source: await q("Source") };
    },
    async ids(sql) {
      return (await client.query<{ id: number }>(sql)).rows.map((r) => r.id);
    },
    async removeSynthetic() {
      await client.query("BEGIN");
      // Cascades remove the citations (and any relation touching a synthetic entity).
      const n = (await client.query(`DELETE FROM "Relation" WHERE key LIKE 'synthetic:%'`)).rowCount ?? 0;
      await client.query(`DELETE FROM "Entity" WHERE slug LIKE 'synthetic-%'`);
      await client.query(`DELETE FROM "Source" WHERE slug LIKE 'synthetic:%'`);
      await client.query("COMMIT");
      return n;
    },
    async sources(rows) {
      await client.query(
        `INSERT INTO "Source" (id, slug, title, kind, publisher, year)
         SELECT id, slug, title, 'PUBLIC', 'policing-graph generator', 2025 FROM unnest($1::int[], $2::text[], $3::text[]) AS t(id, slug, title)`,
        [col(rows, "id"), col(rows, "slug"), col(rows, "title")],
      );
    },
    async entities(rows) {
      await client.query(
        `INSERT INTO "Entity" (id, kind, slug, name, acronym, "orgKind", "executivePowers", "foundedYear", "startDate", "endDate", executive, "toolKind", confidence, "createdAt", "updatedAt")
         SELECT *, 'MEDIUM', $13::timestamp(3), $13::timestamp(3)
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bool[], $8::int[], $9::timestamp(3)[], $10::timestamp(3)[], $11::bool[], $12::text[])`,
        [col(rows, "id"), col(rows, "kind"), col(rows, "slug"), col(rows, "name"), col(rows, "acronym"), col(rows, "orgKind"), col(rows, "executivePowers"), col(rows, "foundedYear"), col(rows, "startDate"), col(rows, "endDate"), col(rows, "executive"), col(rows, "toolKind"), "2025-01-01 00:00:00"],
      );
    },
    async relations(rows, cite, firstCitationId) {
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO "Relation" (id, kind, "fromId", "toId", subtype, "validFrom", "validTo", key, confidence, note, "createdAt", "updatedAt")
         SELECT *, 'MEDIUM', 'synthetic', $9::timestamp(3), $9::timestamp(3)
         FROM unnest($1::int[], $2::text[], $3::int[], $4::int[], $5::text[], $6::timestamp(3)[], $7::timestamp(3)[], $8::text[])`,
        [col(rows, "id"), col(rows, "kind"), col(rows, "fromId"), col(rows, "toId"), col(rows, "subtype"), col(rows, "validFrom"), col(rows, "validTo"), col(rows, "key"), "2025-01-01 00:00:00"],
      );
      await client.query(
        `INSERT INTO "Citation" (id, "sourceId", "relationId", facts) SELECT *, '' FROM unnest($1::int[], $2::int[], $3::int[])`,
        [rows.map((r) => firstCitationId + r.id), rows.map((r) => cite(r.id)), col(rows, "id")],
      );
      await client.query("COMMIT");
    },
    async finish() {
      for (const t of ["Entity", "Relation", "Citation", "Source"])
        await client.query(`SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), (SELECT coalesce(max(id), 1) FROM "${t}"))`);
      await client.query(`ANALYZE`);
      await client.end();
    },
  };
}

/** Migrates and seeds `url`, removes an earlier synthetic graph, and writes a new one. */
export async function generateGraph(url: string, opts: GenerateOptions): Promise<GenerateSummary> {
  const seed = opts.seed ?? 42;
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const handle = createDb(url);
  await prepareDatabase(handle, { seed: "if-empty" });
  await handle.prisma.$disconnect();

  const w = isPostgresUrl(url) ? await postgresWriter(url) : sqliteWriter(url);
  const removed = await w.removeSynthetic();
  if (removed) log(`removed an earlier synthetic graph (${removed} relations)`);
  const max = await w.maxIds();
  const countryIds = await w.ids(`SELECT id FROM "Entity" WHERE kind = 'COUNTRY' ORDER BY id`);
  const missionTypeIds = await w.ids(`SELECT id FROM "Entity" WHERE kind = 'MISSION_TYPE' ORDER BY id`);
  const realSources = await w.ids(`SELECT id FROM "Source" ORDER BY id`);
  if (!countryIds.length || !missionTypeIds.length) throw new Error("the seeded data has no countries or mission types");

  const p = plan(opts.relations);
  const synthSources = Array.from({ length: p.sources }, (_, i) => max.source + 1 + i);
  await w.sources(synthSources.map((id, i) => ({ id, slug: `synthetic:source-${String(i + 1).padStart(2, "0")}`, title: `Synthetic source ${i + 1}` })));
  // Relation ids start at a round offset past the real ones; citation ids are the relation id plus a fixed offset.
  const firstRelationId = max.relation + 1;
  const firstCitationId = Math.max(max.citation, max.relation) + 1;
  const cite = (id: number) => sourceFor(id, synthSources, realSources);

  const totalEntities = p.organizations + p.missions + p.crimeAreas + p.legalTools;
  const total = totalEntities + opts.relations * 2;
  const showBar = opts.progress ?? (process.stderr.isTTY || process.env.GENERATE_PROGRESS === "1");
  const bar = showBar
    ? new cliProgress.SingleBar(
        { stream: process.stderr, format: "generate [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {eta}s", fps: 4, noTTYOutput: !process.stderr.isTTY, notTTYSchedule: 10_000 },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(total, 0, { rate: 0 });
  const t0 = performance.now();
  let done = 0;
  const batch = isPostgresUrl(url) ? 5_000 : 20_000;
  for (const chunk of synthesize({ relations: opts.relations, seed, firstEntityId: max.entity + 1, firstRelationId, countryIds, missionTypeIds, batch })) {
    if (chunk.entities) {
      await w.entities(chunk.entities);
      done += chunk.entities.length;
    }
    if (chunk.relations) {
      await w.relations(chunk.relations, cite, firstCitationId - firstRelationId);
      done += chunk.relations.length * 2;
    }
    bar?.update(done, { rate: Math.round(done / ((performance.now() - t0) / 1000)) });
  }
  await w.finish();
  bar?.stop();
  const seconds = (performance.now() - t0) / 1000;
  const summary = { entities: totalEntities, relations: opts.relations, citations: opts.relations, seconds, rowsPerSecond: Math.round(total / seconds) };
  log(
    `generated ${summary.entities} entities, ${summary.relations} relations, ${summary.citations} citations in ${seconds.toFixed(1)} s ` +
      `(${summary.rowsPerSecond} rows/s, ${Math.round(opts.relations / seconds)} relations/s)`,
  );
  return summary;
}

function parseArgs(argv: string[]) {
  const out = { relations: 1000, seed: 42 };
  for (let i = 0; i < argv.length; i++) {
    const [k, v] = argv[i].includes("=") ? argv[i].split("=", 2) : [argv[i], argv[i + 1]];
    if (!argv[i].includes("=")) i++;
    if (k === "--relations") out.relations = parseSize(v);
    else if (k === "--seed") out.seed = Number(v);
    else throw new Error(`unknown option ${k}; usage: npm run generate -- --relations 1000|100000|1000000 [--seed 42]`);
  }
  if (!Number.isInteger(out.relations) || out.relations < 1) throw new Error("--relations must be a positive integer");
  return out;
}

/** "1k", "100k", "1m" or a plain number. */
export function parseSize(v: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(v.trim());
  if (!m) throw new Error(`bad size ${v}`);
  return Math.round(Number(m[1]) * (m[2].toLowerCase() === "k" ? 1e3 : m[2].toLowerCase() === "m" ? 1e6 : 1));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = parseArgs(process.argv.slice(2));
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  generateGraph(url, { relations: args.relations, seed: args.seed, progress: true }).catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  });
}
