import { builder } from "./builder.js";
import { AuthorityBasisEnum, OrganizationKindEnum, SovereigntyModelEnum } from "./enums.js";
import { Country, Organization } from "./entity.js";
import { allOf, bySlug, countryByCode, entityRootFields, equals, ofKind, related } from "./entity-query.js";
import {
  Cooperation, CrimeFocus, Funding, Hosting, Leadership, Mandate, Membership, Oversight, PartOf, RequirementRule,
  Seat, ToolUse, TopicLink, relation, relationFieldsOf,
} from "./relationship.js";
import { m49Region } from "./city.js";

builder.prismaObjectFields(Organization, (t) => ({
  headquartersCountry: t.field({
    type: Country,
    nullable: true,
    resolve: (o, _, ctx) => (o.headquartersCountryId ? ctx.loaders.entity.load(o.headquartersCountryId) : null),
  }),
}));
relationFieldsOf(Organization, {
  members: relation(Membership, ["MEMBER_OF"], "IN", "Countries (or bodies) that are members of this body."),
  memberships: relation(Membership, ["MEMBER_OF"], "OUT", "Bodies this body is a member of."),
  partOf: relation(PartOf, ["PART_OF"], "OUT", "The larger bodies this one belongs to."),
  parts: relation(PartOf, ["PART_OF"], "IN", "Organs and components of this body."),
  cooperations: relation(Cooperation, ["COOPERATES_WITH"], "BOTH", "Cooperation with other bodies."),
  oversees: relation(Oversight, ["OVERSEES"], "OUT", "Bodies and missions this body oversees."),
  overseenBy: relation(Oversight, ["OVERSEES"], "IN", "Who oversees this body, and how."),
  mandates: relation(Mandate, ["MANDATES"], "OUT", "Missions and bodies this body mandates."),
  mandatedBy: relation(Mandate, ["MANDATES"], "IN", "Who mandates this body."),
  leads: relation(Leadership, ["LEADS"], "OUT", "Missions (and mission types) this body leads or sponsors."),
  deployments: relation(Hosting, ["HOSTED_IN"], "OUT", "Countries this body or programme deploys to."),
  crimeAreas: relation(CrimeFocus, ["WORKS_ON"], "OUT", "Crime areas this body works on."),
  legalTools: relation(ToolUse, ["USES_TOOL"], "OUT", "Legal tools this body operates, issues or uses."),
  requirements: relation(RequirementRule, ["REQUIRES"], "OUT", "What this body or programme asks of officers."),
  topics: relation(TopicLink, ["CONCERNS"], "IN", "Debates that concern this body."),
  funds: relation(Funding, ["FUNDS"], "OUT", "Bodies and programmes this body funds."),
  fundedBy: relation(Funding, ["FUNDS"], "IN", "Who funds this body."),
  headquarteredIn: relation(Seat, ["HEADQUARTERED_IN"], "OUT", "The city it is headquartered in (several when it moved, each with its period)."),
});

interface OrganizationFilter {
  text?: string | null;
  kinds?: string[] | null;
  sovereigntyModel?: string | null;
  executivePowers?: boolean | null;
  authorityBasis?: string | null;
  country?: string | null;
  headquarteredIn?: string | null;
  headquartersRegion?: string | null;
  withMember?: string | null;
  memberOf?: string | null;
  crimeArea?: string | null;
  foundedFrom?: number | null;
  foundedTo?: number | null;
}

entityRootFields<OrganizationFilter>({
  kind: "ORGANIZATION",
  ref: Organization,
  names: ["organization", "organizations"],
  orderFields: { FOUNDED: "foundedYear", MEMBER_COUNT: "memberCount" },
  filter: {
    name: "OrganizationFilter",
    fields: (t) => ({
      kinds: t.field({ type: [OrganizationKindEnum], required: false }),
      sovereigntyModel: t.field({ type: SovereigntyModelEnum, required: false }),
      executivePowers: t.boolean({ required: false }),
      authorityBasis: t.field({ type: AuthorityBasisEnum, required: false, description: "Bodies that act on this basis (host consent, Security Council mandate, EU law ...)." }),
      country: t.string({
        required: false,
        description: "ISO code: bodies headquartered in it OR that it is a member of (both meanings at once).",
        deprecationReason: "Mixes two questions: use `headquarteredIn` or `withMember` (or both, which means AND).",
      }),
      headquarteredIn: t.string({ required: false, description: "ISO code (alpha-2 or alpha-3): bodies headquartered in this country." }),
      headquartersRegion: t.string({
        required: false,
        description: "Bodies headquartered in a country of this UN M49 region, sub-region or intermediate region ('Western Europe').",
      }),
      withMember: t.string({ required: false, description: "ISO code (alpha-2 or alpha-3): bodies this country is a member of." }),
      memberOf: t.string({ required: false, description: "Slug of a body: bodies that are members of it." }),
      crimeArea: t.string({ required: false, description: "Slug of a crime area the body works on." }),
      foundedFrom: t.int({ required: false }),
      foundedTo: t.int({ required: false }),
    }),
  },
  cond: (f) =>
    allOf(
      f.kinds?.length ? { op: "scalar", column: "orgKind", type: "enum", filter: { in: f.kinds } } : null,
      f.sovereigntyModel ? equals("sovereigntyModel", f.sovereigntyModel, "enum") : null,
      f.executivePowers != null ? equals("executivePowers", f.executivePowers, "bool") : null,
      f.authorityBasis ? { op: "has", column: "authorityBases", value: f.authorityBasis } : null,
      // Deprecated: headquartered in the country, or the country is a member.
      f.country
        ? {
            op: "or",
            items: [
              { op: "ref", column: "headquartersCountryId", where: countryByCode(f.country) },
              related(["MEMBER_OF"], "IN", countryByCode(f.country)),
            ],
          }
        : null,
      f.headquarteredIn ? { op: "ref", column: "headquartersCountryId", where: countryByCode(f.headquarteredIn) } : null,
      f.headquartersRegion
        ? { op: "ref", column: "headquartersCountryId", where: allOf(ofKind("COUNTRY"), m49Region(f.headquartersRegion))! }
        : null,
      f.withMember ? related(["MEMBER_OF"], "IN", countryByCode(f.withMember)) : null,
      f.memberOf ? related(["MEMBER_OF"], "OUT", bySlug("ORGANIZATION", f.memberOf)) : null,
      f.crimeArea ? related(["WORKS_ON"], "OUT", bySlug("CRIME_AREA", f.crimeArea)) : null,
      f.foundedFrom != null ? { op: "scalar", column: "foundedYear", type: "int", filter: { gte: f.foundedFrom } } : null,
      f.foundedTo != null ? { op: "scalar", column: "foundedYear", type: "int", filter: { lte: f.foundedTo } } : null,
    ),
});
