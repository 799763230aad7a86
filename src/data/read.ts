// Reads and validates the curated data files. Nothing here touches the database: loading (load.ts) only starts
// once the whole dataset has been read, validated and cross-checked, so a bad file never half-writes.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { LineCounter, parseDocument, isSeq, isMap, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import { FileSchemas, RELATION_ENDS, type DataDir, type EntityKind } from "./schema.js";
import { partialDay } from "./dates.js";

export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly record: string | undefined,
    readonly field: string | undefined,
    readonly detail: string,
  ) {
    super(
      `${file}${line ? `:${line}` : ""}: ${record ? `record ${record}` : "file"}${field ? `, field '${field}'` : ""}: ${detail}`,
    );
    this.name = "DataError";
  }
}

export class DataErrors extends Error {
  constructor(readonly errors: DataError[]) {
    super(`${errors.length} error(s) in the data files:\n` + errors.map((e) => `  ${e.message}`).join("\n"));
    this.name = "DataErrors";
  }
}

type Parsed<D extends DataDir> = z.infer<(typeof FileSchemas)[D]>;
export interface Located<T> {
  value: T;
  file: string;
  line: number;
}
export type Dataset = { [D in DataDir]: Located<Parsed<D>>[] } & { seeds: Map<string, string>; root: string };

export const REF_KIND: Record<string, EntityKind> = {
  org: "ORGANIZATION",
  country: "COUNTRY",
  crime: "CRIME_AREA",
  tool: "LEGAL_TOOL",
  "mission-type": "MISSION_TYPE",
  mission: "MISSION",
  requirement: "REQUIREMENT",
  topic: "TOPIC",
  city: "CITY",
};

const ENTITY_DIRS: Partial<Record<DataDir, EntityKind>> = {
  organizations: "ORGANIZATION",
  "crime-areas": "CRIME_AREA",
  "legal-tools": "LEGAL_TOOL",
  "mission-types": "MISSION_TYPE",
  missions: "MISSION",
  requirements: "REQUIREMENT",
  topics: "TOPIC",
  cities: "CITY",
};

/** Path of a field inside a YAML node, to report its line. */
function lineOf(node: YamlNode | null | undefined, path: (string | number)[], lc: LineCounter): number | undefined {
  let cur: unknown = node;
  let best: number | undefined;
  const pos = (n: unknown) => {
    const r = (n as { range?: [number, number, number] } | null)?.range;
    return r ? lc.linePos(r[0]).line : undefined;
  };
  best = pos(cur);
  for (const key of path) {
    if (isMap(cur)) {
      const pair = cur.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      best = pos(pair.key) ?? best;
      cur = pair.value;
    } else if (isSeq(cur) && typeof key === "number") {
      cur = cur.items[key];
      best = pos(cur) ?? best;
    } else break;
  }
  return best;
}

function recordLabel(raw: unknown, index: number): string {
  if (raw && typeof raw === "object") {
    const r = raw as Record<string, unknown>;
    if (typeof r.slug === "string") return `#${index + 1} '${r.slug}'`;
    if (typeof r.code === "string") return `#${index + 1} '${r.code}'`;
    if (typeof r.kind === "string" && typeof r.from === "string")
      return `#${index + 1} ${r.kind} ${r.from} -> ${String(r.to)}`;
  }
  return `#${index + 1}`;
}

