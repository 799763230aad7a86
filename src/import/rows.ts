// The rows an import accepts, validated with zod: one schema for nodes and one for edges, the same columns the
// exports write (src/export/subgraph.ts). Values may come as CSV text ("" = none, lists '; '-joined, booleans
// true/false) or typed JSON (arrays, booleans, numbers).
// Values are held to the vocabulary of the data files (src/data/schema.ts: kinds of organization and legal tool,
// categories, authority bases, subtypes, the kinds a relationship's ends must be) and to what both databases can
// store, so an import can never write a row the API then fails to serve (a non-null enum field that cannot be
// serialized nulls every list holding it) or a database rejects halfway (NUL, unpaired surrogates, year 0,
// integers beyond 32 bits).
import { z } from "zod";
import {
  AuthorityBasis,
  Confidence,
  EntityKind,
  LegalToolKind,
  OrganizationKind,
  RELATION_ENDS,
  RelationKind,
  RelationRecord,
  RequirementCategory,
  SovereigntyModel,
  TopicCategory,
} from "../data/schema.js";
import { DayString } from "../data/dates.js";
import { LIST_SEPARATOR } from "../export/subgraph.js";

const blank = (v: unknown) => (v === "" || v === undefined ? null : v);
const str = z.preprocess(blank, z.string().nullable());
const bool = z.preprocess(
  (v) => (v === "true" ? true : v === "false" ? false : blank(v)),
  z.boolean({ error: "expected true or false" }).nullable(),
);
const INT32_MAX = 2_147_483_647;
const num = (int: boolean, min = int ? -INT32_MAX - 1 : -Number.MAX_VALUE, max = int ? INT32_MAX : Number.MAX_VALUE) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : blank(v)),
    (int ? z.number({ error: "expected an integer" }).int("expected an integer") : z.number({ error: "expected a number" }))
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`)
      .nullable(),
  );
/** An optional enum of the data files' vocabulary, "" meaning none. */
const oneOf = <E extends z.ZodEnum>(e: E) => z.preprocess(blank, e.nullable());
const list = z.preprocess(
  (v) => (v == null || v === "" ? [] : typeof v === "string" ? v.split(LIST_SEPARATOR).map((s) => s.trim()) : v),
  z.array(z.string().min(1, "empty list item")),
);
const listOf = <E extends z.ZodEnum>(e: E) =>
  z.preprocess((v) => (v == null || v === "" ? [] : typeof v === "string" ? v.split(LIST_SEPARATOR).map((s) => s.trim()) : v), z.array(e));
const date = z.preprocess(
  blank,
  DayString.nullable(),
);
/**
 * Text both databases store as given: no NUL (PostgreSQL's text cannot hold U+0000) and no unpaired UTF-16
 * surrogate (JSON's "\ud800" escapes; not Unicode, so not storable as UTF-8).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function storable(row: Record<string, unknown>, ctx: z.RefinementCtx) {
  for (const [field, v] of Object.entries(row))
    for (const [i, s] of (Array.isArray(v) ? v : [v]).entries()) {
      if (typeof s !== "string") continue;
      const path = Array.isArray(v) ? [field, i] : [field];
      if (s.includes("\u0000")) ctx.addIssue({ code: "custom", path, message: "contains a NUL character (U+0000)" });
      else if (LONE_SURROGATE.test(s)) ctx.addIssue({ code: "custom", path, message: "contains an unpaired surrogate: not valid Unicode text" });
    }
}

const NodeRef = z
  .string()
  .regex(new RegExp(`^(${EntityKind.options.join("|")}):[A-Za-z0-9-]+$`), "expected a node id '<KIND>:<slug>' such as 'ORGANIZATION:europol'");
const SourceSlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a source slug");
const FactId = z.string().regex(/^F\d{3}$/, "expected a fact-sheet id like F033");

export const NodeRow = z.object({
  id: z.preprocess(blank, NodeRef.nullable()).optional(),
  kind: EntityKind,
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case slug"),
  name: z.string().min(1, "must not be empty"),
  acronym: str.optional(),
  aliases: list.optional(),
  description: str.optional(),
  wikidata: z.preprocess(blank, z.string().regex(/^Q\d+$/, "expected a Wikidata QID like Q8475").nullable()).optional(),
  confidence: z.preprocess((v) => blank(v) ?? "HIGH", Confidence),
  orgKind: oneOf(OrganizationKind).optional(),
  sovereigntyModel: oneOf(SovereigntyModel).optional(),
  executivePowers: bool.optional(),
  authorityBases: listOf(AuthorityBasis).optional(),
  headquarters: str.optional(),
  headquartersCountry: z.preprocess(blank, NodeRef.nullable()).optional(),
  foundedYear: num(true, 1, 9999).optional(),
  memberCount: num(true, 0).optional(),
  legalBasis: str.optional(),
  mandate: str.optional(),
  isoAlpha2: z.preprocess(blank, z.string().regex(/^[A-Z]{2}$/, "expected two capital letters").nullable()).optional(),
  isoAlpha3: z.preprocess(blank, z.string().regex(/^[A-Z]{3}$/, "expected three capital letters").nullable()).optional(),
  isoNumeric: z.preprocess(blank, z.string().regex(/^\d{3}$/, "expected three digits").nullable()).optional(),
  region: str.optional(),
  subregion: str.optional(),
  intermediateRegion: str.optional(),
  statusNote: str.optional(),
  latitude: num(false, -90, 90).optional(),
  longitude: num(false, -180, 180).optional(),
  startDate: date.optional(),
  endDate: date.optional(),
  executive: bool.optional(),
  policeComponent: str.optional(),
  toolKind: oneOf(LegalToolKind).optional(),
  colour: str.optional(),
  category: str.optional(),
  sources: z.preprocess((v) => (v == null || v === "" ? [] : typeof v === "string" ? v.split(LIST_SEPARATOR) : v), z.array(SourceSlug).min(1, "every fact needs at least one source")),
  facts: z.preprocess((v) => (v == null || v === "" ? [] : typeof v === "string" ? v.split(LIST_SEPARATOR) : v), z.array(FactId)).optional(),
}).superRefine((n, ctx) => {
  // What the data files require of each kind (its GraphQL type exposes these as non-null enums).
  const need = (field: "orgKind" | "toolKind" | "category", kind: EntityKind) => {
    if (n.kind === kind && n[field] == null) ctx.addIssue({ code: "custom", path: [field], message: `required for ${kind}` });
  };
  need("orgKind", "ORGANIZATION");
  need("toolKind", "LEGAL_TOOL");
  need("category", "REQUIREMENT");
  need("category", "TOPIC");
  // One column, two vocabularies.
  const category = n.kind === "REQUIREMENT" ? RequirementCategory : n.kind === "TOPIC" ? TopicCategory : null;
  if (category && n.category != null && !category.safeParse(n.category).success)
    ctx.addIssue({ code: "custom", path: ["category"], message: `expected one of ${category.options.join(", ")} for ${n.kind}, got '${n.category}'` });
  if (n.startDate && n.endDate && n.startDate > n.endDate)
    ctx.addIssue({ code: "custom", path: ["endDate"], message: `ends (${n.endDate}) before it starts (${n.startDate})` });
  storable(n, ctx);
});
export type NodeRow = z.infer<typeof NodeRow>;

export const EdgeRow = z.object({
  id: z.preprocess(blank, z.string().regex(/^[A-Za-z0-9_:.-]+$/, "expected a stable edge id such as 'MEMBER_OF:1a2b3c'").nullable()).optional(),
  kind: RelationKind,
  source: NodeRef,
  target: NodeRef,
  subtype: z.preprocess(blank, RelationRecord.shape.subtype.unwrap().nullable()).optional(),
  agreement: str.optional(),
  description: str.optional(),
  via: z.preprocess(blank, NodeRef.nullable()).optional(),
  validFrom: date.optional(),
  validTo: date.optional(),
  value: str.optional(),
  min: num(false).optional(),
  max: num(false).optional(),
  unit: str.optional(),
  values: list.optional(),
  confidence: z.preprocess((v) => blank(v) ?? "HIGH", Confidence),
  note: str.optional(),
  sources: z.preprocess((v) => (v == null || v === "" ? [] : typeof v === "string" ? v.split(LIST_SEPARATOR) : v), z.array(SourceSlug).min(1, "every fact needs at least one source")),
  facts: z.preprocess((v) => (v == null || v === "" ? [] : typeof v === "string" ? v.split(LIST_SEPARATOR) : v), z.array(FactId)).optional(),
}).superRefine((e, ctx) => {
  if (e.validFrom && e.validTo && e.validFrom > e.validTo)
    ctx.addIssue({ code: "custom", path: ["validTo"], message: `ends (${e.validTo}) before it starts (${e.validFrom})` });
  // The GraphQL type of each relationship names the kinds of its ends (Hosting.country: Country!).
  const ends = RELATION_ENDS[e.kind];
  for (const field of ["source", "target", "via"] as const) {
    const allowed = ends[field === "source" ? "from" : field === "target" ? "to" : "via"];
    const ref = e[field];
    if (!allowed || !ref) continue;
    const kind = ref.slice(0, ref.indexOf(":")) as EntityKind;
    if (!allowed.includes(kind)) ctx.addIssue({ code: "custom", path: [field], message: `${e.kind} needs ${allowed.join(" or ")} here, got ${kind}` });
  }
  storable(e, ctx);
});
export type EdgeRow = z.infer<typeof EdgeRow>;
