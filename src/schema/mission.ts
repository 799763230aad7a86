import { builder } from "./builder.js";
import { AuthorityBasisEnum } from "./enums.js";
import { LEAD_ROLES } from "../data/schema.js";
import { Mission } from "./entity.js";
import { allOf, bySlug, countryByCode, entityRootFields, equals, ofKind, related, yearEnd, yearStart } from "./entity-query.js";
import type { EntityColumn, EntityCond, RelationCond, ScalarFilter } from "../read/where.js";

const date = (column: EntityColumn, filter: ScalarFilter): EntityCond => ({ op: "scalar", column, type: "date", filter });
import {
  Classification, CrimeFocus, Hosting, Leadership, Mandate, Oversight, RequirementRule, Seat, Succession, TopicLink,
  relation, relationFieldsOf,
} from "./relationship.js";
import { m49Region } from "./city.js";

/** Leadership relationships that lead (LEAD_ROLES, or no role stated): a PARTICIPANT or SPONSOR does not. */
export const LEADING: RelationCond = {
  op: "or",
  items: [
    { op: "scalar", column: "subtype", type: "text", filter: { isNull: true } },
    { op: "scalar", column: "subtype", type: "text", filter: { in: [...LEAD_ROLES] } },
  ],
};

relationFieldsOf(Mission, {
  leadBodies: relation(Leadership, ["LEADS"], "IN", "The bodies (or lead nations) that lead this mission."),
  hostCountries: relation(Hosting, ["HOSTED_IN"], "OUT", "Where the mission is deployed."),
  missionTypes: relation(Classification, ["OF_TYPE"], "OUT", "The mission's types."),
  mandatedBy: relation(Mandate, ["MANDATES"], "IN", "Who mandated it, by which resolution or decision."),
  overseenBy: relation(Oversight, ["OVERSEES"], "IN", "Who oversees it, and how."),
  succeeds: relation(Succession, ["SUCCEEDS"], "OUT", "The missions it took over from."),
  succeededBy: relation(Succession, ["SUCCEEDS"], "IN", "The missions that took over from it."),
  crimeAreas: relation(CrimeFocus, ["WORKS_ON"], "OUT", "Crime areas the mission works on."),
  requirements: relation(RequirementRule, ["REQUIRES"], "OUT", "What the mission asks of officers."),
  topics: relation(TopicLink, ["CONCERNS"], "IN", "Debates that concern the mission."),
  headquarteredIn: relation(Seat, ["HEADQUARTERED_IN"], "OUT", "The city of its seat, where a source states one."),
});

export interface MissionFilter {
  text?: string | null;
  leadBody?: string | null;
  hostCountry?: string | null;
  hostRegion?: string | null;
  missionType?: string | null;
  crimeArea?: string | null;
  activeIn?: number | null;
  startedFrom?: number | null;
  startedTo?: number | null;
  executive?: boolean | null;
  authorityBasis?: string | null;
}

/** The MissionFilter input type and its where clause, for aggregates (resolvers/query/aggregates.ts). */
export const missionRoot = entityRootFields<MissionFilter>({
  kind: "MISSION",
  ref: Mission,
  names: ["mission", "missions"],
  orderFields: { START_DATE: "startDate", END_DATE: "endDate" },
  filter: {
    name: "MissionFilter",
    fields: (t) => ({
      leadBody: t.string({
        required: false,
        description: `Slug of a body leading the mission (${LEAD_ROLES.join(", ")}; a participant does not count), e.g. 'eu'.`,
      }),
      hostCountry: t.string({ required: false, description: "ISO code of a host country, e.g. 'HT'." }),
      hostRegion: t.string({
        required: false,
        description: "Missions deployed in a country of this UN M49 region, sub-region or intermediate region ('Western Africa').",
      }),
      missionType: t.string({ required: false, description: "Slug of a mission type." }),
      crimeArea: t.string({ required: false, description: "Slug of a crime area the mission works on." }),
      activeIn: t.int({ required: false, description: "Only missions active at some point of this year." }),
      startedFrom: t.int({ required: false, description: "Started in or after this year." }),
      startedTo: t.int({ required: false, description: "Started in or before this year." }),
      executive: t.boolean({ required: false, description: "Executive (true) or non-executive (false) mandates." }),
      authorityBasis: t.field({ type: AuthorityBasisEnum, required: false, description: "Missions that act on this basis (host consent, Security Council mandate, EU law ...)." }),
    }),
  },
  cond: (f) => {
    const activeIn = f.activeIn != null ? { start: yearStart(f.activeIn, "filter.activeIn"), end: yearEnd(f.activeIn, "filter.activeIn") } : null;
    return allOf(
      // A body that leads it: a PARTICIPANT or SPONSOR does not (LEADING).
      f.leadBody
        ? { op: "rel", quantifier: "some", kinds: ["LEADS"], direction: "IN", where: { op: "and", items: [LEADING, { op: "other", where: bySlug("ORGANIZATION", f.leadBody) }] } }
        : null,
      f.hostCountry ? related(["HOSTED_IN"], "OUT", countryByCode(f.hostCountry)) : null,
      f.hostRegion ? related(["HOSTED_IN"], "OUT", allOf(ofKind("COUNTRY"), m49Region(f.hostRegion))) : null,
      f.missionType ? related(["OF_TYPE"], "OUT", bySlug("MISSION_TYPE", f.missionType)) : null,
      f.crimeArea ? related(["WORKS_ON"], "OUT", bySlug("CRIME_AREA", f.crimeArea)) : null,
      // Started by the end of the year (an undated start does not count) and not ended before it began.
      activeIn
        ? allOf(date("startDate", { lte: activeIn.end }), { op: "or", items: [date("endDate", { isNull: true }), date("endDate", { gte: activeIn.start })] })
        : null,
      f.startedFrom != null ? date("startDate", { gte: yearStart(f.startedFrom, "filter.startedFrom") }) : null,
      f.startedTo != null ? date("startDate", { lte: yearEnd(f.startedTo, "filter.startedTo") }) : null,
      f.executive != null ? equals("executive", f.executive, "bool") : null,
      f.authorityBasis ? { op: "has", column: "authorityBases", value: f.authorityBasis } : null,
    );
  },
});