/** Reads every data/<dir>/*.yaml file and validates each record; throws DataErrors listing every problem. */
export function readDataset(root: string, countryCodes: Set<string>): Dataset {
  const errors: DataError[] = [];
  const out = { seeds: new Map<string, string>(), root } as Dataset;
  for (const dir of Object.keys(FileSchemas) as DataDir[]) {
    const schema = FileSchemas[dir];
    const list: Located<unknown>[] = [];
    (out as Record<string, unknown>)[dir] = list;
    const folder = join(root, dir);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((f) => f.endsWith(".yaml")).sort()) {
      const path = join(folder, name);
      const file = relative(process.cwd(), path) || path;
      const lc = new LineCounter();
      const doc = parseDocument(readFileSync(path, "utf8"), { lineCounter: lc, prettyErrors: false });
      if (doc.errors.length) {
        for (const e of doc.errors) errors.push(new DataError(file, lc.linePos(e.pos[0]).line, undefined, undefined, e.message));
        continue;
      }
      const raw = doc.toJS() ?? [];
      if (!Array.isArray(raw)) {
        errors.push(new DataError(file, 1, undefined, undefined, "expected a YAML list of records"));
        continue;
      }
      const seq = doc.contents;
      raw.forEach((rec, i) => {
        const node = isSeq(seq) ? (seq.items[i] as YamlNode) : undefined;
        const res = schema.safeParse(rec);
        if (!res.success) {
          for (const issue of res.error.issues) {
            const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
            const field = path.join(".") || undefined;
            errors.push(new DataError(file, lineOf(node, path, lc), recordLabel(rec, i), field, issue.message));
          }
          return;
        }
        list.push({ value: res.data, file, line: lineOf(node, [], lc) ?? 1 });
      });
    }
  }
  const seedDir = join(root, "seeds");
  if (existsSync(seedDir))
    for (const name of readdirSync(seedDir)) out.seeds.set(name, readFileSync(join(seedDir, name), "utf8"));
  // Cross-checks run on the records that passed, so one run reports every problem.
  const { entities, checkCitations } = crossCheck(out, errors);
  checkRelations(out, countryCodes, entities, checkCitations, errors);
  if (errors.length) throw new DataErrors(errors);
  return out;
}

/** Checks what one record cannot check alone: unique slugs, references that resolve, quotes found in seeds. */
function crossCheck(ds: Dataset, errors: DataError[]) {
  const sources = new Map<string, Located<Parsed<"sources">>>();
  for (const s of ds.sources) {
    if (sources.has(s.value.slug))
      errors.push(new DataError(s.file, s.line, `'${s.value.slug}'`, "slug", `duplicate source slug (also in ${sources.get(s.value.slug)!.file})`));
    sources.set(s.value.slug, s);
    if (s.value.kind === "SEED_DOCUMENT" && (!s.value.document || !ds.seeds.has(s.value.document)))
      errors.push(new DataError(s.file, s.line, `'${s.value.slug}'`, "document", `seed document '${s.value.document}' not found in data/seeds/`));
  }
  const entities = new Set<string>();
  const checkCitations = (
    loc: Located<unknown>,
    label: string,
    field: string,
    cites: { source: string; quote?: string }[],
  ) => {
    cites.forEach((c, i) => {
      const src = sources.get(c.source);
      if (!src) {
        errors.push(new DataError(loc.file, loc.line, label, `${field}.${i}`, `unknown source '${c.source}'`));
        return;
      }
      if (c.quote !== undefined) {
        if (src.value.kind !== "SEED_DOCUMENT")
          errors.push(new DataError(loc.file, loc.line, label, `${field}.${i}.quote`, `quotes are only checked against seed documents; '${c.source}' is not one`));
        else if (findQuote(ds.seeds.get(src.value.document!)!, c.quote) === undefined)
          errors.push(new DataError(loc.file, loc.line, label, `${field}.${i}.quote`, `passage not found in ${src.value.document}: "${c.quote.slice(0, 60)}"`));
      }
    });
  };
  for (const [dir, kind] of Object.entries(ENTITY_DIRS) as [DataDir, EntityKind][]) {
    for (const loc of ds[dir] as Located<{ slug: string; facts: string[]; sources: { source: string; quote?: string; facts?: string[] }[]; claims: Parsed<"organizations">["claims"] }>[]) {
      const key = `${kind}:${loc.value.slug}`;
      const label = `'${loc.value.slug}'`;
      if (entities.has(key)) errors.push(new DataError(loc.file, loc.line, label, "slug", `duplicate slug for ${kind}`));
      entities.add(key);
      checkCitations(loc, label, "sources", loc.value.sources);
      loc.value.claims.forEach((c, i) => checkCitations(loc, label, `claims.${i}.sources`, c.sources));
      checkClaimPeriods(loc, label, loc.value.claims, errors);
      checkCitedFacts(loc, label, "sources", loc.value, errors);
      loc.value.claims.forEach((c, i) => checkCitedFacts(loc, label, `claims.${i}.sources`, c, errors));
    }
  }
  for (const loc of ds.countries) checkCitations(loc, `'${loc.value.code}'`, "sources", loc.value.sources);
  return { sources, entities, checkCitations };
}

