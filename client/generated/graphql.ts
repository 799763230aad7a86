/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a body or mission acts on: host consent, a Security Council mandate, EU law, a treaty ... */
export type AuthorityBasis =
  | 'EU_LAW'
  | 'HOST_STATE_CONSENT'
  | 'NATIONAL_LAW'
  | 'POLITICAL_COMMITMENT'
  | 'REGIONAL_MANDATE'
  | 'SECURITY_COUNCIL_MANDATE'
  | 'TREATY';

export type EducationLevel =
  | 'BACHELOR'
  | 'MASTER'
  | 'SECONDARY';

export type EntityKind =
  | 'CITY'
  | 'COUNTRY'
  | 'CRIME_AREA'
  | 'LEGAL_TOOL'
  | 'MISSION'
  | 'MISSION_TYPE'
  | 'ORGANIZATION'
  | 'REQUIREMENT'
  | 'TOPIC';

export type LegalToolKind =
  | 'CONVENTION'
  | 'EXTRADITION'
  | 'INFORMATION_SHARING'
  | 'JOINT_INVESTIGATION'
  | 'MUTUAL_LEGAL_ASSISTANCE'
  | 'NOTICE'
  | 'TECHNICAL';

export type MissionFilter = {
  /** Only missions active at some point of this year. */
  activeIn?: number | null | undefined;
  /** Missions that act on this basis (host consent, Security Council mandate, EU law ...). */
  authorityBasis?: AuthorityBasis | null | undefined;
  /** Slug of a crime area the mission works on. */
  crimeArea?: string | null | undefined;
  /** Executive (true) or non-executive (false) mandates. */
  executive?: boolean | null | undefined;
  /** ISO code of a host country, e.g. 'HT'. */
  hostCountry?: string | null | undefined;
  /** Missions deployed in a country of this UN M49 region, sub-region or intermediate region ('Western Africa'). */
  hostRegion?: string | null | undefined;
  /** Slug of a body leading the mission (LEAD, JOINT_LEAD, LEAD_NATION; a participant does not count), e.g. 'eu'. */
  leadBody?: string | null | undefined;
  /** Slug of a mission type. */
  missionType?: string | null | undefined;
  /** Started in or after this year. */
  startedFrom?: number | null | undefined;
  /** Started in or before this year. */
  startedTo?: number | null | undefined;
  /** Matches name, acronym, aliases, description or slug. */
  text?: string | null | undefined;
};

/** What is known about an officer; anything left out makes the rules that need it `unknown`. */
export type OfficerProfileInput = {
  age?: number | null | undefined;
  /** ISO 3166-1 alpha-2, e.g. US. */
  citizenship?: string | null | undefined;
  cleanRecord?: boolean | null | undefined;
  computerSkills?: boolean | null | undefined;
  drivingLicenceYears?: number | null | undefined;
  education?: EducationLevel | null | undefined;
  firearmsQualified?: boolean | null | undefined;
  hasDrivingLicence?: boolean | null | undefined;
  hasPassport?: boolean | null | undefined;
  /** ISO 639-1 codes, e.g. ["en", "fr"]. */
  languages?: Array<string> | null | undefined;
  passesFitnessTest?: boolean | null | undefined;
  passesMedical?: boolean | null | undefined;
  /** False for a retired officer whose retirement date is unknown. */
  serving?: boolean | null | undefined;
  specialisms?: Array<string> | null | undefined;
  /** Years as a sworn, certified police officer. */
  swornYears?: number | null | undefined;
  /** Total years of police or law-enforcement work. */
  yearsOfService?: number | null | undefined;
  /** Null while serving. */
  yearsSinceRetirement?: number | null | undefined;
};

export type OrganizationFilter = {
  /** Bodies that act on this basis (host consent, Security Council mandate, EU law ...). */
  authorityBasis?: AuthorityBasis | null | undefined;
  /**
   * ISO code: bodies headquartered in it OR that it is a member of (both meanings at once).
   * @deprecated Mixes two questions: use `headquarteredIn` or `withMember` (or both, which means AND).
   */
  country?: string | null | undefined;
  /** Slug of a crime area the body works on. */
  crimeArea?: string | null | undefined;
  executivePowers?: boolean | null | undefined;
  foundedFrom?: number | null | undefined;
  foundedTo?: number | null | undefined;
  /** ISO code (alpha-2 or alpha-3): bodies headquartered in this country. */
  headquarteredIn?: string | null | undefined;
  /** Bodies headquartered in a country of this UN M49 region, sub-region or intermediate region ('Western Europe'). */
  headquartersRegion?: string | null | undefined;
  kinds?: Array<OrganizationKind> | null | undefined;
  /** Slug of a body: bodies that are members of it. */
  memberOf?: string | null | undefined;
  sovereigntyModel?: SovereigntyModel | null | undefined;
  /** Matches name, acronym, aliases, description or slug. */
  text?: string | null | undefined;
  /** ISO code (alpha-2 or alpha-3): bodies this country is a member of. */
  withMember?: string | null | undefined;
};

