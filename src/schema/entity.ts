// The Entity interface (every node of the graph) and the eight typed node types over the one Entity table,
// as plugin-prisma variants. Relationship fields are added in the domain modules (organization.ts, ...).
import { builder } from "./builder.js";
import type { Entity as EntityRow } from "../generated/prisma/sqlite/client.js";
import type { EntityKind } from "../data/schema.js";
import {
  AuthorityBasisEnum,
  ConfidenceEnum,
  EntityKindEnum,
  LegalToolKindEnum,
  OrganizationKindEnum,
  RequirementCategoryEnum,
  SovereigntyModelEnum,
  TopicCategoryEnum,
  UndatedRuleEnum,
} from "./enums.js";
import { Citation, Claim, Source, uniqueSources } from "./source.js";
import { DateRangeInput } from "./where.js";
import { claimAt, claimsIn } from "../read/claim-time.js";
import { badInput } from "../errors.js";
import { TYPE_BY_KIND, encodeId } from "../data/ids.js";

/** `undated` beside `asOf` on claims (relationship.ts has the same for relationship lists). */
const UNDATED_CLAIM_ARG = {
  type: UndatedRuleEnum,
  required: true,
  defaultValue: "INCLUDE",
  description: "Whether a value with no stated start counts as held since always (INCLUDE) or not (EXCLUDE).",
} as const;

export const Entity = builder.interfaceRef<EntityRow>("Entity");
Entity.implement({
  description: "Any node of the knowledge graph. Every entity carries the sources of its facts.",
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (e) => TYPE_BY_KIND[e.kind as EntityKind],
  fields: (t) => ({
    id: t.id({ resolve: (e) => encodeId(TYPE_BY_KIND[e.kind as EntityKind], e.id) }),
    kind: t.field({ type: EntityKindEnum, resolve: (e) => e.kind as EntityKind }),
    slug: t.exposeString("slug", { description: "Stable, unique within the entity kind." }),
    name: t.exposeString("name"),
    acronym: t.exposeString("acronym", { nullable: true }),
    aliases: t.stringList({ resolve: (e) => JSON.parse(e.aliases) as string[] }),
    description: t.exposeString("description", { nullable: true }),
    wikidataId: t.exposeString("wikidataId", { nullable: true, description: "Wikidata QID, e.g. Q8475." }),
    confidence: t.field({ type: ConfidenceEnum, resolve: (e) => e.confidence as never }),
    sources: t.field({
      type: [Source],
      description: "Sources of this entity's own facts (name, kind, description).",
      resolve: async (e, _, ctx) => uniqueSources(await ctx.loaders.citations.load(`e${e.id}`)),
    }),
    citations: t.field({ type: [Citation], resolve: (e, _, ctx) => ctx.loaders.citations.load(`e${e.id}`) }),
    claims: t.field({
      type: [Claim],
      description:
        "Sourced values of this entity's properties; several per property when sources disagree or a value changed. With `asOf` the values that held on that day, with `during` those whose period overlaps the interval: `claims(property: \"memberCount\", during: { from: \"2015-01-01\" })` is the property's timeline since 2015, in order of start.",
      args: {
        property: t.arg.string({ required: false }),
        asOf: t.arg({ type: "Date", required: false, description: "Only the values that held on this day." }),
        during: t.arg({ type: DateRangeInput, required: false, description: "Only the values whose period overlaps this interval." }),
        undated: t.arg(UNDATED_CLAIM_ARG),
      },
      resolve: async (e, { property, asOf, during, undated }, ctx) => {
        if (during?.from && during.to && during.from.getTime() > during.to.getTime()) throw badInput("during", "'from' is after 'to'");
        const all = await ctx.loaders.claims.load(e.id);
        return claimsIn(property ? all.filter((c) => c.property === property) : all, { asOf, during, undated });
      },
    }),
    claimAt: t.field({
      type: Claim,
      nullable: true,
      description:
        "The value of a property on a day, with its sources: among the claims that held then, the preferred one, else the one with the latest stated start. Null when none held (or, with `undated: EXCLUDE`, none with a stated start).",
      args: {
        property: t.arg.string({ required: true }),
        asOf: t.arg({ type: "Date", required: true }),
        undated: t.arg(UNDATED_CLAIM_ARG),
      },
      resolve: async (e, { property, asOf, undated }, ctx) =>
        claimAt((await ctx.loaders.claims.load(e.id)).filter((c) => c.property === property), asOf, undated),
    }),
  }),
});

function variant<K extends EntityKind>(kind: K, description: string) {
  return builder.prismaNode("Entity", {
    variant: TYPE_BY_KIND[kind] as never,
    description,
    interfaces: [Entity],
    id: { field: "id" },
    nullable: true,
    findUnique: (id) => ({ id: Number(id), kind }),
    fields: () => ({}),
  });
}

const json = (s: string) => JSON.parse(s) as string[];

