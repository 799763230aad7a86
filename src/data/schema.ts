// The shape of the curated data files in data/. Every record is validated against these schemas before anything
// is written; an error names the file, the record and the field (see src/data/load.ts).
import { z } from "zod";
import { partialDayProblem } from "./dates.js";

/** A calendar date, or a year, or a year and month: "2007", "2007-06", "2007-06-01". */
export const PartialDate = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v))
  .pipe(
    z.string().superRefine((s, ctx) => {
      const problem = partialDayProblem(s);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  );

export const FactId = z.string().regex(/^F\d{3}$/, "expected a fact-sheet id like F033");

export const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case slug like 'un-police'");

export const Confidence = z.enum(["HIGH", "LOW"]);

/**
 * A citation: a source slug, or a source with the verbatim passage that states the fact. For seed documents the
 * passage must occur in the document (data/seeds/); its character offsets are computed at load time. `facts`: the
 * fact-sheet ids this source states, when a record's sources state different ones (a subset of the record's facts);
 * without it, load.ts gives an entity's source the facts of the claims it is cited for.
 */
export const Citation = z.union([
  Slug.transform((source) => ({ source, quote: undefined as string | undefined, facts: undefined as string[] | undefined })),
  z.strictObject({ source: Slug, quote: z.string().min(8).optional(), facts: z.array(FactId).min(1).optional() }),
]);

const Sourced = {
  /** Fact-sheet ids this record comes from (kept as references). */
  facts: z.array(FactId).default([]),
  sources: z.array(Citation).min(1, "every fact needs at least one source"),
  confidence: Confidence.default("HIGH"),
  note: z.string().optional(),
};

export const SourceKind = z.enum(["SEED_DOCUMENT", "PUBLIC", "DATASET"]);

export const SourceRecord = z.strictObject({
  slug: Slug,
  title: z.string().min(1),
  kind: SourceKind,
  /** For SEED_DOCUMENT: the file name under data/seeds/. */
  document: z.string().optional(),
  publisher: z.string().optional(),
  url: z.url().optional(),
  year: z.number().int().optional(),
  description: z.string().optional(),
});

/**
 * A sourced statement about one property of an entity. Several claims may share a property when sources
 * disagree (INTERPOL: 190 members in the seed, 196 in 2025); `preferred` picks the one shown as the typed value.
 */
export const ClaimRecord = z.strictObject({
  property: z.string().regex(/^[a-z][A-Za-z]*$/, "expected a camelCase property name"),
  value: z.union([z.string(), z.number(), z.boolean()]),
  unit: z.string().optional(),
  validFrom: PartialDate.optional(),
  validTo: PartialDate.optional(),
  preferred: z.boolean().default(false),
  /**
   * The disagreement this claim is part of, an id shared by the claims it opposes: sources that give different values
   * for overlapping periods, or undated values that cannot be put in order. Two claims of one property may overlap
   * only when one of them is in a dispute (read.ts); a superseded value otherwise needs its end.
   */
  dispute: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id like 'interpol-member-count'").optional(),
  ...Sourced,
});

export const EntityKind = z.enum([
  "ORGANIZATION",
  "COUNTRY",
  "CRIME_AREA",
  "LEGAL_TOOL",
  "MISSION_TYPE",
  "MISSION",
  "REQUIREMENT",
  "TOPIC",
  "CITY",
]);
export type EntityKind = z.infer<typeof EntityKind>;

export const OrganizationKind = z.enum([
  "INTERGOVERNMENTAL",
  "SUPRANATIONAL_UNION",
  "SUPRANATIONAL_EU_AGENCY",
  "UN_OFFICE",
  "REGIONAL_BODY",
  "NATIONAL_AGENCY",
  "NATIONAL_PROGRAM",
  "INTERNATIONAL_COURT",
  "OVERSIGHT_BODY",
  "STATE",
]);

/** How a body's authority is constituted: the sovereignty axis researchers ask about. */
export const SovereigntyModel = z.enum(["INTERGOVERNMENTAL", "SUPRANATIONAL", "NATIONAL", "HYBRID"]);

/** What a body or mission acts on. */
export const AuthorityBasis = z.enum([
  "HOST_STATE_CONSENT",
  "SECURITY_COUNCIL_MANDATE",
  "EU_LAW",
  "TREATY",
  "NATIONAL_LAW",
  "POLITICAL_COMMITMENT",
  "REGIONAL_MANDATE",
]);

export const LegalToolKind = z.enum([
  "EXTRADITION",
  "MUTUAL_LEGAL_ASSISTANCE",
  "JOINT_INVESTIGATION",
  "NOTICE",
  "INFORMATION_SHARING",
  "CONVENTION",
  "TECHNICAL",
]);

export const RequirementCategory = z.enum([
  "CITIZENSHIP",
  "POLICE_EXPERIENCE",
  "SWORN_EXPERIENCE",
  "ACTIVE_STATUS",
  "AGE",
  "EDUCATION",
  "LANGUAGE",
  "FITNESS",
  "MEDICAL",
  "INTEGRITY",
  "FIREARMS",
  "DRIVING",
  "PASSPORT",
  "COMPUTER_SKILLS",
  "TRAINING",
  "SPECIALISM",
  "SOFT_SKILLS",
]);

export const TopicCategory = z.enum([
  "SOVEREIGNTY",
  "CIVIL_LIBERTIES",
  "EFFECTIVENESS",
  "POLITICIZATION",
  "ACCOUNTABILITY",
  "JURISDICTION",
  "TECHNOLOGY",
  "OFFICER_WELFARE",
]);

const EntityBase = {
  slug: Slug,
  name: z.string().min(1),
  acronym: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  description: z.string().optional(),
  wikidata: z.string().regex(/^Q\d+$/, "expected a Wikidata QID like Q8475").optional(),
  claims: z.array(ClaimRecord).default([]),
  ...Sourced,
};

export const OrganizationRecord = z.strictObject({
  ...EntityBase,
  orgKind: OrganizationKind,
  sovereigntyModel: SovereigntyModel.optional(),
  /** Whether its own staff may arrest or use coercive powers (INTERPOL and Europol: false). */
  executivePowers: z.boolean().optional(),
  authorityBases: z.array(AuthorityBasis).default([]),
  /** ISO 3166-1 alpha-2 of the headquarters country. */
  headquartersCountry: z.string().length(2).optional(),
});

export const CrimeAreaRecord = z.strictObject({ ...EntityBase });

export const LegalToolRecord = z.strictObject({
  ...EntityBase,
  toolKind: LegalToolKind,
  /** For INTERPOL notices: the colour. */
  colour: z.string().optional(),
});

export const MissionTypeRecord = z.strictObject({ ...EntityBase });

export const MissionRecord = z.strictObject({
  ...EntityBase,
  startDate: PartialDate.optional(),
  endDate: PartialDate.optional(),
  /** Executive policing powers (UNMIK, UNMIT, early EULEX) or only monitor, mentor, advise. */
  executive: z.boolean().optional(),
  policeComponent: z.string().optional(),
  mandate: z.string().optional(),
  authorityBases: z.array(AuthorityBasis).default([]),
});

export const RequirementRecord = z.strictObject({ ...EntityBase, category: RequirementCategory });

export const TopicRecord = z.strictObject({ ...EntityBase, category: TopicCategory });

/** Extra curated facts about a country from the maintained ISO package (status notes, Wikidata). */
export const CountryNoteRecord = z.strictObject({
  code: z.string().length(2),
  statusNote: z.string().optional(),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  aliases: z.array(z.string()).default([]),
  ...Sourced,
});

/**
 * A city: a place where bodies have their headquarters and missions their seat. Its country becomes a LOCATED_IN
 * relationship citing the city's sources. Coordinates only when a cited source states them.
 */
export const CityRecord = z.strictObject({
  ...EntityBase,
  /** ISO 3166-1 alpha-2 of the country it lies in. */
  country: z.string().length(2),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
});

/** Levels of the UN M49 standard's geographic regions. */
export const M49Level = z.enum(["REGION", "SUBREGION", "INTERMEDIATE_REGION"]);

/**
 * A geographic region of the UN M49 standard (unstats.un.org/unsd/methodology/m49): its three-digit code, name,
 * level, the region it is part of, and the countries (ISO 3166-1 alpha-2) directly in it. Countries carry the
 * names of their region, sub-region and intermediate region as filterable fields.
 */
export const M49RegionRecord = z.strictObject({
  m49: z.string().regex(/^\d{3}$/, "expected a three-digit M49 code like '011'"),
  name: z.string().min(1),
  level: M49Level,
  parent: z.string().regex(/^\d{3}$/).optional(),
  countries: z.array(z.string().length(2)).default([]),
  ...Sourced,
});

export const RelationKind = z.enum([
  "MEMBER_OF",
  "PART_OF",
  "COOPERATES_WITH",
  "OVERSEES",
  "MANDATES",
  "LEADS",
  "HOSTED_IN",
  "OF_TYPE",
  "SUCCEEDS",
  "WORKS_ON",
  "USES_TOOL",
  "REQUIRES",
  "CONCERNS",
  "FUNDS",
  "BASED_ON",
  "HEADQUARTERED_IN",
  "LOCATED_IN",
]);
export type RelationKind = z.infer<typeof RelationKind>;

/** Which entity kinds each relation kind's ends must be, where its GraphQL type names one. */
export const RELATION_ENDS: Record<RelationKind, { from?: EntityKind[]; to?: EntityKind[]; via?: EntityKind[] }> = {
  MEMBER_OF: { to: ["ORGANIZATION"] },
  PART_OF: {},
  COOPERATES_WITH: { from: ["ORGANIZATION"], to: ["ORGANIZATION"], via: ["LEGAL_TOOL"] },
  OVERSEES: { from: ["ORGANIZATION"] },
  MANDATES: { from: ["ORGANIZATION"] },
  LEADS: { from: ["ORGANIZATION"], to: ["MISSION", "MISSION_TYPE"] },
  HOSTED_IN: { to: ["COUNTRY"] },
  OF_TYPE: { from: ["MISSION"], to: ["MISSION_TYPE"] },
  SUCCEEDS: { from: ["MISSION"], to: ["MISSION"] },
  WORKS_ON: { to: ["CRIME_AREA"], via: ["LEGAL_TOOL"] },
  USES_TOOL: { to: ["LEGAL_TOOL"] },
  REQUIRES: { to: ["REQUIREMENT"] },
  CONCERNS: { from: ["TOPIC"] },
  FUNDS: {},
  BASED_ON: { from: ["LEGAL_TOOL"], to: ["LEGAL_TOOL"] },
  HEADQUARTERED_IN: { from: ["ORGANIZATION", "MISSION"], to: ["CITY"] },
  LOCATED_IN: { from: ["CITY"], to: ["COUNTRY"] },
};

/**
 * The roles of a LEADS relationship (its subtype) that mean leading a mission: alone, jointly, or as the lead nation.
 * A PARTICIPANT takes part without leading and a SPONSOR backs a kind of mission; neither counts as leading unless a
 * field is asked for those roles. A LEADS relationship without a role counts as leading.
 */
export const LEAD_ROLES = ["LEAD", "JOINT_LEAD", "LEAD_NATION"] as const;

export const OversightKind = z.enum([
  "PARLIAMENTARY",
  "JUDICIAL",
  "DATA_PROTECTION",
  "GOVERNANCE",
  "AUDIT",
  "POLITICAL",
  "INVESTIGATIVE",
  "ADMINISTRATIVE",
]);

/**
 * A reference to an entity: "<kind>:<slug>", kinds org, country (ISO alpha-2), crime, tool, mission-type,
 * mission, requirement, topic, city. Example: "org:europol", "country:HT", "city:the-hague".
 */
export const EntityRef = z
  .string()
  .regex(
    /^(org|country|crime|tool|mission-type|mission|requirement|topic|city):[A-Za-z0-9-]+$/,
    "expected '<kind>:<slug>' such as 'org:europol' or 'country:HT'",
  );

export const RelationRecord = z.strictObject({
  kind: RelationKind,
  from: EntityRef,
  to: EntityRef,
  /** Kind-specific qualifier: cooperation kind, oversight kind, membership status, tool role, lead role. */
  subtype: z.string().regex(/^[A-Z][A-Z_]*$/, "expected UPPER_SNAKE_CASE").optional(),
  /** The named agreement, resolution or instrument behind the link. */
  agreement: z.string().optional(),
  description: z.string().optional(),
  /** An instrument the link goes through (a legal tool), or a mission it is about. */
  via: EntityRef.optional(),
  validFrom: PartialDate.optional(),
  validTo: PartialDate.optional(),
  /** For REQUIRES: the value asked, as stated, and its machine-readable bounds. */
  value: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string().optional(),
  values: z.array(z.string()).default([]),
  ...Sourced,
});

export type SourceRecord = z.infer<typeof SourceRecord>;
export type ClaimRecord = z.infer<typeof ClaimRecord>;
export type RelationRecord = z.infer<typeof RelationRecord>;

/** Which schema validates which file: data/<dir>/*.yaml. */
export const FileSchemas = {
  sources: SourceRecord,
  organizations: OrganizationRecord,
  "crime-areas": CrimeAreaRecord,
  "legal-tools": LegalToolRecord,
  "mission-types": MissionTypeRecord,
  missions: MissionRecord,
  requirements: RequirementRecord,
  topics: TopicRecord,
  countries: CountryNoteRecord,
  regions: M49RegionRecord,
  cities: CityRecord,
  relations: RelationRecord,
} as const;
export type DataDir = keyof typeof FileSchemas;
