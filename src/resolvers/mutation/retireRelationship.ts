// retireRelationship: the relationship no longer holds from now on. Default reads hide it; `asOf` a day before
// its retirement still finds it (retirement ends its validity at retiredAt).
import { z } from "zod";
import { builder } from "../../schema/builder.js";
import {
  OptionalSourcesSchema,
  citationRows,
  recordChange,
  relationOf,
  runMutation,
  snapshot,
  validate,
} from "../../curation/writes.js";
import { fail } from "../../errors.js";
import { CitationInputRef, relationshipPayload } from "../../schema/curation.js";

const RetireRelationshipInput = builder.inputType("RetireRelationshipInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    reason: t.string({ required: true, description: "Why it no longer holds (kept in its history)." }),
    sources: t.field({ type: [CitationInputRef], required: false, description: "Sources for the retirement, if any." }),
  }),
});

const Schema = z.object({
  id: z.string(),
  reason: z.string().trim().min(1, "give a reason").max(2000),
  sources: OptionalSourcesSchema,
});

export const RetireRelationshipPayload = relationshipPayload("RetireRelationshipPayload");

builder.mutationField("retireRelationship", (t) =>
  t.field({
    type: RetireRelationshipPayload,
    description: "Retire a relationship (it is kept, with its history). Needs a CURATOR or ADMIN key.",
    authScopes: { curator: true },
    args: { input: t.arg({ type: RetireRelationshipInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx, actor) => {
        const { id, reason, sources } = validate(Schema, input);
        const current = await relationOf(tx, id, ["input", "id"]);
        if (current.retiredAt) fail(["input", "id"], "CONFLICT", `already retired on ${current.retiredAt.toISOString()}`);
        const cites = sources?.length ? await citationRows(tx, sources) : { rows: [], slugs: [] };
        const row = await tx.relation.update({ where: { id: current.id }, data: { retiredAt: new Date(), retiredReason: reason } });
        if (cites.rows.length) await tx.citation.createMany({ data: cites.rows.map((c) => ({ ...c, relationId: row.id })) });
        await recordChange(tx, {
          targetType: "RELATION",
          targetId: row.id,
          action: "RETIRE",
          actor,
          before: snapshot(current),
          after: snapshot(row, cites.slugs.length ? { sources: cites.slugs } : {}),
          reason,
        });
        return row;
      }),
  }),
);
