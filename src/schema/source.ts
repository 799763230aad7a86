// Provenance: sources, the citations that tie them to facts (with the seed passage that states a fact), and
// claims (sourced values of one property of an entity).
import { builder } from "./builder.js";
import type { CitationWithSource } from "../read/context.js";
import { ConfidenceEnum, SourceKindEnum } from "./enums.js";
import type { Source as SourceRow } from "../generated/prisma/sqlite/client.js";

export const Source = builder.prismaNode("Source", {
  id: { field: "id" },
  // node(id:) of an unknown id is null; without this plugin-prisma loads it with findUniqueOrThrow (a masked error).
  nullable: true,
  description: "A seed document or a public source that facts are taken from.",
  fields: (t) => ({
    slug: t.exposeString("slug"),
    title: t.exposeString("title"),
    kind: t.field({ type: SourceKindEnum, resolve: (s) => s.kind as never }),
    publisher: t.exposeString("publisher", { nullable: true }),
    url: t.exposeString("url", { nullable: true }),
    year: t.exposeInt("year", { nullable: true }),
    description: t.exposeString("description", { nullable: true }),
    document: t.exposeString("document", { nullable: true, description: "File name of a seed document." }),
    // A loader, not plugin-prisma's relationCount: sources come from planner reads and loaders as plain rows.
    citationCount: t.int({ resolve: (s, _, ctx) => ctx.loaders.citationCount.load(s.id) }),
  }),
});

export const Evidence = builder.objectRef<{ quote: string; start: number; end: number; length: number }>("Evidence");
Evidence.implement({
  description: "The passage of a seed document that states a fact, with its character offsets in the document.",
  fields: (t) => ({
    excerpt: t.exposeString("quote"),
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
    documentLength: t.exposeInt("length"),
  }),
});

export const Citation = builder.objectRef<CitationWithSource>("Citation");
Citation.implement({
  description: "One source given for a fact, with the fact-sheet ids and, for seed documents, the passage.",
  fields: (t) => ({
    // The joined source has no document text, which no field of Source shows.
    source: t.field({ type: Source, resolve: (c) => c.source as SourceRow }),
    facts: t.stringList({ description: "Fact-sheet ids (F001 ...).", resolve: (c) => (c.facts ? c.facts.split(",") : []) }),
    evidence: t.field({
      type: Evidence,
      nullable: true,
      // The document's length in UTF-16 code units, as the offsets are: read from its text (the `source` loader).
      resolve: async (c, _, ctx) =>
        c.quote != null && c.start != null && c.end != null
          ? { quote: c.quote, start: c.start, end: c.end, length: (await ctx.loaders.source.load(c.sourceId))?.content?.length ?? 0 }
          : null,
    }),
  }),
});

export const Claim = builder.prismaObject("Claim", {
  description: "A sourced value of one property of an entity. Sources that disagree give several claims.",
  fields: (t) => ({
    property: t.exposeString("property"),
    value: t.exposeString("value"),
    number: t.exposeFloat("valueNumber", { nullable: true }),
    unit: t.exposeString("unit", { nullable: true }),
    validFrom: t.expose("validFrom", { type: "Date", nullable: true }),
    validTo: t.expose("validTo", { type: "Date", nullable: true }),
    preferred: t.exposeBoolean("preferred"),
    confidence: t.field({ type: ConfidenceEnum, resolve: (c) => c.confidence as never }),
    note: t.exposeString("note", { nullable: true }),
    dispute: t.exposeString("dispute", {
      nullable: true,
      description:
        "The disagreement this claim is part of (shared by the claims it opposes): sources that give different values for overlapping periods, or undated values that cannot be put in order. Null: the claim overlaps no other of its property.",
    }),
    citations: t.field({ type: [Citation], resolve: (c, _, ctx) => ctx.loaders.citations.load(`c${c.id}`) }),
    sources: t.field({
      type: [Source],
      resolve: async (c, _, ctx) => uniqueSources(await ctx.loaders.citations.load(`c${c.id}`)),
    }),
  }),
});

export function uniqueSources(cites: CitationWithSource[]): SourceRow[] {
  const seen = new Map<number, CitationWithSource["source"]>();
  for (const c of cites) seen.set(c.source.id, c.source);
  return [...seen.values()] as SourceRow[];
}
