// GraphQL enums mirror the vocabularies the data files are validated against (src/data/schema.ts).
import { builder } from "./builder.js";
import {
  AuthorityBasis,
  Confidence,
  EntityKind,
  LegalToolKind,
  OrganizationKind,
  OversightKind,
  RelationKind,
  RequirementCategory,
  SourceKind,
  SovereigntyModel,
  TopicCategory,
} from "../data/schema.js";

export const EntityKindEnum = builder.enumType("EntityKind", { values: EntityKind.options });
export const RelationKindEnum = builder.enumType("RelationKind", { values: RelationKind.options });
export const OrganizationKindEnum = builder.enumType("OrganizationKind", { values: OrganizationKind.options });
export const SovereigntyModelEnum = builder.enumType("SovereigntyModel", {
  description: "How a body's authority is constituted: by states acting together, above them, or by one state.",
  values: SovereigntyModel.options,
});
export const AuthorityBasisEnum = builder.enumType("AuthorityBasis", {
  description: "What a body or mission acts on: host consent, a Security Council mandate, EU law, a treaty ...",
  values: AuthorityBasis.options,
});
export const LegalToolKindEnum = builder.enumType("LegalToolKind", { values: LegalToolKind.options });
export const RequirementCategoryEnum = builder.enumType("RequirementCategory", { values: RequirementCategory.options });
export const TopicCategoryEnum = builder.enumType("TopicCategory", { values: TopicCategory.options });
export const OversightKindEnum = builder.enumType("OversightKind", { values: OversightKind.options });
export const SourceKindEnum = builder.enumType("SourceKind", { values: SourceKind.options });
export const ConfidenceEnum = builder.enumType("Confidence", {
  description: "LOW marks facts the fact sheet could not confirm.",
  values: Confidence.options,
});
export const SortDirectionEnum = builder.enumType("SortDirection", { values: ["ASC", "DESC"] as const });
export const DirectionEnum = builder.enumType("Direction", {
  description: "Which end of a relationship the entity is on: OUT (from), IN (to) or BOTH.",
  values: ["OUT", "IN", "BOTH"] as const,
});
export const UndatedRuleEnum = builder.enumType("UndatedRule", {
  description:
    "How `asOf` treats a relationship whose start no source states: INCLUDE counts it as having held since always (the default), EXCLUDE leaves it out. A missing end is open either way.",
  values: {
    INCLUDE: { description: "An undated start is open: the relationship counts as held on any day before its end." },
    EXCLUDE: { description: "Only relationships with a stated start on or before the day." },
  } as const,
});
export const PeriodKnowledgeEnum = builder.enumType("PeriodKnowledge", {
  description: "Which bounds of a relationship's period the sources state.",
  values: {
    BOTH: { description: "Start and end." },
    START: { description: "Only the start: it still holds, or its end is not stated." },
    END: { description: "Only the end: when it began is not stated." },
    NONE: { description: "Neither: `asOf` includes it on every day unless `undated: EXCLUDE`." },
  } as const,
});
