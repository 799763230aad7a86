// createEntity: a new node with its sources, in one transaction with its Change record.
import { z } from "zod";
import { builder } from "../../schema/builder.js";
import {
  EntityFieldsSchema,
  EntityKind,
  SourcesSchema,
  citationRows,
  entityData,
  recordChange,
  runMutation,
  snapshot,
  validate,
} from "../../curation/writes.js";
import { fail } from "../../errors.js";
import { Slug } from "../../data/schema.js";
import { EntityKindEnum } from "../../schema/enums.js";
import { CitationInputRef, entityInputFields, entityPayload } from "../../schema/curation.js";

const CreateEntityInput = builder.inputType("CreateEntityInput", {
  description: "A new entity. Kind-specific fields apply to their kind only; every entity needs at least one source.",
  fields: (t) => ({
    kind: t.field({ type: EntityKindEnum, required: true, description: "Any kind but COUNTRY (countries come from ISO 3166-1)." }),
    slug: t.string({ required: true, description: "kebab-case, unique within the kind." }),
    ...entityInputFields(t),
    sources: t.field({ type: [CitationInputRef], required: true }),
    reason: t.string({ required: false, description: "Why, for the history." }),
  }),
});

const Schema = EntityFieldsSchema.extend({
  kind: EntityKind,
  slug: Slug,
  sources: SourcesSchema,
  reason: z.string().trim().max(2000).nullish(),
});

export const CreateEntityPayload = entityPayload("CreateEntityPayload");

builder.mutationField("createEntity", (t) =>
  t.field({
    type: CreateEntityPayload,
    description: "Create an entity with its sources. Needs a CURATOR or ADMIN key.",
    authScopes: { curator: true },
    args: { input: t.arg({ type: CreateEntityInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx, actor) => {
        const { kind, slug, sources, reason, ...fields } = validate(Schema, input);
        if (kind === "COUNTRY") fail(["input", "kind"], "INVALID", "countries come from ISO 3166-1 and cannot be created");
        const data = entityData(kind, fields, "create");
        const existing = await tx.entity.findUnique({ where: { kind_slug: { kind, slug } } });
        if (existing) fail(["input", "slug"], "DUPLICATE", `a ${kind} with slug '${slug}' already exists${existing.retiredAt ? " (retired)" : ""}`);
        const cites = await citationRows(tx, sources);
        const row = await tx.entity.create({ data: { ...(data as { name: string }), kind, slug } });
        await tx.citation.createMany({ data: cites.rows.map((c) => ({ ...c, entityId: row.id })) });
        await recordChange(tx, {
          targetType: "ENTITY",
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
