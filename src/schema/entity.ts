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
} from "./enums.js";
import { Citation, Claim, Source, uniqueSources } from "./source.js";
import { TYPE_BY_KIND, encodeId } from "../data/ids.js";

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
      description: "Sourced values of this entity's properties; several per property when sources disagree.",
      args: { property: t.arg.string({ required: false }) },
      resolve: async (e, { property }, ctx) => {
        const all = await ctx.loaders.claims.load(e.id);
        return property ? all.filter((c) => c.property === property) : all;
      },
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
  memberCount: t.exposeInt("memberCount", {
    nullable: true,
    description: "The preferred (most recent) member count; `claims(property: \"memberCount\")` gives all, sourced.",
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
