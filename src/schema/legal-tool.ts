import { builder } from "./builder.js";
import { LegalToolKindEnum } from "./enums.js";
import { LegalTool } from "./entity.js";
import { allOf, bySlug, entityRootFields, related } from "./entity-query.js";
import { CrimeFocus, LegalBasis, PartOf, ToolUse, TopicLink, relation, relationFieldsOf } from "./relationship.js";

relationFieldsOf(LegalTool, {
  users: relation(ToolUse, ["USES_TOOL"], "IN", "Bodies and states that operate, issue, use or support it."),
  crimeAreas: relation(CrimeFocus, ["WORKS_ON"], "OUT", "Crime areas the tool is used against."),
  partOf: relation(PartOf, ["PART_OF"], "OUT", "The broader tool this one belongs to."),
  parts: relation(PartOf, ["PART_OF"], "IN", "Narrower tools (e.g. each notice type)."),
  basedOn: relation(LegalBasis, ["BASED_ON"], "OUT", "Instruments it rests on or replaces."),
  basisFor: relation(LegalBasis, ["BASED_ON"], "IN", "Instruments resting on it."),
  topics: relation(TopicLink, ["CONCERNS"], "IN", "Debates that concern it."),
});

interface LegalToolFilter {
  text?: string | null;
  kinds?: string[] | null;
  usedBy?: string | null;
}

entityRootFields<LegalToolFilter>({
  kind: "LEGAL_TOOL",
  ref: LegalTool,
  names: ["legalTool", "legalTools"],
  filter: {
    name: "LegalToolFilter",
    fields: (t) => ({
      kinds: t.field({ type: [LegalToolKindEnum], required: false }),
      usedBy: t.string({ required: false, description: "Slug of a body that uses the tool." }),
    }),
  },
  cond: (f) =>
    allOf(
      f.kinds?.length ? { op: "scalar", column: "toolKind", type: "enum", filter: { in: f.kinds } } : null,
      f.usedBy ? related(["USES_TOOL"], "IN", bySlug(null, f.usedBy)) : null,
    ),
});