/** A citation's own `facts` must be facts of its record: it says which of them that source states. */
function checkCitedFacts(
  loc: Located<unknown>,
  label: string,
  field: string,
  record: { facts: string[]; sources: { facts?: string[] }[] },
  errors: DataError[],
) {
  record.sources.forEach((c, i) => {
    for (const f of c.facts ?? [])
      if (!record.facts.includes(f)) errors.push(new DataError(loc.file, loc.line, label, `${field}.${i}.facts`, `${f} is not one of the record's facts`));
  });
}

type ClaimPeriod = Pick<Parsed<"organizations">["claims"][number], "property" | "validFrom" | "validTo" | "dispute">;

/**
 * No two claims of one property may hold at once unless one of them is in a dispute (sources that disagree): a
 * value a later one replaced needs its end. Periods are compared as the intervals their partial dates stand for
 * (an unstated bound is open); one value ending in the period the next begins in (validTo 2024, validFrom 2024) is
 * a succession, not an overlap.
 */
function checkClaimPeriods(loc: Located<unknown>, label: string, claims: ClaimPeriod[], errors: DataError[]) {
  const bound = (v: string | undefined, edge: "start" | "end") =>
    v === undefined ? (edge === "start" ? -Infinity : Infinity) : partialDay(v, edge).getTime();
  claims.forEach((a, i) => {
    for (let j = i + 1; j < claims.length; j++) {
      const b = claims[j];
      if (a.property !== b.property || a.dispute || b.dispute) continue;
      const succession = (x: ClaimPeriod, y: ClaimPeriod) => x.validTo !== undefined && x.validTo === y.validFrom;
      if (succession(a, b) || succession(b, a)) continue;
      if (bound(a.validFrom, "start") <= bound(b.validTo, "end") && bound(b.validFrom, "start") <= bound(a.validTo, "end"))
        errors.push(
          new DataError(
            loc.file,
            loc.line,
            label,
            `claims.${j}`,
            `overlaps claims.${i} of '${a.property}' (${a.validFrom ?? "…"}–${a.validTo ?? "…"} and ${b.validFrom ?? "…"}–${b.validTo ?? "…"}): give the earlier its end where a source dates it, or mark the claims the sources do not reconcile with a shared 'dispute' id`,
          ),
        );
    }
  });
}

/** Finds a passage in a document, tolerant of whitespace differences; returns [start, end) offsets. */
export function findQuote(text: string, quote: string): [number, number] | undefined {
  const exact = text.indexOf(quote);
  if (exact >= 0) return [exact, exact + quote.length];
  const words = quote.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const m = new RegExp(words.join("\\s+")).exec(text);
  return m ? [m.index, m.index + m[0].length] : undefined;
}

