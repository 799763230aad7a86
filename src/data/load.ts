// Loads a validated dataset (read.ts) into the database in one transaction. Rows are matched on stable natural
// keys (kind+slug for entities, a key built from a relation's identity for relations), compared, and written only
// when they differ, so loading twice changes nothing. Rows the data files no longer contain are removed; rows made
// through the API (keys not starting with "data:") are never touched.
import { createHash } from "node:crypto";
import type { Db } from "../store/db.js";
import { COUNTRIES } from "./countries.js";
import { partialDay } from "./dates.js";
import { findQuote, readDataset, REF_KIND, type Dataset } from "./read.js";
import { COUNTRY_CODES } from "./countries.js";
import { RelationRecord, type ClaimRecord, type EntityKind } from "./schema.js";

export interface LoadSummary {
  entities: number;
  claims: number;
  relations: number;
  sources: number;
  citations: number;
  written: { created: number; updated: number; deleted: number };
}

/** A data file's date ("2007", "2007-06", "2007-06-01") as the first (start) or last (end) day it covers. */
export function partialDate(value: string | undefined, edge: "start" | "end"): Date | null {
  return value ? partialDay(value, edge) : null;
}

type Cite = { source: string; quote?: string; facts?: string[] };
interface CitationRow {
  sourceId: number;
  facts: string;
  quote: string | null;
  start: number | null;
  end: number | null;
}

const hash = (s: string) => createHash("sha1").update(s).digest("hex").slice(0, 16);

/**
 * The fact-sheet ids each of an entity's own sources states (issue 14: a fact id belongs to the source that states
 * it, not to every source of the record). A citation's own `facts` when the data gives them; else the record's facts
 * that its claims attribute to that source, plus the record's facts no claim states (which only the record's own
 * sources can state, so each of them keeps them).
 */
export function entityFacts(record: { facts: string[]; sources: Cite[]; claims: { facts: string[]; sources: Cite[] }[] }): (c: Cite) => string[] {
  const bySource = new Map<string, Set<string>>();
  const stated = new Set<string>();
  for (const claim of record.claims)
    for (const f of claim.facts) {
      stated.add(f);
      for (const c of claim.sources) (bySource.get(c.source) ?? bySource.set(c.source, new Set()).get(c.source)!).add(f);
    }
  return (c) => c.facts ?? record.facts.filter((f) => !stated.has(f) || bySource.get(c.source)?.has(f));
}

/** Entity columns a claim's preferred value fills in, so typed fields read a column and keep their sources. */
const CLAIM_COLUMNS: Record<string, (c: ClaimRecord) => Record<string, unknown>> = {
  founded: (c) => ({ foundedYear: yearOf(c) }),
  headquarters: (c) => ({ headquarters: String(c.value) }),
  memberCount: (c) => ({ memberCount: typeof c.value === "number" ? Math.round(c.value) : null }),
  legalBasis: (c) => ({ legalBasis: String(c.value) }),
  mandate: (c) => ({ mandate: String(c.value) }),
};

function yearOf(c: ClaimRecord): number | null {
  if (typeof c.value === "number") return Math.trunc(c.value);
  const m = /\b(1[89]\d\d|20\d\d)\b/.exec(String(c.value)) ?? (c.validFrom ? /^(\d{4})/.exec(c.validFrom) : null);
  return m ? Number(m[1]) : null;
}

function preferredClaims(claims: ClaimRecord[]): Map<string, ClaimRecord> {
  const byProp = new Map<string, ClaimRecord>();
  for (const c of claims) {
    const cur = byProp.get(c.property);
    if (!cur || (c.preferred && !cur.preferred) || (!cur.preferred && (c.validFrom ?? "") > (cur.validFrom ?? "")))
      byProp.set(c.property, c);
  }
  return byProp;
}

