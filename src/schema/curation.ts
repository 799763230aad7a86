// The curation surface shared by the mutations (src/resolvers/mutation/*): the Mutation type, userErrors in the
// style of Shopify's (field path, message, code), citation inputs, the history of entities and relationships,
// and their retirement fields.
import { builder } from "./builder.js";
import { USER_ERROR_CODES, type UserError } from "../errors.js";
import type { Payload } from "../curation/writes.js";
import type { Change as ChangeRow } from "../generated/prisma/sqlite/client.js";
import { Entity } from "./entity.js";
import { Relationship } from "./relationship.js";
import {
  AuthorityBasisEnum,
  ConfidenceEnum,
  LegalToolKindEnum,
  OrganizationKindEnum,
  RequirementCategoryEnum,
  SovereigntyModelEnum,
  TopicCategoryEnum,
} from "./enums.js";

builder.mutationType({
  description: "Curation: create, update and retire entities and relationships. Needs a CURATOR or ADMIN API key.",
});

export const UserErrorCodeEnum = builder.enumType("UserErrorCode", {
  values: {
    REQUIRED: { description: "A required field is missing or empty." },
    INVALID: { description: "A field's value is malformed or not allowed here." },
    NOT_FOUND: { description: "An id or source slug names nothing (or something retired)." },
    DUPLICATE: { description: "Another record already has this unique value (e.g. slug)." },
    NO_SOURCE: { description: "The change gives no source: every fact needs at least one." },
    CONFLICT: { description: "The change contradicts the record's state (e.g. retiring it twice)." },
  } satisfies Record<(typeof USER_ERROR_CODES)[number], { description: string }>,
});

export const UserErrorRef = builder.objectRef<UserError>("UserError");
UserErrorRef.implement({
  description: "A problem with a mutation's input. The mutation wrote nothing.",
  fields: (t) => ({
    field: t.exposeStringList("field", { description: "Path of the input field, e.g. [\"input\", \"sources\", \"0\", \"source\"]." }),
    message: t.exposeString("message"),
    code: t.field({ type: UserErrorCodeEnum, resolve: (e) => e.code }),
  }),
});

export const TargetTypeEnum = builder.enumType("ChangeTarget", { values: ["ENTITY", "RELATION", "CLAIM"] as const });
export const ChangeActionEnum = builder.enumType("ChangeAction", { values: ["CREATE", "UPDATE", "RETIRE"] as const });

export const Change = builder.objectRef<ChangeRow>("Change");
Change.implement({
  description: "One curation of a record: who (API key name), when, what it was before and after, and why.",
  fields: (t) => ({
    targetType: t.field({ type: TargetTypeEnum, resolve: (c) => c.targetType as never }),
    action: t.field({ type: ChangeActionEnum, resolve: (c) => c.action as never }),
    actor: t.exposeString("actor", { description: "Name of the API key that made the change." }),
    at: t.expose("at", { type: "DateTime" }),
    before: t.exposeString("before", { nullable: true, description: "The record before, as JSON (null for CREATE)." }),
    after: t.exposeString("after", { nullable: true, description: "The record after, as JSON, with the sources given." }),
    reason: t.exposeString("reason", { nullable: true }),
  }),
});

builder.interfaceFields(Entity, (t) => ({
  history: t.field({
    type: [Change],
    description: "Curation history, newest first (empty for facts only ever loaded from data/).",
    resolve: (e, _, ctx) => ctx.loaders.history.load(`ENTITY:${e.id}`),
  }),
  retiredAt: t.expose("retiredAt", { type: "DateTime", nullable: true, description: "When a curator retired it; null while current." }),
  retiredReason: t.exposeString("retiredReason", { nullable: true }),
}));

builder.interfaceFields(Relationship, (t) => ({
  history: t.field({
    type: [Change],
    description: "Curation history, newest first (empty for facts only ever loaded from data/).",
    resolve: (r, _, ctx) => ctx.loaders.history.load(`RELATION:${r.id}`),
  }),
  retiredAt: t.expose("retiredAt", {
    type: "DateTime",
    nullable: true,
    description: "When a curator retired it: it no longer holds from then on (asOf before it still finds it).",
  }),
  retiredReason: t.exposeString("retiredReason", { nullable: true }),
}));

