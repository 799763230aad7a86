// Shared machinery of the curation mutations (src/resolvers/mutation/*): input validation with zod, typed
// userErrors, citations checked against the sources (and, for seed documents, their text), the append-only
// Change record, and one transaction per mutation. A mutation that finds userErrors writes nothing.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Context } from "../read/context.js";
import { findQuote } from "../data/read.js";
import {
  AuthorityBasis,
  Confidence,
  EntityKind,
  LegalToolKind,
  OrganizationKind,
  OversightKind,
  RelationKind,
  RequirementCategory,
  SovereigntyModel,
  TopicCategory,
} from "../data/schema.js";
import { retryWhileBusy, type Db } from "../store/db.js";
import { publishChange } from "./events.js";
import type { Change, Entity, Relation } from "../generated/prisma/sqlite/client.js";
import { fail, prismaUserError, UserErrors, type UserError, type UserErrorCode } from "../errors.js";
import { decodeId } from "../data/ids.js";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface Payload<T> {
  node: T | null;
  userErrors: UserError[];
}

/**
 * Runs a mutation in one transaction. userErrors (thrown as UserErrors, or Prisma constraint errors) roll it back
 * and are returned in the payload; anything else is an internal error.
 */
export async function runMutation<T>(ctx: Context, fn: (tx: Tx, actor: string) => Promise<T>): Promise<Payload<T>> {
  const actor = ctx.viewer?.keyName;
  if (!actor) throw new Error("mutation reached without a viewer (scope-auth should have refused it)");
  const changes: Change[] = [];
  try {
    // SQLite: while another process (a CLI import or seed) holds the write lock, try again (then 503, not 500).
    const node = await retryWhileBusy(() =>
      ctx.db.prisma.$transaction(
        (tx) => {
          changes.length = 0;
          recorded.set(tx, changes);
          return fn(tx, actor);
        },
        { timeout: 30_000, maxWait: 10_000 },
      ),
    );
    // Committed: drop stale cached responses and notify `changes` subscribers (never throws).
    for (const c of changes) await publishChange(ctx, c);
    ctx.loaders.entity.clearAll();
    ctx.loaders.entityBySlug.clearAll();
    ctx.loaders.relations.clearAll();
    ctx.loaders.citations.clearAll();
    ctx.loaders.history.clearAll();
    return { node, userErrors: [] };
  } catch (e) {
    if (e instanceof UserErrors) return { node: null, userErrors: e.errors };
    const translated = prismaUserError(e);
    if (translated) return { node: null, userErrors: [translated] };
    throw e;
  }
}

/** zod issues as userErrors under `prefix`: empty required strings are REQUIRED, an empty sources list NO_SOURCE. */
export function zodUserErrors(error: z.ZodError, prefix: string[] = ["input"]): UserError[] {
  return error.issues.map((issue) => {
    const field = [...prefix, ...issue.path.map(String)];
    const last = field[field.length - 1];
    let code: UserErrorCode = "INVALID";
    if (issue.code === "too_small" && last === "sources") code = "NO_SOURCE";
    else if (issue.code === "too_small" && issue.origin === "string" && Number(issue.minimum) === 1) code = "REQUIRED";
    else if (issue.code === "invalid_type" && issue.input === undefined) code = "REQUIRED";
    return { field, code, message: issue.message };
  });
}

export function validate<S extends z.ZodType>(schema: S, value: unknown, prefix: string[] = ["input"]): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new UserErrors(zodUserErrors(r.error, prefix));
  return r.data;
}

// ---- Input schemas -------------------------------------------------------------------------------------------

const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);
const optionalText = (max: number) => text(max).nullish();

export const CitationInputSchema = z.object({
  source: z.string().trim().min(1, "must not be empty"),
  facts: z.array(z.string().regex(/^F\d{3}$/, "expected a fact-sheet id like F033")).nullish(),
  quote: z.string().trim().min(8, "a quote must be at least 8 characters").max(2000).nullish(),
});
export type CitationInput = z.input<typeof CitationInputSchema>;

export const SourcesSchema = z.array(CitationInputSchema).min(1, "give at least one source for this change");
export const OptionalSourcesSchema = z.array(CitationInputSchema).nullish();