function same(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const k of Object.keys(a)) {
    const x = a[k];
    const y = b[k];
    if (x instanceof Date || y instanceof Date) {
      if ((x as Date | null)?.getTime?.() !== (y as Date | null)?.getTime?.()) return false;
    } else if ((x ?? null) !== (y ?? null)) return false;
  }
  return true;
}

/** Reads data/ from `root`, validates it whole, then loads it. Throws DataErrors before writing anything. */
export async function loadDataDir(prisma: Db, root: string): Promise<LoadSummary> {
  const ds = readDataset(root, COUNTRY_CODES);
  return loadDataset(prisma, ds);
}

export async function loadDataset(prisma: Db, ds: Dataset): Promise<LoadSummary> {
  const written = { created: 0, updated: 0, deleted: 0 };
  return prisma.$transaction(
    async (tx) => {
      // Sources
      const existingSources = new Map((await tx.source.findMany()).map((s) => [s.slug, s]));
      const sourceIds = new Map<string, number>();
      const seedText = new Map<string, string>();
      for (const { value: s } of ds.sources) {
        const content = s.document ? (ds.seeds.get(s.document) ?? null) : null;
        if (content) seedText.set(s.slug, content);
        const row = {
          title: s.title,
          kind: s.kind,
          document: s.document ?? null,
          content,
          publisher: s.publisher ?? null,
          url: s.url ?? null,
          year: s.year ?? null,
          description: s.description ?? null,
        };
        const cur = existingSources.get(s.slug);
        if (!cur) {
          sourceIds.set(s.slug, (await tx.source.create({ data: { slug: s.slug, ...row }, select: { id: true } })).id);
          written.created++;
        } else {
          sourceIds.set(s.slug, cur.id);
          if (!same(row, cur)) {
            await tx.source.update({ where: { id: cur.id }, data: row });
            written.updated++;
          }
        }
      }

      /** `facts`: the record's fact ids (each citation's own `facts` win), or per citation (entityFacts). */
      const citeRows = (cites: Cite[], facts: string[] | ((c: Cite) => string[])): CitationRow[] =>
        cites.map((c) => {
          const text = c.quote ? seedText.get(c.source) : undefined;
          const pos = text && c.quote ? findQuote(text, c.quote) : undefined;
          return {
            sourceId: sourceIds.get(c.source)!,
            facts: (typeof facts === "function" ? facts(c) : (c.facts ?? facts)).join(","),
            quote: pos && text ? text.slice(pos[0], pos[1]) : null,
            start: pos?.[0] ?? null,
            end: pos?.[1] ?? null,
          };
        });

      // Entities: every kind-specific file, plus the ISO country list with its curated notes.
      type EntityRow = Record<string, unknown> & { kind: EntityKind; slug: string };
      const desired: { row: EntityRow; cites: CitationRow[]; claims: ClaimRecord[]; hq?: string }[] = [];
      const notes = new Map(ds.countries.map((c) => [c.value.code, c.value]));
      const regions = m49Regions(ds);
      for (const c of COUNTRIES) {
        const note = notes.get(c.code);
        const m49 = regions.get(c.code);
        desired.push({
          row: {
            kind: "COUNTRY",
            slug: c.code.toLowerCase(),
            name: c.name,
            acronym: null,
            aliases: JSON.stringify([c.officialName, ...(note?.aliases ?? [])].filter((a) => a !== c.name)),
            description: null,
            wikidataId: note?.wikidata ?? null,
            confidence: note?.confidence ?? "HIGH",
            isoAlpha2: c.code,
            isoAlpha3: c.alpha3,
            isoNumeric: c.numeric || null,
            ...regionColumns(m49),
            statusNote: note?.statusNote ?? null,
          },
          cites: [
            ...citeRows([{ source: "iso-3166-world-countries" }], []),
            ...(m49 ? citeRows(m49.sources, []) : []),
            ...(note ? citeRows(note.sources, note.facts) : []),
          ],
          claims: [],
        });
      }
      const common = (v: {
        slug: string;
        name: string;
        acronym?: string;
        aliases: string[];
        description?: string;
        wikidata?: string;
        confidence: string;
      }) => ({
        slug: v.slug,
        name: v.name,
        acronym: v.acronym ?? null,
        aliases: JSON.stringify(v.aliases),
        description: v.description ?? null,
        wikidataId: v.wikidata ?? null,
        confidence: v.confidence,
      });
      const withClaims = (claims: ClaimRecord[]) => {
        const out: Record<string, unknown> = {};
        for (const [prop, c] of preferredClaims(claims)) Object.assign(out, CLAIM_COLUMNS[prop]?.(c) ?? {});
        return out;
      };
      for (const { value: o } of ds.organizations)
        desired.push({
          row: {
            kind: "ORGANIZATION",
            ...common(o),
            orgKind: o.orgKind,
            sovereigntyModel: o.sovereigntyModel ?? null,
            executivePowers: o.executivePowers ?? null,
            authorityBases: JSON.stringify(o.authorityBases),
            ...withClaims(o.claims),
          },
          cites: citeRows(o.sources, entityFacts(o)),
          claims: o.claims,
          hq: o.headquartersCountry,
        });
      for (const { value: v } of ds["crime-areas"])
        desired.push({ row: { kind: "CRIME_AREA", ...common(v) }, cites: citeRows(v.sources, entityFacts(v)), claims: v.claims });
      for (const { value: v } of ds["legal-tools"])
        desired.push({
          row: { kind: "LEGAL_TOOL", ...common(v), toolKind: v.toolKind, colour: v.colour ?? null, ...withClaims(v.claims) },
          cites: citeRows(v.sources, entityFacts(v)),
          claims: v.claims,
        });
      for (const { value: v } of ds["mission-types"])
        desired.push({ row: { kind: "MISSION_TYPE", ...common(v) }, cites: citeRows(v.sources, entityFacts(v)), claims: v.claims });
      for (const { value: v } of ds.missions)
        desired.push({
          row: {
            kind: "MISSION",
            ...common(v),
            startDate: partialDate(v.startDate, "start"),
            endDate: partialDate(v.endDate, "end"),
            executive: v.executive ?? null,
            policeComponent: v.policeComponent ?? null,
            mandate: v.mandate ?? null,
            authorityBases: JSON.stringify(v.authorityBases),
          },
          cites: citeRows(v.sources, entityFacts(v)),
          claims: v.claims,
        });
      for (const { value: v } of ds.requirements)
        desired.push({ row: { kind: "REQUIREMENT", ...common(v), category: v.category }, cites: citeRows(v.sources, entityFacts(v)), claims: v.claims });
      for (const { value: v } of ds.cities)
        desired.push({
          row: {
            kind: "CITY",
            ...common(v),
            latitude: v.latitude ?? null,
            longitude: v.longitude ?? null,
            // A city's regions are its country's, so a where on a seat's city filters by region in one hop.
            ...regionColumns(regions.get(v.country)),
          },
          cites: citeRows(v.sources, entityFacts(v)),
          claims: v.claims,
        });
      for (const { value: v } of ds.topics)
        desired.push({ row: { kind: "TOPIC", ...common(v), category: v.category }, cites: citeRows(v.sources, entityFacts(v)), claims: v.claims });

      const existing = new Map((await tx.entity.findMany()).map((e) => [`${e.kind}:${e.slug}`, e]));
      const entityIds = new Map<string, number>();
      for (const d of desired) {
        const key = `${d.row.kind}:${d.row.slug}`;
        const cur = existing.get(key);
        if (!cur) {
          const { id } = await tx.entity.create({ data: d.row as never, select: { id: true } });
          entityIds.set(key, id);
          written.created++;
        } else {
          entityIds.set(key, cur.id);
          if (!same(d.row, cur as never)) {
            await tx.entity.update({ where: { id: cur.id }, data: d.row as never });
            written.updated++;
          }
        }
      }
      const refId = (ref: string) => {
        const i = ref.indexOf(":");
        const kind = REF_KIND[ref.slice(0, i)];
        const slug = kind === "COUNTRY" ? ref.slice(i + 1).toLowerCase() : ref.slice(i + 1);
        return entityIds.get(`${kind}:${slug}`)!;
      };
      for (const d of desired) {
        if (d.row.kind !== "ORGANIZATION") continue;
        const id = entityIds.get(`ORGANIZATION:${d.row.slug}`)!;
        const hq = d.hq ? refId(`country:${d.hq}`) : null;
        const cur = existing.get(`ORGANIZATION:${d.row.slug}`);
        if ((cur?.headquartersCountryId ?? null) !== hq) {
          await tx.entity.update({ where: { id }, data: { headquartersCountryId: hq } });
          if (cur) written.updated++;
        }
      }

      // Citations are compared as a set per owner and rewritten only when the set differs.
      const existingCites = await tx.citation.findMany();
      const citeKey = (c: CitationRow) => `${c.sourceId}|${c.facts}|${c.quote ?? ""}|${c.start ?? ""}`;
      const citesBy = new Map<string, string[]>();
      for (const c of existingCites) {
        const owner = c.relationId ? `r${c.relationId}` : c.claimId ? `c${c.claimId}` : `e${c.entityId}`;
        (citesBy.get(owner) ?? citesBy.set(owner, []).get(owner)!).push(citeKey(c));
      }
      let citationCount = 0;
      const syncCitations = async (owner: { entityId?: number; claimId?: number; relationId?: number }, rows: CitationRow[]) => {
        citationCount += rows.length;
        const key = owner.relationId ? `r${owner.relationId}` : owner.claimId ? `c${owner.claimId}` : `e${owner.entityId}`;
        const want = rows.map(citeKey).sort().join("\n");
        const have = (citesBy.get(key) ?? []).sort().join("\n");
        if (want === have) return;
        const where = owner.relationId
          ? { relationId: owner.relationId }
          : owner.claimId
            ? { claimId: owner.claimId }
            : { entityId: owner.entityId, claimId: null, relationId: null };
        written.deleted += (await tx.citation.deleteMany({ where })).count;
        await tx.citation.createMany({ data: rows.map((r) => ({ ...r, ...owner })) });
        written.created += rows.length;
      };
      for (const d of desired) await syncCitations({ entityId: entityIds.get(`${d.row.kind}:${d.row.slug}`)! }, d.cites);

      // Claims
      const existingClaims = new Map((await tx.claim.findMany({ where: { key: { startsWith: "data:" } } })).map((c) => [c.key, c]));
      const claimKeys = new Set<string>();
      let claimCount = 0;
      for (const d of desired) {
        const entityId = entityIds.get(`${d.row.kind}:${d.row.slug}`)!;
        for (const c of d.claims) {
          const key = `data:${d.row.kind}:${d.row.slug}:${c.property}:${hash(`${c.value}|${c.validFrom ?? ""}|${c.validTo ?? ""}`)}`;
          if (claimKeys.has(key)) continue;
          claimKeys.add(key);
          claimCount++;
          const row = {
            entityId,
            property: c.property,
            value: String(c.value),
            valueNumber: typeof c.value === "number" ? c.value : null,
            unit: c.unit ?? null,
            validFrom: partialDate(c.validFrom, "start"),
            validTo: partialDate(c.validTo, "end"),
            preferred: c.preferred,
            confidence: c.confidence,
            note: c.note ?? null,
            dispute: c.dispute ?? null,
          };
          const cur = existingClaims.get(key);
          let id: number;
          if (!cur) {
            id = (await tx.claim.create({ data: { key, ...row }, select: { id: true } })).id;
            written.created++;
          } else {
            id = cur.id;
            if (!same(row, cur)) {
              await tx.claim.update({ where: { id }, data: row });
              written.updated++;
            }
          }
          await syncCitations({ claimId: id }, citeRows(c.sources, c.facts));
        }
      }
      const staleClaims = [...existingClaims.keys()].filter((k) => !claimKeys.has(k));
      if (staleClaims.length) written.deleted += (await tx.claim.deleteMany({ where: { key: { in: staleClaims } } })).count;

      // Relations
      const existingRel = new Map((await tx.relation.findMany({ where: { key: { startsWith: "data:" } } })).map((r) => [r.key, r]));
      const relKeys = new Set<string>();
      // A city's country is a LOCATED_IN relationship, sourced as the city is.
      const located = ds.cities.map(({ value: c }) => ({
        value: RelationRecord.parse({ kind: "LOCATED_IN", from: `city:${c.slug}`, to: `country:${c.country}`, facts: c.facts, sources: c.sources }),
      }));
      for (const { value: r } of [...ds.relations, ...located]) {
        const identity = [r.kind, r.from, r.to, r.subtype, r.agreement, r.via, r.validFrom, r.value, r.values.join(",")].join("|");
        let key = `data:${r.kind}:${hash(identity)}`;
        for (let n = 2; relKeys.has(key); n++) key = `data:${r.kind}:${hash(identity)}:${n}`;
        relKeys.add(key);
        const row = {
          kind: r.kind,
          fromId: refId(r.from),
          toId: refId(r.to),
          subtype: r.subtype ?? null,
          agreement: r.agreement ?? null,
          description: r.description ?? null,
          viaId: r.via ? refId(r.via) : null,
          validFrom: partialDate(r.validFrom, "start"),
          validTo: partialDate(r.validTo, "end"),
          value: r.value ?? null,
          min: r.min ?? null,
          max: r.max ?? null,
          unit: r.unit ?? null,
          values: JSON.stringify(r.values),
          confidence: r.confidence,
          note: r.note ?? null,
        };
        const cur = existingRel.get(key);
        let id: number;
        if (!cur) {
          id = (await tx.relation.create({ data: { key, ...row }, select: { id: true } })).id;
          written.created++;
        } else {
          id = cur.id;
          if (!same(row, cur)) {
            await tx.relation.update({ where: { id }, data: row });
            written.updated++;
          }
        }
        await syncCitations({ relationId: id }, citeRows(r.sources, r.facts));
      }
      const staleRel = [...existingRel.keys()].filter((k) => !relKeys.has(k));
      if (staleRel.length) written.deleted += (await tx.relation.deleteMany({ where: { key: { in: staleRel } } })).count;

      return {
        entities: desired.length,
        claims: claimCount,
        relations: relKeys.size,
        sources: ds.sources.length,
        citations: citationCount,
        written,
      };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}

interface M49Place {
  region: string | null;
  subregion: string | null;
  intermediateRegion: string | null;
  sources: Cite[];
}

/** Each country's UN M49 region, sub-region and intermediate region (data/regions), by ISO alpha-2. */
function m49Regions(ds: Dataset): Map<string, M49Place> {
  const byCode = new Map(ds.regions.map(({ value: r }) => [r.m49, r]));
  const out = new Map<string, M49Place>();
  for (const { value: r } of ds.regions) {
    if (!r.countries.length) continue;
    const place: M49Place = { region: null, subregion: null, intermediateRegion: null, sources: r.sources };
    for (let cur: typeof r | undefined = r; cur; cur = cur.parent ? byCode.get(cur.parent) : undefined) {
      if (cur.level === "REGION") place.region = cur.name;
      else if (cur.level === "SUBREGION") place.subregion = cur.name;
      else place.intermediateRegion = cur.name;
    }
    for (const c of r.countries) out.set(c, place);
  }
  return out;
}

const regionColumns = (p: M49Place | undefined) => ({
  region: p?.region ?? null,
  subregion: p?.subregion ?? null,
  intermediateRegion: p?.intermediateRegion ?? null,
});