export const Organization = variant("ORGANIZATION", "A body that polices across borders, oversees or mandates one.");
builder.prismaObjectFields(Organization, (t) => ({
  organizationKind: t.field({ type: OrganizationKindEnum, resolve: (e) => e.orgKind as never }),
  sovereigntyModel: t.field({ type: SovereigntyModelEnum, nullable: true, resolve: (e) => e.sovereigntyModel as never }),
  executivePowers: t.exposeBoolean("executivePowers", {
    nullable: true,
    description: "Whether its own staff may arrest or use coercive powers (null: not stated by a source).",
  }),
  authorityBases: t.field({ type: [AuthorityBasisEnum], resolve: (e) => json(e.authorityBases) as never }),
  headquarters: t.exposeString("headquarters", { nullable: true }),
  foundedYear: t.exposeInt("foundedYear", { nullable: true }),
  memberCount: t.int({
    nullable: true,
    description:
      "The preferred (most recent) member count; with `asOf`, the count that held on that day (`claimAt(property: \"memberCount\", asOf:)` gives it with its source, `claims(property: \"memberCount\")` gives all).",
    args: {
      asOf: t.arg({ type: "Date", required: false }),
      undated: t.arg(UNDATED_CLAIM_ARG),
    },
    resolve: async (e, { asOf, undated }, ctx) => {
      if (!asOf) return e.memberCount;
      const held = claimAt((await ctx.loaders.claims.load(e.id)).filter((c) => c.property === "memberCount"), asOf, undated);
      return held?.valueNumber ?? null;
    },
  }),
  legalBasis: t.exposeString("legalBasis", { nullable: true }),
  mandate: t.exposeString("mandate", { nullable: true }),
}));

export const Country = variant("COUNTRY", "A country or territory, with its ISO 3166-1 codes.");
builder.prismaObjectFields(Country, (t) => ({
  code: t.string({ description: "ISO 3166-1 alpha-2 (XK for Kosovo).", resolve: (e) => e.isoAlpha2 ?? "" }),
  alpha3: t.exposeString("isoAlpha3", { nullable: true }),
  numericCode: t.exposeString("isoNumeric", { nullable: true }),
  region: t.exposeString("region", { nullable: true, description: "UN M49 region: Africa, Americas, Asia, Europe or Oceania." }),
  subregion: t.exposeString("subregion", {
    nullable: true,
    description: "UN M49 sub-region: Western Europe, Sub-Saharan Africa, Latin America and the Caribbean ...",
  }),
  intermediateRegion: t.exposeString("intermediateRegion", {
    nullable: true,
    description: "UN M49 intermediate region, where the sub-region has them: Western Africa, Caribbean, South America ...",
  }),
  statusNote: t.exposeString("statusNote", { nullable: true, description: "For territories of contested status." }),
}));

export const CrimeArea = variant("CRIME_AREA", "A kind of crime that bodies cooperate against.");

export const LegalTool = variant("LEGAL_TOOL", "A legal instrument that connects bodies: extradition, MLA, JITs, notices ...");
builder.prismaObjectFields(LegalTool, (t) => ({
  toolKind: t.field({ type: LegalToolKindEnum, resolve: (e) => e.toolKind as never }),
  colour: t.exposeString("colour", { nullable: true, description: "For INTERPOL notices." }),
}));

export const MissionType = variant("MISSION_TYPE", "A type of mission: peacekeeping, rule of law, capacity building ...");

export const Mission = variant("MISSION", "A mission with a police component or a policing mandate.");
builder.prismaObjectFields(Mission, (t) => ({
  startDate: t.expose("startDate", { type: "Date", nullable: true }),
  endDate: t.expose("endDate", { type: "Date", nullable: true, description: "Null while the mission is active." }),
  executive: t.exposeBoolean("executive", {
    nullable: true,
    description: "Executive policing powers (true) or only monitor, mentor and advise (false).",
  }),
  policeComponent: t.exposeString("policeComponent", { nullable: true }),
  mandate: t.exposeString("mandate", { nullable: true }),
  authorityBases: t.field({ type: [AuthorityBasisEnum], resolve: (e) => json(e.authorityBases) as never }),
}));

export const Requirement = variant("REQUIREMENT", "A requirement or skill asked of officers.");
builder.prismaObjectFields(Requirement, (t) => ({
  category: t.field({ type: RequirementCategoryEnum, resolve: (e) => e.category as never }),
}));

export const Topic = variant("TOPIC", "A debate or controversy (sovereignty, civil liberties, effectiveness ...).");
builder.prismaObjectFields(Topic, (t) => ({
  category: t.field({ type: TopicCategoryEnum, resolve: (e) => e.category as never }),
}));

export const City = variant("CITY", "A city where bodies have their headquarters and missions their seat.");
builder.prismaObjectFields(City, (t) => ({
  latitude: t.exposeFloat("latitude", { nullable: true, description: "WGS 84 degrees, when a cited source states them." }),
  longitude: t.exposeFloat("longitude", { nullable: true, description: "WGS 84 degrees, when a cited source states them." }),
  region: t.exposeString("region", { nullable: true, description: "Its country's UN M49 region." }),
  subregion: t.exposeString("subregion", { nullable: true, description: "Its country's UN M49 sub-region." }),
  intermediateRegion: t.exposeString("intermediateRegion", { nullable: true, description: "Its country's UN M49 intermediate region." }),
}));

export const ENTITY_REFS = { Organization, Country, CrimeArea, LegalTool, MissionType, Mission, Requirement, Topic, City };
