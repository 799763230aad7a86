// updateRelationship: changes qualifiers or the period of a relationship (its kind and ends are its identity:
// retire it and create another to change them), adds the sources given.
import { z } from "zod";
import { builder } from "../../schema/builder.js";
import {
  RELATION_ENDS,
  RelationFieldsSchema,
  SourcesSchema,
  checkRelation,
  citationRows,
  liveEntity,
  recordChange,
  relationOf,
  runMutation,
  snapshot,
  validate,
} from "../../curation/writes.js";
import { fail } from "../../errors.js";
import type { RelationKind } from "../../data/schema.js";
import { CitationInputRef, relationInputFields, relationshipPayload } from "../../schema/curation.js";

const UpdateRelationshipInput = builder.inputType("UpdateRelationshipInput", {
  description: "Qualifiers to change (omitted: unchanged; null: cleared), the sources that support it, and why.",
  fields: (t) => ({
    id: t.id({ required: true }),
    ...relationInputFields(t),
    sources: t.field({ type: [CitationInputRef], required: true }),
    reason: t.string({ required: false }),
  }),
});

const Schema = RelationFieldsSchema.extend({
  id: z.string(),
  sources: SourcesSchema,
  reason: z.string().trim().max(2000).nullish(),
});

export const UpdateRelationshipPayload = relationshipPayload("UpdateRelationshipPayload");

builder.mutationField("updateRelationship", (t) =>
  t.field({
    type: UpdateRelationshipPayload,
    description: "Update a relationship; the sources given are added to its citations. Needs a CURATOR or ADMIN key.",
    authScopes: { curator: true },
    args: { input: t.arg({ type: UpdateRelationshipInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx, actor) => {
        const { id, via, sources, reason, ...fields } = validate(Schema, input);
        const current = await relationOf(tx, id, ["input", "id"]);
        if (current.retiredAt) fail(["input", "id"], "CONFLICT", "the relationship is retired; create a new one instead");
        const kind = current.kind as RelationKind;
        const data: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(fields)) {
          if (v === undefined) continue;
          data[k] = k === "values" ? JSON.stringify(v ?? []) : k === "confidence" ? (v ?? "HIGH") : v;
        }
        if (via !== undefined) data.viaId = via === null ? null : (await liveEntity(tx, via, ["input", "via"], RELATION_ENDS[kind].via)).id;
        if (!Object.keys(data).length) fail(["input"], "REQUIRED", "give at least one field to change");
        checkRelation(kind, { ...current, ...data } as typeof current);
        const cites = await citationRows(tx, sources);
        const row = await tx.relation.update({ where: { id: current.id }, data });
        await tx.citation.createMany({ data: cites.rows.map((c) => ({ ...c, relationId: row.id })) });
        await recordChange(tx, {
          targetType: "RELATION",
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
