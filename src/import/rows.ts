// The rows an import accepts, validated with zod: one schema for nodes and one for edges, the same columns the
// exports write (src/export/subgraph.ts). Values may come as CSV text ("" = none, lists '; '-joined, booleans
// true/false) or typed JSON (arrays, booleans, numbers).
import { z } from "zod";
import { Confidence, EntityKind, RelationKind } from "../data/schema.js";
import { DayString } from "../data/dates.js";
import { LIST_SEPARATOR } from "../export/subgraph.js";

const blank = (v: unknown) => (v === "" || v === undefined ? null : v);
const str = z.preprocess(blank, z.string().nullable());
const bool = z.preprocess(
  (v) => (v === "true" ? true : v === "false" ? false : blank(v)),
  z.boolean({ error: "expected true or false" }).nullable(),
);
const num = (int: boolean) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : blank(v)),
    (int ? z.number({ error: "expected an integer" }).int("expected an integer") : z.number({ error: "expected a number" })).nullable(),
  );
const list = z.preprocess(
  (v) => (v == null || v === "" ? [] : typeof v === "string" ? v.split(LIST_SEPARATOR).map((s) => s.trim()) : v),
  z.array(z.string().min(1, "empty list item")),
);
const date = z.preprocess(
  blank,
  DayString.nullable(),
);
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
  orgKind: str.optional(),
  sovereigntyModel: str.optional(),
  executivePowers: bool.optional(),
  authorityBases: list.optional(),
  headquarters: str.optional(),
  headquartersCountry: z.preprocess(blank, NodeRef.nullable()).optional(),
  foundedYear: num(true).optional(),
  memberCount: num(true).optional(),
  legalBasis: str.optional(),
  mandate: str.optional(),
  isoAlpha2: z.preprocess(blank, z.string().regex(/^[A-Z]{2}$/, "expected two capital letters").nullable()).optional(),
  isoAlpha3: z.preprocess(blank, z.string().regex(/^[A-Z]{3}$/, "expected three capital letters").nullable()).optional(),
  isoNumeric: z.preprocess(blank, z.string().regex(/^\d{3}$/, "expected three digits").nullable()).optional(),
  region: str.optional(),
  subregion: str.optional(),
  statusNote: str.optional(),
  startDate: date.optional(),
  endDate: date.optional(),
  executive: bool.optional(),
  policeComponent: str.optional(),
  toolKind: str.optional(),
  colour: str.optional(),
  category: str.optional(),
  sources: z.preprocess((v) => (v == null || v === "" ? [] : typeof v === "string" ? v.split(LIST_SEPARATOR) : v), z.array(SourceSlug).min(1, "every fact needs at least one source")),
  facts: z.preprocess((v) => (v == null || v === "" ? [] : typeof v === "string" ? v.split(LIST_SEPARATOR) : v), z.array(FactId)).optional(),
});
export type NodeRow = z.infer<typeof NodeRow>;

export const EdgeRow = z.object({
  id: z.preprocess(blank, z.string().regex(/^[A-Za-z0-9_:.-]+$/, "expected a stable edge id such as 'MEMBER_OF:1a2b3c'").nullable()).optional(),
  kind: RelationKind,
  source: NodeRef,
  target: NodeRef,
  subtype: str.optional(),
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
});
export type EdgeRow = z.infer<typeof EdgeRow>;
