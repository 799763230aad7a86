import { builder } from "./builder.js";
import { RequirementCategoryEnum } from "./enums.js";
import { Requirement } from "./entity.js";
import { entityRootFields, type EntityWhere } from "./entity-query.js";
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
  where: (f): EntityWhere => (f.categories?.length ? { category: { in: f.categories } } : {}),
});
