// createRelationship: a typed edge between two live entities, with its period, qualifiers and sources.
import { z } from "zod";
import { builder } from "../../schema/builder.js";
import {
  RELATION_ENDS,
  RelationFieldsSchema,
  RelationKind,
  SourcesSchema,
  apiKey,
  checkRelation,
  citationRows,
  liveEntity,
  recordChange,
  runMutation,
  snapshot,
  validate,
} from "../../curation/writes.js";
import { RelationKindEnum } from "../../schema/enums.js";
import { CitationInputRef, relationInputFields, relationshipPayload } from "../../schema/curation.js";

const CreateRelationshipInput = builder.inputType("CreateRelationshipInput", {
  description: "A new relationship between two entities (by global id), with at least one source.",
  fields: (t) => ({
    kind: t.field({ type: RelationKindEnum, required: true }),
    from: t.id({ required: true }),
    to: t.id({ required: true }),
    ...relationInputFields(t),
    sources: t.field({ type: [CitationInputRef], required: true }),
    reason: t.string({ required: false }),
  }),
});

const Schema = RelationFieldsSchema.extend({
  kind: RelationKind,
  from: z.string(),
  to: z.string(),
  sources: SourcesSchema,
  reason: z.string().trim().max(2000).nullish(),
});

export const CreateRelationshipPayload = relationshipPayload("CreateRelationshipPayload");

builder.mutationField("createRelationship", (t) =>
  t.field({
    type: CreateRelationshipPayload,
    description: "Create a relationship with its sources. Needs a CURATOR or ADMIN key.",
    authScopes: { curator: true },
    args: { input: t.arg({ type: CreateRelationshipInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx, actor) => {
        const { kind, from, to, via, sources, reason, ...fields } = validate(Schema, input);
        const ends = RELATION_ENDS[kind];
        const fromRow = await liveEntity(tx, from, ["input", "from"], ends.from);
        const toRow = await liveEntity(tx, to, ["input", "to"], ends.to);
        const viaRow = via ? await liveEntity(tx, via, ["input", "via"], ends.via) : null;
        const data = {
          kind,
          fromId: fromRow.id,
          toId: toRow.id,
          viaId: viaRow?.id ?? null,
          subtype: fields.subtype ?? null,
          agreement: fields.agreement ?? null,
          description: fields.description ?? null,
          validFrom: fields.validFrom ?? null,
          validTo: fields.validTo ?? null,
          value: fields.value ?? null,
          min: fields.min ?? null,
          max: fields.max ?? null,
          unit: fields.unit ?? null,
          values: JSON.stringify(fields.values ?? []),
          confidence: fields.confidence ?? "HIGH",
          note: fields.note ?? null,
        };
        checkRelation(kind, data);
        const cites = await citationRows(tx, sources);
        const row = await tx.relation.create({ data: { ...data, key: apiKey(kind) } });
        await tx.citation.createMany({ data: cites.rows.map((c) => ({ ...c, relationId: row.id })) });
        await recordChange(tx, {
          targetType: "RELATION",
          targetId: row.id,
          action: "CREATE",
          actor,
          before: null,
          after: snapshot(row, { sources: cites.slugs }),
          reason,
        });
        return row;
      }),
  }),
);
