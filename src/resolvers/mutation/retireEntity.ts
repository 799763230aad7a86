// retireEntity: the entity no longer holds. It is hidden from lookups, lists and relationship lists (asOf before
// its retirement still finds its relationships); node(id:) and its history keep answering.
import { z } from "zod";
import { builder } from "../../schema/builder.js";
import {
  OptionalSourcesSchema,
  citationRows,
  entityIdOf,
  recordChange,
  runMutation,
  snapshot,
  validate,
} from "../../curation/writes.js";
import { fail } from "../../errors.js";
import { CitationInputRef, entityPayload } from "../../schema/curation.js";

const RetireEntityInput = builder.inputType("RetireEntityInput", {
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

export const RetireEntityPayload = entityPayload("RetireEntityPayload");

builder.mutationField("retireEntity", (t) =>
  t.field({
    type: RetireEntityPayload,
    description: "Retire an entity (it is kept, with its history). Needs a CURATOR or ADMIN key.",
    authScopes: { curator: true },
    args: { input: t.arg({ type: RetireEntityInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx, actor) => {
        const { id, reason, sources } = validate(Schema, input);
        const current = await tx.entity.findUnique({ where: { id: entityIdOf(id, ["input", "id"]) } });
        if (!current) return fail(["input", "id"], "NOT_FOUND", `no entity with id '${id}'`);
        if (current.retiredAt) fail(["input", "id"], "CONFLICT", `'${current.slug}' was already retired on ${current.retiredAt.toISOString()}`);
        const cites = sources?.length ? await citationRows(tx, sources) : { rows: [], slugs: [] };
        const row = await tx.entity.update({ where: { id: current.id }, data: { retiredAt: new Date(), retiredReason: reason } });
        if (cites.rows.length) await tx.citation.createMany({ data: cites.rows.map((c) => ({ ...c, entityId: row.id })) });
        await recordChange(tx, {
          targetType: "ENTITY",
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