export type OrganizationKind =
  | 'INTERGOVERNMENTAL'
  | 'INTERNATIONAL_COURT'
  | 'NATIONAL_AGENCY'
  | 'NATIONAL_PROGRAM'
  | 'OVERSIGHT_BODY'
  | 'REGIONAL_BODY'
  | 'STATE'
  | 'SUPRANATIONAL_EU_AGENCY'
  | 'SUPRANATIONAL_UNION'
  | 'UN_OFFICE';

export type OversightKind =
  | 'ADMINISTRATIVE'
  | 'AUDIT'
  | 'DATA_PROTECTION'
  | 'GOVERNANCE'
  | 'INVESTIGATIVE'
  | 'JUDICIAL'
  | 'PARLIAMENTARY'
  | 'POLITICAL';

export type RelationKind =
  | 'BASED_ON'
  | 'CONCERNS'
  | 'COOPERATES_WITH'
  | 'FUNDS'
  | 'HEADQUARTERED_IN'
  | 'HOSTED_IN'
  | 'LEADS'
  | 'LOCATED_IN'
  | 'MANDATES'
  | 'MEMBER_OF'
  | 'OF_TYPE'
  | 'OVERSEES'
  | 'PART_OF'
  | 'REQUIRES'
  | 'SUCCEEDS'
  | 'USES_TOOL'
  | 'WORKS_ON';

export type SourceKind =
  | 'DATASET'
  | 'PUBLIC'
  | 'SEED_DOCUMENT';

/** How a body's authority is constituted: by states acting together, above them, or by one state. */
export type SovereigntyModel =
  | 'HYBRID'
  | 'INTERGOVERNMENTAL'
  | 'NATIONAL'
  | 'SUPRANATIONAL';

export type OrganizationPageQueryVariables = Exact<{
  slug: string;
  asOf?: string | null | undefined;
}>;


export type OrganizationPageQuery = { organization: { id: string, slug: string, name: string, acronym: string | null, description: string | null, organizationKind: OrganizationKind, sovereigntyModel: SovereigntyModel | null, executivePowers: boolean | null, authorityBases: Array<AuthorityBasis>, headquarters: string | null, foundedYear: number | null, memberCount: number | null, wikidataId: string | null, sources: Array<{ slug: string, title: string, url: string | null }>, claims: Array<{ property: string, value: string, number: number | null, validFrom: string | null, validTo: string | null, preferred: boolean, sources: Array<{ title: string }> }>, cooperations: Array<{ id: string, cooperationKind: string | null, agreement: string | null, since: string | null, until: string | null, partner: { slug: string, name: string, acronym: string | null }, sources: Array<{ title: string }> }>, overseenBy: Array<{ id: string, oversightKind: OversightKind | null, how: string | null, since: string | null, overseer: { slug: string, name: string, acronym: string | null }, sources: Array<{ title: string }> }>, oversees: Array<{ id: string, oversightKind: OversightKind | null, how: string | null, since: string | null, overseen:
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
      , sources: Array<{ title: string }> }>, leads: Array<{ id: string, role: string | null, since: string | null, until: string | null, led:
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
       }>, crimeAreas: Array<{ id: string, focus: string | null, agreement: string | null, since: string | null, crimeArea: { slug: string, name: string }, sources: Array<{ title: string }> }>, legalTools: Array<{ id: string, role: string | null, tool: { slug: string, name: string }, sources: Array<{ title: string }> }> } | null };

export type MissionPageQueryVariables = Exact<{
  slug: string;
}>;


export type MissionPageQuery = { mission: { id: string, slug: string, name: string, acronym: string | null, description: string | null, startDate: string | null, endDate: string | null, executive: boolean | null, policeComponent: string | null, mandate: string | null, authorityBases: Array<AuthorityBasis>, sources: Array<{ title: string }>, leadBodies: Array<{ role: string | null, organization: { slug: string, name: string, acronym: string | null }, sources: Array<{ title: string }> }>, hostCountries: Array<{ since: string | null, until: string | null, country: { code: string, name: string } }>, missionTypes: Array<{ missionType: { slug: string, name: string } }>, mandatedBy: Array<{ instrument: string | null, since: string | null, mandator: { slug: string, acronym: string | null }, sources: Array<{ title: string }> }>, succeeds: Array<{ since: string | null, predecessor: { slug: string, acronym: string | null } }>, succeededBy: Array<{ since: string | null, successor: { slug: string, acronym: string | null } }> } | null };

