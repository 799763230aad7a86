// Human labels for the schema's enums, seen from one entity (a relationship reads differently from each end).
import type { EntityKind, RelationKind } from "../../client/generated/graphql";

export const KIND_LABEL: Record<EntityKind, string> = {
  CITY: "City",
  COUNTRY: "Country",
  CRIME_AREA: "Crime area",
  LEGAL_TOOL: "Legal tool",
  MISSION: "Mission",
  MISSION_TYPE: "Mission type",
  ORGANIZATION: "Organization",
  REQUIREMENT: "Requirement",
  TOPIC: "Topic",
};

/** [label when the entity is the relationship's `from`, label when it is its `to`]. */
export const RELATION_LABEL: Record<RelationKind, [string, string]> = {
  BASED_ON: ["Based on", "Legal basis of"],
  CONCERNS: ["Concerns", "Concerned by"],
  COOPERATES_WITH: ["Cooperates with", "Cooperates with"],
  FUNDS: ["Funds", "Funded by"],
  HEADQUARTERED_IN: ["Headquartered in", "Headquarters of"],
  LOCATED_IN: ["Located in", "Cities"],
  HOSTED_IN: ["Hosted in", "Hosts"],
  LEADS: ["Leads", "Led by"],
  MANDATES: ["Mandates", "Mandated by"],
  MEMBER_OF: ["Member of", "Members"],
  OF_TYPE: ["Of type", "Instances"],
  OVERSEES: ["Oversees", "Overseen by"],
  PART_OF: ["Part of", "Parts"],
  REQUIRES: ["Requires", "Required by"],
  SUCCEEDS: ["Succeeds", "Succeeded by"],
  USES_TOOL: ["Uses", "Used by"],
  WORKS_ON: ["Works on", "Worked on by"],
};

/** The phrase of a path step: "A <verb> B" along the relationship, or its inverse. */
export const stepVerb = (kind: RelationKind, forward: boolean) => {
  const [out, back] = RELATION_LABEL[kind];
  return (forward ? out : back).toLowerCase();
};

export const displayName = (e: { name: string; acronym?: string | null }) =>
  e.acronym && e.acronym !== e.name ? `${e.name} (${e.acronym})` : e.name;

export const shortName = (e: { name: string; acronym?: string | null }) => e.acronym || e.name;

export function period(since?: string | null, until?: string | null): string | null {
  if (!since && !until) return null;
  if (since && until) return `${since} – ${until}`;
  return since ? `since ${since}` : `until ${until}`;
}
