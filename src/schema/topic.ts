import { builder } from "./builder.js";
import { TopicCategoryEnum } from "./enums.js";
import { Topic } from "./entity.js";
import { entityRootFields } from "./entity-query.js";
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
  cond: (f) => (f.categories?.length ? { op: "scalar", column: "category", type: "enum", filter: { in: f.categories } } : null),
});