export type MissionsQueryVariables = Exact<{
  filter?: MissionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MissionsQuery = { missions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, name: string, acronym: string | null, startDate: string | null, endDate: string | null, executive: boolean | null } }> } };

export type OrganizationsQueryVariables = Exact<{
  filter?: OrganizationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, name: string, acronym: string | null, organizationKind: OrganizationKind, sovereigntyModel: SovereigntyModel | null, executivePowers: boolean | null } }> } };

export type InterpolMemberCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type InterpolMemberCountsQuery = { organization: { memberCount: number | null, claims: Array<{ number: number | null, validFrom: string | null, preferred: boolean, sources: Array<{ title: string, kind: SourceKind }>, citations: Array<{ facts: Array<string>, evidence: { excerpt: string, start: number, end: number } | null }> }> } | null };

type EntityRef_City_Fragment = { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null };

type EntityRef_Country_Fragment = { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null };

type EntityRef_CrimeArea_Fragment = { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null };

type EntityRef_LegalTool_Fragment = { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null };

type EntityRef_Mission_Fragment = { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null };

type EntityRef_MissionType_Fragment = { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null };

type EntityRef_Organization_Fragment = { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null };

type EntityRef_Requirement_Fragment = { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null };

type EntityRef_Topic_Fragment = { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null };

export type EntityRefFragment =
  | EntityRef_City_Fragment
  | EntityRef_Country_Fragment
  | EntityRef_CrimeArea_Fragment
  | EntityRef_LegalTool_Fragment
  | EntityRef_Mission_Fragment
  | EntityRef_MissionType_Fragment
  | EntityRef_Organization_Fragment
  | EntityRef_Requirement_Fragment
  | EntityRef_Topic_Fragment
;

export type SourceRefFragment = { id: string, slug: string, title: string, url: string | null, year: number | null };

type RelationshipItem_Classification_Fragment = { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , to:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , via:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
   | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> };

type RelationshipItem_Cooperation_Fragment = { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , to:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , via:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
   | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> };

type RelationshipItem_CrimeFocus_Fragment = { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , to:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , via:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
   | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> };

type RelationshipItem_Funding_Fragment = { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , to:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , via:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
   | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> };

type RelationshipItem_Hosting_Fragment = { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , to:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , via:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
   | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> };

type RelationshipItem_Leadership_Fragment = { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , to:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , via:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
   | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> };

type RelationshipItem_LegalBasis_Fragment = { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , to:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , via:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
   | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> };

type RelationshipItem_Location_Fragment = { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , to:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , via:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
   | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> };

type RelationshipItem_Mandate_Fragment = { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , to:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , via:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
   | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> };

type RelationshipItem_Membership_Fragment = { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , to:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , via:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
   | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> };

type RelationshipItem_Oversight_Fragment = { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , to:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , via:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
   | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> };

type RelationshipItem_PartOf_Fragment = { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , to:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , via:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
   | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> };

type RelationshipItem_RequirementRule_Fragment = { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , to:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , via:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
   | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> };

type RelationshipItem_Seat_Fragment = { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , to:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , via:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
   | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> };

type RelationshipItem_Succession_Fragment = { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , to:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , via:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
   | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> };

type RelationshipItem_ToolUse_Fragment = { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , to:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , via:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
   | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> };

type RelationshipItem_TopicLink_Fragment = { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , to:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
  , via:
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
   | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> };

export type RelationshipItemFragment =
  | RelationshipItem_Classification_Fragment
  | RelationshipItem_Cooperation_Fragment
  | RelationshipItem_CrimeFocus_Fragment
  | RelationshipItem_Funding_Fragment
  | RelationshipItem_Hosting_Fragment
  | RelationshipItem_Leadership_Fragment
  | RelationshipItem_LegalBasis_Fragment
  | RelationshipItem_Location_Fragment
  | RelationshipItem_Mandate_Fragment
  | RelationshipItem_Membership_Fragment
  | RelationshipItem_Oversight_Fragment
  | RelationshipItem_PartOf_Fragment
  | RelationshipItem_RequirementRule_Fragment
  | RelationshipItem_Seat_Fragment
  | RelationshipItem_Succession_Fragment
  | RelationshipItem_ToolUse_Fragment
  | RelationshipItem_TopicLink_Fragment