export const CitationInputRef = builder.inputType("CitationInput", {
  description: "A source for a change: a source slug (see `sources`), fact-sheet ids, and for seed documents a passage.",
  fields: (t) => ({
    source: t.string({ required: true, description: "Slug of a source, e.g. \"europol-official\"." }),
    facts: t.stringList({ required: false, description: "Fact-sheet ids, e.g. [\"F033\"]." }),
    quote: t.string({ required: false, description: "For a seed document: a passage that must occur in its text." }),
  }),
});

type InputFields = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

/** The entity fields a curator may set; kind-specific ones are refused for other kinds. */
export function entityInputFields(t: InputFields) {
  return {
    name: t.string({ required: false }),
    acronym: t.string({ required: false }),
    aliases: t.stringList({ required: false }),
    description: t.string({ required: false }),
    wikidataId: t.string({ required: false, description: "Wikidata QID, e.g. Q8475." }),
    confidence: t.field({ type: ConfidenceEnum, required: false }),
    organizationKind: t.field({ type: OrganizationKindEnum, required: false, description: "ORGANIZATION (required for it)." }),
    sovereigntyModel: t.field({ type: SovereigntyModelEnum, required: false, description: "ORGANIZATION." }),
    executivePowers: t.boolean({ required: false, description: "ORGANIZATION." }),
    authorityBases: t.field({ type: [AuthorityBasisEnum], required: false, description: "ORGANIZATION, MISSION." }),
    headquarters: t.string({ required: false, description: "ORGANIZATION." }),
    foundedYear: t.int({ required: false, description: "ORGANIZATION." }),
    memberCount: t.int({ required: false, description: "ORGANIZATION." }),
    legalBasis: t.string({ required: false, description: "ORGANIZATION." }),
    mandate: t.string({ required: false, description: "ORGANIZATION, MISSION." }),
    toolKind: t.field({ type: LegalToolKindEnum, required: false, description: "LEGAL_TOOL (required for it)." }),
    colour: t.string({ required: false, description: "LEGAL_TOOL (INTERPOL notices)." }),
    startDate: t.field({ type: "Date", required: false, description: "MISSION." }),
    endDate: t.field({ type: "Date", required: false, description: "MISSION." }),
    executive: t.boolean({ required: false, description: "MISSION." }),
    policeComponent: t.string({ required: false, description: "MISSION." }),
    requirementCategory: t.field({ type: RequirementCategoryEnum, required: false, description: "REQUIREMENT (required for it)." }),
    topicCategory: t.field({ type: TopicCategoryEnum, required: false, description: "TOPIC (required for it)." }),
    latitude: t.float({ required: false, description: "CITY: WGS 84 degrees, -90..90, with a source that states it." }),
    longitude: t.float({ required: false, description: "CITY: WGS 84 degrees, -180..180, with a source that states it." }),
  };
}

/** The relationship qualifiers a curator may set. */
export function relationInputFields(t: InputFields) {
  return {
    subtype: t.string({ required: false, description: "Kind-specific qualifier, UPPER_SNAKE_CASE (an OversightKind for OVERSEES)." }),
    agreement: t.string({ required: false }),
    description: t.string({ required: false }),
    via: t.id({ required: false, description: "Global id of the instrument (a LegalTool for COOPERATES_WITH and WORKS_ON)." }),
    validFrom: t.field({ type: "Date", required: false }),
    validTo: t.field({ type: "Date", required: false }),
    value: t.string({ required: false }),
    min: t.float({ required: false }),
    max: t.float({ required: false }),
    unit: t.string({ required: false }),
    values: t.stringList({ required: false }),
    confidence: t.field({ type: ConfidenceEnum, required: false }),
    note: t.string({ required: false }),
  };
}

export function entityPayload(name: string) {
  const ref = builder.objectRef<Payload<import("../generated/prisma/sqlite/client.js").Entity>>(name);
  ref.implement({
    fields: (t) => ({
      entity: t.field({ type: Entity, nullable: true, description: "The entity as changed; null if there were userErrors.", resolve: (p) => p.node }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
    }),
  });
  return ref;
}

export function relationshipPayload(name: string) {
  const ref = builder.objectRef<Payload<import("../generated/prisma/sqlite/client.js").Relation>>(name);
  ref.implement({
    fields: (t) => ({
      relationship: t.field({
        type: Relationship,
        nullable: true,
        description: "The relationship as changed; null if there were userErrors.",
        resolve: (p) => p.node,
      }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
    }),
  });
  return ref;
}
