import { builder } from "./builder.js";
import { RequirementCategoryEnum } from "./enums.js";
import { Requirement } from "./entity.js";
import { entityRootFields } from "./entity-query.js";
import { RequirementRule, relation, relationFieldsOf } from "./relationship.js";

relationFieldsOf(Requirement, {
  requiredBy: relation(RequirementRule, ["REQUIRES"], "IN", "Who asks for it, with which value."),
});

entityRootFields<{ text?: string | null; categories?: string[] | null }>({
  kind: "REQUIREMENT",
  ref: Requirement,
  names: ["requirement", "requirements"],
  filter: {
    name: "RequirementFilter",
    fields: (t) => ({ categories: t.field({ type: [RequirementCategoryEnum], required: false }) }),
  },
  cond: (f) => (f.categories?.length ? { op: "scalar", column: "category", type: "enum", filter: { in: f.categories } } : null),
});