;

export type SearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, edges: Array<{ score: number, node:
        | { description: string | null, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { description: string | null, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { description: string | null, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { description: string | null, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { description: string | null, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { description: string | null, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { description: string | null, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { description: string | null, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { description: string | null, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
       }> } };

export type EntityPageQueryVariables = Exact<{
  id: string;
}>;


export type EntityPageQuery = { node:
    | { description: string | null, aliases: Array<string>, wikidataId: string | null, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, claims: Array<{ property: string, value: string, unit: string | null, validFrom: string | null, validTo: string | null, preferred: boolean, dispute: string | null, note: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }>, relations: Array<
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
      >, timeline: Array<{ date: string, kind: string, label: string, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }> }
    | { id: string }
    | { id: string }
    | { description: string | null, aliases: Array<string>, wikidataId: string | null, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, claims: Array<{ property: string, value: string, unit: string | null, validFrom: string | null, validTo: string | null, preferred: boolean, dispute: string | null, note: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }>, relations: Array<
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
      >, timeline: Array<{ date: string, kind: string, label: string, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }> }
    | { description: string | null, aliases: Array<string>, wikidataId: string | null, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, claims: Array<{ property: string, value: string, unit: string | null, validFrom: string | null, validTo: string | null, preferred: boolean, dispute: string | null, note: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }>, relations: Array<
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
      >, timeline: Array<{ date: string, kind: string, label: string, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { description: string | null, aliases: Array<string>, wikidataId: string | null, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, claims: Array<{ property: string, value: string, unit: string | null, validFrom: string | null, validTo: string | null, preferred: boolean, dispute: string | null, note: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }>, relations: Array<
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
      >, timeline: Array<{ date: string, kind: string, label: string, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { description: string | null, aliases: Array<string>, wikidataId: string | null, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, claims: Array<{ property: string, value: string, unit: string | null, validFrom: string | null, validTo: string | null, preferred: boolean, dispute: string | null, note: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }>, relations: Array<
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
      >, timeline: Array<{ date: string, kind: string, label: string, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }> }
    | { description: string | null, aliases: Array<string>, wikidataId: string | null, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, claims: Array<{ property: string, value: string, unit: string | null, validFrom: string | null, validTo: string | null, preferred: boolean, dispute: string | null, note: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }>, relations: Array<
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
      >, timeline: Array<{ date: string, kind: string, label: string, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }> }
    | { description: string | null, aliases: Array<string>, wikidataId: string | null, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, claims: Array<{ property: string, value: string, unit: string | null, validFrom: string | null, validTo: string | null, preferred: boolean, dispute: string | null, note: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }>, relations: Array<
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
      >, timeline: Array<{ date: string, kind: string, label: string, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }> }
    | { id: string }
    | { id: string }
    | { description: string | null, aliases: Array<string>, wikidataId: string | null, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, claims: Array<{ property: string, value: string, unit: string | null, validFrom: string | null, validTo: string | null, preferred: boolean, dispute: string | null, note: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }>, relations: Array<
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
      >, timeline: Array<{ date: string, kind: string, label: string, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { description: string | null, aliases: Array<string>, wikidataId: string | null, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, claims: Array<{ property: string, value: string, unit: string | null, validFrom: string | null, validTo: string | null, preferred: boolean, dispute: string | null, note: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }>, relations: Array<
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, description: string | null, since: string | null, until: string | null, from:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , to:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
          , via:
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
            | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
           | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ facts: Array<string>, source: { id: string }, evidence: { excerpt: string } | null }> }
      >, timeline: Array<{ date: string, kind: string, label: string, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }> }
    | { id: string }
   | null };

export type NeighbourhoodQueryVariables = Exact<{
  of: string;
  depth?: number | null | undefined;
  kinds?: Array<RelationKind> | RelationKind | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    >, relationships: Array<
      | { id: string, kind: RelationKind, subtype: string | null, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ title: string }> }
      | { id: string, kind: RelationKind, subtype: string | null, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ title: string }> }
      | { id: string, kind: RelationKind, subtype: string | null, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ title: string }> }
      | { id: string, kind: RelationKind, subtype: string | null, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ title: string }> }
      | { id: string, kind: RelationKind, subtype: string | null, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ title: string }> }
      | { id: string, kind: RelationKind, subtype: string | null, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ title: string }> }
      | { id: string, kind: RelationKind, subtype: string | null, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ title: string }> }
      | { id: string, kind: RelationKind, subtype: string | null, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ title: string }> }
      | { id: string, kind: RelationKind, subtype: string | null, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ title: string }> }
      | { id: string, kind: RelationKind, subtype: string | null, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ title: string }> }
      | { id: string, kind: RelationKind, subtype: string | null, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ title: string }> }
      | { id: string, kind: RelationKind, subtype: string | null, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ title: string }> }
      | { id: string, kind: RelationKind, subtype: string | null, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ title: string }> }
      | { id: string, kind: RelationKind, subtype: string | null, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ title: string }> }
      | { id: string, kind: RelationKind, subtype: string | null, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ title: string }> }
      | { id: string, kind: RelationKind, subtype: string | null, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ title: string }> }
      | { id: string, kind: RelationKind, subtype: string | null, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ title: string }> }
    > } };

