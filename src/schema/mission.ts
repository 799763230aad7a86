import { builder } from "./builder.js";
import { AuthorityBasisEnum } from "./enums.js";
import { Mission } from "./entity.js";
import { entityRootFields, yearEnd, yearStart, type EntityWhere } from "./entity-query.js";
import {
  Classification, CrimeFocus, Hosting, Leadership, Mandate, Oversight, RequirementRule, Seat, Succession, TopicLink,
  relation, relationFieldsOf,
} from "./relationship.js";
import { m49Region } from "./city.js";

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
      leadBody: t.string({ required: false, description: "Slug of the leading body, e.g. 'eu'." }),
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
  where: (f): EntityWhere => {
    const and: EntityWhere[] = [];
    if (f.leadBody) and.push({ incoming: { some: { kind: "LEADS", from: { kind: "ORGANIZATION", slug: f.leadBody } } } });
    if (f.hostCountry) {
      const code = f.hostCountry.toUpperCase();
      and.push({
        outgoing: { some: { kind: "HOSTED_IN", to: { kind: "COUNTRY", OR: [{ isoAlpha2: code }, { isoAlpha3: code }] } } },
      });
    }
    if (f.hostRegion) and.push({ outgoing: { some: { kind: "HOSTED_IN", to: { kind: "COUNTRY", ...m49Region(f.hostRegion) } } } });
    if (f.missionType) and.push({ outgoing: { some: { kind: "OF_TYPE", to: { kind: "MISSION_TYPE", slug: f.missionType } } } });
    if (f.crimeArea) and.push({ outgoing: { some: { kind: "WORKS_ON", to: { kind: "CRIME_AREA", slug: f.crimeArea } } } });
    if (f.activeIn != null)
      and.push({
        startDate: { lte: yearEnd(f.activeIn, "filter.activeIn") },
        OR: [{ endDate: null }, { endDate: { gte: yearStart(f.activeIn, "filter.activeIn") } }],
      });
    if (f.startedFrom != null) and.push({ startDate: { gte: yearStart(f.startedFrom, "filter.startedFrom") } });
    if (f.startedTo != null) and.push({ startDate: { lte: yearEnd(f.startedTo, "filter.startedTo") } });
    if (f.executive != null) and.push({ executive: f.executive });
    if (f.authorityBasis) and.push({ authorityBases: { contains: `"${f.authorityBasis}"` } });
    return { AND: and };
  },
});