/** The entity columns a curator may set, with the kinds each applies to. */
export const EntityFieldsSchema = z.object({
  name: text(300).optional(),
  acronym: optionalText(50),
  aliases: z.array(text(300)).nullish(),
  description: optionalText(5000),
  wikidataId: z.string().regex(/^Q[1-9]\d*$/, "expected a Wikidata QID like Q8475").nullish(),
  confidence: Confidence.nullish(),
  organizationKind: OrganizationKind.nullish(),
  sovereigntyModel: SovereigntyModel.nullish(),
  executivePowers: z.boolean().nullish(),
  authorityBases: z.array(AuthorityBasis).nullish(),
  headquarters: optionalText(300),
  foundedYear: z.number().int().min(1000).max(2100).nullish(),
  memberCount: z.number().int().min(0).nullish(),
  legalBasis: optionalText(2000),
  mandate: optionalText(5000),
  toolKind: LegalToolKind.nullish(),
  colour: optionalText(50),
  startDate: z.date().nullish(),
  endDate: z.date().nullish(),
  executive: z.boolean().nullish(),
  policeComponent: optionalText(2000),
  requirementCategory: RequirementCategory.nullish(),
  topicCategory: TopicCategory.nullish(),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
});
export type EntityFields = z.output<typeof EntityFieldsSchema>;

const KIND_FIELDS: Partial<Record<keyof EntityFields, EntityKind[]>> = {
  organizationKind: ["ORGANIZATION"],
  sovereigntyModel: ["ORGANIZATION"],
  executivePowers: ["ORGANIZATION"],
  authorityBases: ["ORGANIZATION", "MISSION"],
  headquarters: ["ORGANIZATION"],
  foundedYear: ["ORGANIZATION"],
  memberCount: ["ORGANIZATION"],
  legalBasis: ["ORGANIZATION"],
  mandate: ["ORGANIZATION", "MISSION"],
  toolKind: ["LEGAL_TOOL"],
  colour: ["LEGAL_TOOL"],
  startDate: ["MISSION"],
  endDate: ["MISSION"],
  executive: ["MISSION"],
  policeComponent: ["MISSION"],
  requirementCategory: ["REQUIREMENT"],
  topicCategory: ["TOPIC"],
  latitude: ["CITY"],
  longitude: ["CITY"],
};

/** Fields a kind cannot do without (its GraphQL type exposes them as non-null). */
const REQUIRED_BY_KIND: Partial<Record<EntityKind, (keyof EntityFields)[]>> = {
  ORGANIZATION: ["organizationKind"],
  LEGAL_TOOL: ["toolKind"],
  REQUIREMENT: ["requirementCategory"],
  TOPIC: ["topicCategory"],
};

const COLUMN: Partial<Record<keyof EntityFields, keyof Entity>> = {
  organizationKind: "orgKind",
  requirementCategory: "category",
  topicCategory: "category",
};
const JSON_COLUMNS = new Set<keyof EntityFields>(["aliases", "authorityBases"]);
const NON_NULL_COLUMNS = new Set<keyof EntityFields>(["name", "aliases", "authorityBases", "confidence"]);

/**
 * Entity columns from validated fields: only the fields given (undefined = unchanged); explicit null clears a
 * column (or is REQUIRED for columns that cannot be empty). Checks the fields apply to the kind.
 */
export function entityData(kind: EntityKind, fields: EntityFields, mode: "create" | "update", current?: Entity): Record<string, unknown> {
  const errors: UserError[] = [];
  const data: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields) as [keyof EntityFields, unknown][]) {
    if (value === undefined) continue;
    const kinds = KIND_FIELDS[name];
    if (kinds && !kinds.includes(kind)) {
      errors.push({ field: ["input", name], code: "INVALID", message: `applies to ${kinds.join(" and ")} only, not ${kind}` });
      continue;
    }
    if (value === null) {
      if (NON_NULL_COLUMNS.has(name) || REQUIRED_BY_KIND[kind]?.includes(name)) {
        if (JSON_COLUMNS.has(name)) data[name] = "[]";
        else if (name === "confidence") data.confidence = "HIGH";
        else if (mode === "update") errors.push({ field: ["input", name], code: "REQUIRED", message: `${name} cannot be removed from this ${kind}` });
        continue;
      }
      data[COLUMN[name] ?? name] = null;
      continue;
    }
    data[COLUMN[name] ?? name] = JSON_COLUMNS.has(name) ? JSON.stringify(value) : value;
  }
  if (mode === "create") {
    if (fields.name == null) errors.push({ field: ["input", "name"], code: "REQUIRED", message: "name is required" });
    for (const name of REQUIRED_BY_KIND[kind] ?? [])
      if (fields[name] == null) errors.push({ field: ["input", name], code: "REQUIRED", message: `${name} is required for ${kind}` });
  }
  const start = "startDate" in data ? (data.startDate as Date | null) : (current?.startDate ?? null);
  const end = "endDate" in data ? (data.endDate as Date | null) : (current?.endDate ?? null);
  if (start && end && end < start)
    errors.push({ field: ["input", "endDate"], code: "INVALID", message: `ends (${day(end)}) before it starts (${day(start)})` });
  if (errors.length) throw new UserErrors(errors);
  return data;
}