export type PathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  k?: number | null | undefined;
  kinds?: Array<RelationKind> | RelationKind | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, nodes: Array<
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    >, steps: Array<{ forward: boolean, from:
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      , to:
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      , relationship:
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, since: string | null, until: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, since: string | null, until: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, since: string | null, until: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, since: string | null, until: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, since: string | null, until: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, since: string | null, until: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, since: string | null, until: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, since: string | null, until: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, since: string | null, until: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, since: string | null, until: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, since: string | null, until: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, since: string | null, until: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, since: string | null, until: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, since: string | null, until: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, since: string | null, until: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, since: string | null, until: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }
        | { id: string, kind: RelationKind, subtype: string | null, agreement: string | null, since: string | null, until: string | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }
       }> }> };

export type CrimeAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type CrimeAreasQuery = { crimeAreas: { totalCount: number, edges: Array<{ node: { id: string, slug: string, name: string } }> } };

export type CooperationOnCrimeQueryVariables = Exact<{
  crimeArea: string;
  asOf?: string | null | undefined;
}>;


export type CooperationOnCrimeQuery = { cooperationOnCrime: { crimeArea: { id: string, slug: string, name: string, description: string | null }, actors: Array<{ id: string, focus: string | null, since: string | null, until: string | null, actor:
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      , sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }>, cooperations: Array<{ id: string, cooperationKind: string | null, agreement: string | null, since: string | null, until: string | null, parties: Array<{ id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }>, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }>, instruments: Array<{ toolKind: LegalToolKind, id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }>, toolUses: Array<{ id: string, role: string | null, user:
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      , tool: { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }> } };

export type AccountabilityChainQueryVariables = Exact<{
  slug: string;
  maxDepth?: number | null | undefined;
}>;


export type AccountabilityChainQuery = { organization: { id: string, name: string, accountabilityChain: Array<{ depth: number, oversightKind: OversightKind | null, how: string | null, inherited: boolean, overseer: { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }, overseen:
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      , inheritedFrom:
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
        | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
       | null, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }> }> } | null };

export type EligibilityQueryVariables = Exact<{
  profile: OfficerProfileInput;
  subjects?: Array<string> | string | null | undefined;
}>;


export type EligibilityQuery = { eligibility: Array<{ eligible: boolean, complete: boolean, subject:
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
      | { id: string, kind: EntityKind, slug: string, name: string, acronym: string | null }
    , failed: Array<{ reason: string, required: boolean, rule: { value: string | null, requirement: { name: string }, sources: Array<{ id: string, slug: string, title: string, url: string | null, year: number | null }>, citations: Array<{ evidence: { excerpt: string } | null }> } }>, passed: Array<{ reason: string, required: boolean, rule: { value: string | null, requirement: { name: string } } }>, unknown: Array<{ reason: string, required: boolean, rule: { value: string | null, requirement: { name: string } } }> }> };

