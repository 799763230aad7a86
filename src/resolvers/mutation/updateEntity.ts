// updateEntity: changes some fields of an entity (omitted fields stay, null clears), adds the sources given.
import { z } from "zod";
import { builder } from "../../schema/builder.js";
import {
  EntityFieldsSchema,
  SourcesSchema,
  citationRows,
  entityData,
  liveEntity,
  recordChange,
  runMutation,
  snapshot,
  validate,
} from "../../curation/writes.js";
import { fail } from "../../errors.js";
import type { EntityKind } from "../../data/schema.js";
import { CitationInputRef, entityInputFields, entityPayload } from "../../schema/curation.js";

const UpdateEntityInput = builder.inputType("UpdateEntityInput", {
  description: "Fields to change (omitted: unchanged; null: cleared), the sources that support the change, and why.",
  fields: (t) => ({
    id: t.id({ required: true }),
    ...entityInputFields(t),
    sources: t.field({ type: [CitationInputRef], required: true }),
    reason: t.string({ required: false }),
  }),
});

const Schema = EntityFieldsSchema.extend({
  id: z.string(),
  sources: SourcesSchema,
  reason: z.string().trim().max(2000).nullish(),
});

export const UpdateEntityPayload = entityPayload("UpdateEntityPayload");

builder.mutationField("updateEntity", (t) =>
  t.field({
    type: UpdateEntityPayload,
    description: "Update an entity; the sources given are added to its citations. Needs a CURATOR or ADMIN key.",
    authScopes: { curator: true },
    args: { input: t.arg({ type: UpdateEntityInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx, actor) => {
        const { id, sources, reason, ...fields } = validate(Schema, input);
        const current = await liveEntity(tx, id, ["input", "id"]);
        const data = entityData(current.kind as EntityKind, fields, "update", current);
        if (!Object.keys(data).length) fail(["input"], "REQUIRED", "give at least one field to change");
        const cites = await citationRows(tx, sources);
        const row = await tx.entity.update({ where: { id: current.id }, data });
        await tx.citation.createMany({ data: cites.rows.map((c) => ({ ...c, entityId: row.id })) });
        await recordChange(tx, {
          targetType: "ENTITY",
          targetId: row.id,
          action: "UPDATE",
          actor,
          before: snapshot(current),
          after: snapshot(row, { sources: cites.slugs }),
          reason,
        });
        return row;
      }),
  }),
);