export const day = (d: Date) => d.toISOString().slice(0, 10);

/** The relation columns a curator may set. */
export const RelationFieldsSchema = z.object({
  subtype: z.string().regex(/^[A-Z][A-Z_]*$/, "expected UPPER_SNAKE_CASE").nullish(),
  agreement: optionalText(2000),
  description: optionalText(5000),
  via: z.string().nullish(),
  validFrom: z.date().nullish(),
  validTo: z.date().nullish(),
  value: optionalText(500),
  min: z.number().finite().nullish(),
  max: z.number().finite().nullish(),
  unit: optionalText(50),
  values: z.array(text(100)).nullish(),
  confidence: Confidence.nullish(),
  note: optionalText(5000),
});
export type RelationFields = z.output<typeof RelationFieldsSchema>;

// The table lives with the vocabulary (data/schema.ts) so imports check the same ends.
export { RELATION_ENDS } from "../data/schema.js";

export { RelationKind, EntityKind };

const TYPE_KIND: Record<string, EntityKind> = {
  Organization: "ORGANIZATION",
  Country: "COUNTRY",
  CrimeArea: "CRIME_AREA",
  LegalTool: "LEGAL_TOOL",
  MissionType: "MISSION_TYPE",
  Mission: "MISSION",
  Requirement: "REQUIREMENT",
  Topic: "TOPIC",
  City: "CITY",
};

/** Decodes a global id that must name an entity; a malformed or foreign one is a userError at `field`. */
export function entityIdOf(globalId: string, field: string[]): number {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeId(globalId);
  } catch {
    return fail(field, "INVALID", `'${globalId.slice(0, 80)}' is not a valid global id`);
  }
  if (!TYPE_KIND[decoded.typename]) fail(field, "INVALID", `'${globalId}' is the id of a ${decoded.typename}, not of an entity`);
  return Number(decoded.id);
}

/** The live (not retired) entity with that global id, of one of the allowed kinds; userErrors otherwise. */
export async function liveEntity(tx: Tx, globalId: string, field: string[], kinds?: EntityKind[]): Promise<Entity> {
  const id = entityIdOf(globalId, field);
  const row = await tx.entity.findUnique({ where: { id } });
  const typename = decodeId(globalId).typename;
  if (!row || row.kind !== TYPE_KIND[typename]) return fail(field, "NOT_FOUND", `no entity with id '${globalId}'`);
  if (row.retiredAt) return fail(field, "NOT_FOUND", `entity '${row.slug}' is retired`);
  if (kinds && !kinds.includes(row.kind as EntityKind))
    fail(field, "INVALID", `must be ${kinds.join(" or ")}, got ${row.kind} '${row.slug}'`);
  return row;
}

const RELATION_TYPES = new Set([
  "Membership", "PartOf", "Cooperation", "Oversight", "Mandate", "Leadership", "Hosting", "Classification",
  "Succession", "CrimeFocus", "ToolUse", "RequirementRule", "TopicLink", "Funding", "LegalBasis",
]);

/** The relation with that global id (retired or not); userErrors otherwise. */
export async function relationOf(tx: Tx, globalId: string, field: string[]): Promise<Relation> {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeId(globalId);
  } catch {
    return fail(field, "INVALID", `'${globalId.slice(0, 80)}' is not a valid global id`);
  }
  if (!RELATION_TYPES.has(decoded.typename)) fail(field, "INVALID", `'${globalId}' is the id of a ${decoded.typename}, not of a relationship`);
  const row = await tx.relation.findUnique({ where: { id: Number(decoded.id) } });
  if (!row) return fail(field, "NOT_FOUND", `no relationship with id '${globalId}'`);
  return row;
}

