import { builder } from "./builder.js";
import { TopicCategoryEnum } from "./enums.js";
import { Topic } from "./entity.js";
import { entityRootFields, type EntityWhere } from "./entity-query.js";
import { TopicLink, relation, relationFieldsOf } from "./relationship.js";

relationFieldsOf(Topic, {
  concerns: relation(TopicLink, ["CONCERNS"], "OUT", "Bodies, tools and missions the debate concerns."),
});

entityRootFields<{ text?: string | null; categories?: string[] | null }>({
  kind: "TOPIC",
  ref: Topic,
  names: ["topic", "topics"],
  filter: {
    name: "TopicFilter",
    fields: (t) => ({ categories: t.field({ type: [TopicCategoryEnum], required: false }) }),
  },
  where: (f): EntityWhere => (f.categories?.length ? { category: { in: f.categories } } : {}),
});
