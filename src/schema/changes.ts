// Subscription.changes: what curators change, as it happens (SSE or any transport Yoga serves). Events come from
// publishChange (src/curation/events.ts), through Redis when several instances run, so a subscriber on one instance sees
// the writes made on another.
import { builder } from "./builder.js";
import { subscribeChanges, type ChangeMessage } from "../curation/events.js";
import { EntityKindEnum } from "./enums.js";

export const ChangeEvent = builder.objectRef<ChangeMessage>("ChangeEvent").implement({
  description: "A committed change of the graph.",
  fields: (t) => ({
    action: t.exposeString("action", { description: "CREATE, UPDATE or RETIRE." }),
    targetType: t.exposeString("targetType", { description: "The GraphQL type of what changed (Organization, Cooperation, Claim ...)." }),
    targetId: t.exposeID("targetId", { description: "The global id of what changed." }),
    at: t.field({ type: "DateTime", resolve: (e) => new Date(e.at) }),
  }),
});

builder.subscriptionType({});

builder.subscriptionField("changes", (t) =>
  t.field({
    type: ChangeEvent,
    description: "Changes as they are committed; `kinds` keeps those concerning entities of these kinds (for a relationship, either end).",
    args: { kinds: t.arg({ type: [EntityKindEnum], required: false }) },
    subscribe: (_root, { kinds }, ctx) => subscribeChanges(ctx.db, kinds),
    resolve: (e) => e,
  }),
);