/** Checks qualifiers of a relation as a whole (after merging an update with the stored row). */
export function checkRelation(kind: RelationKind, r: { subtype: string | null; validFrom: Date | null; validTo: Date | null; min: number | null; max: number | null }) {
  const errors: UserError[] = [];
  if (kind === "OVERSEES" && r.subtype && !(OversightKind.options as string[]).includes(r.subtype))
    errors.push({ field: ["input", "subtype"], code: "INVALID", message: `an oversight's subtype is one of ${OversightKind.options.join(", ")}` });
  if (r.validFrom && r.validTo && r.validTo < r.validFrom)
    errors.push({ field: ["input", "validTo"], code: "INVALID", message: `ends (${day(r.validTo)}) before it starts (${day(r.validFrom)})` });
  if (r.min != null && r.max != null && r.max < r.min)
    errors.push({ field: ["input", "max"], code: "INVALID", message: `max (${r.max}) is below min (${r.min})` });
  if (errors.length) throw new UserErrors(errors);
}

// ---- Citations ------------------------------------------------------------------------------------------------

export interface CitationRow {
  sourceId: number;
  facts: string;
  quote: string | null;
  start: number | null;
  end: number | null;
}

/**
 * Resolves citations against the sources: an unknown slug is NOT_FOUND; a quote of a seed document must occur in
 * its text (its offsets are stored, so the API can show the evidence).
 */
export async function citationRows(tx: Tx, cites: z.output<typeof CitationInputSchema>[], prefix: string[] = ["input", "sources"]): Promise<{ rows: CitationRow[]; slugs: string[] }> {
  const slugs = [...new Set(cites.map((c) => c.source))];
  const sources = new Map((await tx.source.findMany({ where: { slug: { in: slugs } } })).map((s) => [s.slug, s]));
  const errors: UserError[] = [];
  const rows: CitationRow[] = [];
  cites.forEach((c, i) => {
    const source = sources.get(c.source);
    if (!source) {
      errors.push({ field: [...prefix, String(i), "source"], code: "NOT_FOUND", message: `unknown source '${c.source}'` });
      return;
    }
    let quote: string | null = c.quote ?? null;
    let pos: [number, number] | undefined;
    if (quote && source.content) {
      pos = findQuote(source.content, quote);
      if (!pos) {
        errors.push({ field: [...prefix, String(i), "quote"], code: "INVALID", message: `the quote does not occur in '${source.slug}'` });
        return;
      }
      quote = source.content.slice(pos[0], pos[1]);
    }
    rows.push({ sourceId: source.id, facts: (c.facts ?? []).join(","), quote, start: pos?.[0] ?? null, end: pos?.[1] ?? null });
  });
  if (errors.length) throw new UserErrors(errors);
  return { rows, slugs };
}

// ---- History --------------------------------------------------------------------------------------------------

export type TargetType = "ENTITY" | "RELATION" | "CLAIM";
export type ChangeAction = "CREATE" | "UPDATE" | "RETIRE";

/** A row as stored in a Change: columns without timestamps of bookkeeping, JSON columns parsed. */
export function snapshot(row: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (k === "createdAt" || k === "updatedAt") continue;
    out[k] = (k === "aliases" || k === "authorityBases" || k === "values") && typeof v === "string" ? JSON.parse(v) : v;
  }
  return JSON.stringify({ ...out, ...extra });
}

/** The Change rows written by each running transaction, published once it commits. */
const recorded = new WeakMap<Tx, Change[]>();

export async function recordChange(
  tx: Tx,
  c: { targetType: TargetType; targetId: number; action: ChangeAction; actor: string; before: string | null; after: string | null; reason?: string | null },
): Promise<Change> {
  const row = await tx.change.create({ data: { ...c, reason: c.reason ?? null } });
  recorded.get(tx)?.push(row);
  return row;
}

/** A fresh natural key for a row made through the API. */
export const apiKey = (what: string) => `api:${what}:${randomUUID()}`;
