import { builder } from "./builder.js";
import { LegalToolKindEnum } from "./enums.js";
import { LegalTool } from "./entity.js";
import { entityRootFields, type EntityWhere } from "./entity-query.js";
import { CrimeFocus, LegalBasis, PartOf, ToolUse, TopicLink, relationField } from "./relationship.js";

builder.prismaObjectFields(LegalTool, (t) => ({
  users: relationField(t, ToolUse, ["USES_TOOL"], "IN", "Bodies and states that operate, issue, use or support it."),
  crimeAreas: relationField(t, CrimeFocus, ["WORKS_ON"], "OUT", "Crime areas the tool is used against."),
  partOf: relationField(t, PartOf, ["PART_OF"], "OUT", "The broader tool this one belongs to."),
  parts: relationField(t, PartOf, ["PART_OF"], "IN", "Narrower tools (e.g. each notice type)."),
  basedOn: relationField(t, LegalBasis, ["BASED_ON"], "OUT", "Instruments it rests on or replaces."),
  basisFor: relationField(t, LegalBasis, ["BASED_ON"], "IN", "Instruments resting on it."),
  topics: relationField(t, TopicLink, ["CONCERNS"], "IN", "Debates that concern it."),
}));

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
  where: (f): EntityWhere => ({
    AND: [
      f.kinds?.length ? { toolKind: { in: f.kinds } } : {},
      f.usedBy ? { incoming: { some: { kind: "USES_TOOL", from: { slug: f.usedBy } } } } : {},
    ],
  }),
});