/** Reference checks that need the country list (which comes from the ISO package, not the data files). */
function checkRelations(
  ds: Dataset,
  countryCodes: Set<string>,
  entities: Set<string>,
  checkCitations: ReturnType<typeof crossCheck>["checkCitations"],
  errors: DataError[],
): void {
  for (const c of countryCodes) entities.add(`COUNTRY:${c}`);
  for (const loc of ds.countries)
    if (!countryCodes.has(loc.value.code))
      errors.push(new DataError(loc.file, loc.line, `'${loc.value.code}'`, "code", `unknown ISO 3166-1 alpha-2 code`));
  for (const loc of ds.cities)
    if (!countryCodes.has(loc.value.country))
      errors.push(new DataError(loc.file, loc.line, `'${loc.value.slug}'`, "country", `unknown ISO 3166-1 alpha-2 code '${loc.value.country}'`));
  checkRegions(ds, countryCodes, checkCitations, errors);
  ds.relations.forEach((loc, i) => {
    const r = loc.value;
    const label = `#${i + 1} ${r.kind} ${r.from} -> ${r.to}`;
    for (const field of ["from", "to", "via"] as const) {
      const ref = r[field];
      if (!ref) continue;
      const [k, slug] = [ref.slice(0, ref.indexOf(":")), ref.slice(ref.indexOf(":") + 1)];
      if (!entities.has(`${REF_KIND[k]}:${slug}`))
        errors.push(new DataError(loc.file, loc.line, label, field, `unknown entity '${ref}'`));
    }
    const ends = RELATION_ENDS[r.kind];
    for (const field of ["from", "to"] as const) {
      const kind = REF_KIND[r[field].slice(0, r[field].indexOf(":"))];
      if (ends[field] && !ends[field]!.includes(kind))
        errors.push(new DataError(loc.file, loc.line, label, field, `${r.kind} ${field === "from" ? "starts at" : "ends at"} ${ends[field]!.join(" or ")}, not ${kind}`));
    }
    if (r.validFrom && r.validTo && r.validFrom > r.validTo)
      errors.push(new DataError(loc.file, loc.line, label, "validTo", `ends (${r.validTo}) before it starts (${r.validFrom})`));
    checkCitations(loc, label, "sources", r.sources);
    checkCitedFacts(loc, label, "sources", r, errors);
  });
  // A body's headquarters country (a field of its record) and the country of its headquarters city must agree.
  const cityCountry = new Map(ds.cities.map((c) => [`city:${c.value.slug}`, c.value.country]));
  const hqCountry = new Map(ds.organizations.map((o) => [`org:${o.value.slug}`, o.value.headquartersCountry]));
  ds.relations.forEach((loc, i) => {
    const r = loc.value;
    if (r.kind !== "HEADQUARTERED_IN" || r.validTo || !hqCountry.has(r.from)) return;
    const want = hqCountry.get(r.from);
    const got = cityCountry.get(r.to);
    if (want && got && want !== got)
      errors.push(new DataError(loc.file, loc.line, `#${i + 1} ${r.kind} ${r.from} -> ${r.to}`, "to", `${r.to} is in ${got}, but ${r.from} has headquartersCountry ${want}`));
  });
}

/**
 * The M49 regions: unique codes, parents that exist one level up, and every country in exactly one lowest-level
 * region (a country of the ISO list that M49 leaves out, such as Taiwan or Kosovo, simply has no region).
 */
function checkRegions(
  ds: Dataset,
  countryCodes: Set<string>,
  checkCitations: ReturnType<typeof crossCheck>["checkCitations"],
  errors: DataError[],
): void {
  const byCode = new Map(ds.regions.map((r) => [r.value.m49, r]));
  const parentLevel = { REGION: null, SUBREGION: "REGION", INTERMEDIATE_REGION: "SUBREGION" } as const;
  const placed = new Map<string, string>();
  for (const loc of ds.regions) {
    const r = loc.value;
    const label = `'${r.m49} ${r.name}'`;
    checkCitations(loc, label, "sources", r.sources);
    if (byCode.get(r.m49) !== loc) errors.push(new DataError(loc.file, loc.line, label, "m49", "duplicate M49 code"));
    const want = parentLevel[r.level];
    const parent = r.parent ? byCode.get(r.parent) : undefined;
    if (want === null ? r.parent !== undefined : parent?.value.level !== want)
      errors.push(new DataError(loc.file, loc.line, label, "parent", want ? `expected the code of a ${want}` : "a REGION has no parent"));
    for (const c of r.countries) {
      if (!countryCodes.has(c)) errors.push(new DataError(loc.file, loc.line, label, "countries", `unknown ISO 3166-1 alpha-2 code '${c}'`));
      else if (placed.has(c)) errors.push(new DataError(loc.file, loc.line, label, "countries", `${c} is already in ${placed.get(c)}`));
      else placed.set(c, r.name);
    }
  }
}