export const EntityRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]} as unknown as DocumentNode<EntityRefFragment, unknown>;
export const SourceRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<SourceRefFragment, unknown>;
export const RelationshipItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationshipItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<RelationshipItemFragment, unknown>;
export const OrganizationPageDocument = {"__meta__":{"hash":"sha256:b6fffff36ea838400afc32e82b3482e8619ba4328e5ff9a635ec6e9b86ae9ad9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"organizationKind"}},{"kind":"Field","name":{"kind":"Name","value":"sovereigntyModel"}},{"kind":"Field","name":{"kind":"Name","value":"executivePowers"}},{"kind":"Field","name":{"kind":"Name","value":"authorityBases"}},{"kind":"Field","name":{"kind":"Name","value":"headquarters"}},{"kind":"Field","name":{"kind":"Name","value":"foundedYear"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"wikidataId"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"property"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperationKind"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overseenBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overseer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oversightKind"}},{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"oversees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overseen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oversightKind"}},{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"led"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crimeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crimeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalTools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationPageQuery, OrganizationPageQueryVariables>;
export const MissionPageDocument = {"__meta__":{"hash":"sha256:918e2e3df10545c14347c840722a12cac5b33c876ac6bb45d9b8f77bdc462770"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MissionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"executive"}},{"kind":"Field","name":{"kind":"Name","value":"policeComponent"}},{"kind":"Field","name":{"kind":"Name","value":"mandate"}},{"kind":"Field","name":{"kind":"Name","value":"authorityBases"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missionTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mandator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"succeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"succeededBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]} as unknown as DocumentNode<MissionPageQuery, MissionPageQueryVariables>;
export const MissionsDocument = {"__meta__":{"hash":"sha256:ba4878a5de94f8ba1951398f310ffa4755ea845b8e793a36c10674f75038c99e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Missions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"START_DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"executive"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MissionsQuery, MissionsQueryVariables>;
export const OrganizationsDocument = {"__meta__":{"hash":"sha256:c0db48e53fbd668b25fa780b372698726158aeee77cca0fad0dd2dfe8684aec4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"organizationKind"}},{"kind":"Field","name":{"kind":"Name","value":"sovereigntyModel"}},{"kind":"Field","name":{"kind":"Name","value":"executivePowers"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const InterpolMemberCountsDocument = {"__meta__":{"hash":"sha256:ce7d876a2d870dd2701f908b3cc7c9f9dafe45bb64ee25ecd784265897829010"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterpolMemberCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"interpol","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"property"},"value":{"kind":"StringValue","value":"memberCount","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InterpolMemberCountsQuery, InterpolMemberCountsQueryVariables>;
export const SearchDocument = {"__meta__":{"hash":"sha256:a36033ca13e731a18209d3fe8db551e3c24d94da1fdc83b52dec72952fd4ce42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const EntityPageDocument = {"__meta__":{"hash":"sha256:76497d098f66acf1aa3a3e028beeebc26ff106be4fe96218371466cdcdfdcd2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"wikidataId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"subregion"}},{"kind":"Field","name":{"kind":"Name","value":"intermediateRegion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"subregion"}},{"kind":"Field","name":{"kind":"Name","value":"intermediateRegion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"property"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"dispute"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationshipItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]}}]} as unknown as DocumentNode<EntityPageQuery, EntityPageQueryVariables>;
export const NeighbourhoodDocument = {"__meta__":{"hash":"sha256:a7d89fd8954137cbef828ebed941d0ba02e277555e9d278c97b6e86dc4b01c51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const PathsDocument = {"__meta__":{"hash":"sha256:ce51ba9ae4f39faf2105934a53e7154585a37b90db88569667ad7e155c700673"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Paths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"k"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forward"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<PathsQuery, PathsQueryVariables>;
export const CrimeAreasDocument = {"__meta__":{"hash":"sha256:04b9c3e991ac4293ca51e2cfe912653381e66bf0fff8bee6b95ce429bffee1b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrimeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crimeAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrimeAreasQuery, CrimeAreasQueryVariables>;
export const CooperationOnCrimeDocument = {"__meta__":{"hash":"sha256:f25c0873d0dbf3ede175c9a79010701292ae49a47b93a7c4bebcd9fabd8d5a9b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperationOnCrime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crimeArea"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationOnCrime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crimeArea"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crimeArea"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crimeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationKind"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"toolKind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toolUses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<CooperationOnCrimeQuery, CooperationOnCrimeQueryVariables>;
export const AccountabilityChainDocument = {"__meta__":{"hash":"sha256:7ff7e2d7aeef34a5370c0453a5cf7efd57a12fdfa5fd84c3a902bbd8d2ac9522"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountabilityChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accountabilityChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"oversightKind"}},{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"overseer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overseen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"inheritedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<AccountabilityChainQuery, AccountabilityChainQueryVariables>;
export const EligibilityDocument = {"__meta__":{"hash":"sha256:59d260780570aad238b29a4de6e9e7ab0347cd99d366408c10866e2fb4ec34b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Eligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficerProfileInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjects"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjects"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjects"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"passed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unknown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<EligibilityQuery, EligibilityQueryVariables>;