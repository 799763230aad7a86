// Names the API gives the graph's rows: the GraphQL type of each entity and relationship kind, and global ids
// (base64 of "Type:number"). Pure, so every layer that names a row (events, caches, loaders, the schema) uses them.
import { badInput } from "../errors.js";
import type { EntityKind, RelationKind } from "./schema.js";

/** Global ids are base64("Type:number"). */
export function encodeId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, "utf8").toString("base64");
}

/** Decodes a global id; a malformed one is BAD_USER_INPUT naming the argument, not a masked internal error. */
export function decodeId(globalID: string, argument = "id"): { typename: string; id: string } {
  const decoded = Buffer.from(globalID, "base64").toString("utf8");
  const m = /^([A-Za-z]+):(\d{1,15})$/.exec(decoded);
  const canonical = Buffer.from(decoded, "utf8").toString("base64").replace(/=+$/, "");
  // Ids are 32-bit integers in both databases: a larger number cannot name a row, and PostgreSQL would refuse it.
  if (!m || canonical !== globalID.replace(/=+$/, "") || Number(m[2]) > 2 ** 31 - 1)
    throw badInput(argument, `'${globalID.slice(0, 80)}' is not a valid global id`);
  return { typename: m[1], id: m[2] };
}
export const TYPE_BY_KIND: Record<EntityKind, string> = {
  ORGANIZATION: "Organization",
  COUNTRY: "Country",
  CRIME_AREA: "CrimeArea",
  LEGAL_TOOL: "LegalTool",
  MISSION_TYPE: "MissionType",
  MISSION: "Mission",
  REQUIREMENT: "Requirement",
  TOPIC: "Topic",
  CITY: "City",
};
export const KIND_BY_TYPE = Object.fromEntries(Object.entries(TYPE_BY_KIND).map(([k, v]) => [v, k])) as Record<
  string,
  EntityKind
>;


export const TYPE_BY_RELATION: Record<RelationKind, string> = {
  MEMBER_OF: "Membership",
  PART_OF: "PartOf",
  COOPERATES_WITH: "Cooperation",
  OVERSEES: "Oversight",
  MANDATES: "Mandate",
  LEADS: "Leadership",
  HOSTED_IN: "Hosting",
  OF_TYPE: "Classification",
  SUCCEEDS: "Succession",
  WORKS_ON: "CrimeFocus",
  USES_TOOL: "ToolUse",
  REQUIRES: "RequirementRule",
  CONCERNS: "TopicLink",
  FUNDS: "Funding",
  BASED_ON: "LegalBasis",
  HEADQUARTERED_IN: "Seat",
  LOCATED_IN: "Location",
};
