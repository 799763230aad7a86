// The `where` language of the API, typed per node kind and per relationship kind: AND / OR / NOT, scalar operators,
// and relationship predicates (`some`, `none`, `all`) with a where on the relationship's qualifiers, period and
// sources and, recursively, on the entity at the other end. Inputs are turned into the condition trees of
// src/read/where.ts, which compiles them to SQL; limits (depth, list sizes, text lengths) are checked here, before
// any SQL. Relationship predicates follow the relationship fields of each type (registerRelationFields, called by
// relationField's table in relationship.ts), so `Organization.cooperations` has `OrganizationWhere.cooperations`.
import { builder } from "./builder.js";
import { badInput } from "../errors.js";
import { decodeId, KIND_BY_TYPE, TYPE_BY_KIND } from "../data/ids.js";
import type { EntityKind, RelationKind } from "../data/schema.js";
import type { Direction } from "../read/relation-window.js";
import {
  conditionDepth,
  type EntityColumn,
  type EntityCond,
  type RelationColumn,
  type RelationCond,
  type ScalarFilter,
  type SourceCond,
  type ValueType,
} from "../read/where.js";
import {
  ConfidenceEnum,
  EntityKindEnum,
  LegalToolKindEnum,
  OrganizationKindEnum,
  OversightKindEnum,
  RequirementCategoryEnum,
  SourceKindEnum,
  SovereigntyModelEnum,
  TopicCategoryEnum,
  AuthorityBasisEnum,
} from "./enums.js";

/** Documented in docs/limits.md: deeper or larger filters are refused before any SQL runs. */
export const WHERE_LIMITS = { depth: 8, listItems: 100, textLength: 200, nodes: 64 };

// ---- scalar filters

type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];
type AnyInputRef = Parameters<InputFieldBuilder["field"]>[0]["type"];

const StringFilter = builder.inputType("StringFilter", {
  description: "Text comparison: contains and startsWith ignore case; % and _ match themselves.",
  fields: (t) => ({
    equals: t.string({ required: false }),
    not: t.string({ required: false }),
    in: t.stringList({ required: false }),
    notIn: t.stringList({ required: false }),
    contains: t.string({ required: false }),
    startsWith: t.string({ required: false }),
    isNull: t.boolean({ required: false }),
  }),
});
const IntFilter = builder.inputType("IntFilter", {
  fields: (t) => ({
    equals: t.int({ required: false }),
    not: t.int({ required: false }),
    in: t.intList({ required: false }),
    notIn: t.intList({ required: false }),
    lt: t.int({ required: false }),
    lte: t.int({ required: false }),
    gt: t.int({ required: false }),
    gte: t.int({ required: false }),
    isNull: t.boolean({ required: false }),
  }),
});
const FloatFilter = builder.inputType("FloatFilter", {
  fields: (t) => ({
    equals: t.float({ required: false }),
    lt: t.float({ required: false }),
    lte: t.float({ required: false }),
    gt: t.float({ required: false }),
    gte: t.float({ required: false }),
    isNull: t.boolean({ required: false }),
  }),
});
const BooleanFilter = builder.inputType("BooleanFilter", {
  fields: (t) => ({ equals: t.boolean({ required: false }), isNull: t.boolean({ required: false }) }),
});
const DateFilter = builder.inputType("DateFilter", {
  fields: (t) => ({
    equals: t.field({ type: "Date", required: false }),
    lt: t.field({ type: "Date", required: false }),
    lte: t.field({ type: "Date", required: false }),
    gt: t.field({ type: "Date", required: false }),
    gte: t.field({ type: "Date", required: false }),
    isNull: t.boolean({ required: false }),
  }),
});
const IdFilter = builder.inputType("IDFilter", {
  fields: (t) => ({ equals: t.id({ required: false }), in: t.idList({ required: false }) }),
});
export const DateRangeInput = builder.inputType("DateRangeInput", {
  description: "A closed interval of days; an open end when a bound is left out.",
  fields: (t) => ({ from: t.field({ type: "Date", required: false }), to: t.field({ type: "Date", required: false }) }),
});

function enumFilter(name: string, type: AnyInputRef) {
  return builder.inputType(`${name}Filter`, {
    fields: (t) => ({
      equals: t.field({ type, required: false }),
      not: t.field({ type, required: false }),
      in: t.field({ type: [type] as never, required: false }),
      notIn: t.field({ type: [type] as never, required: false }),
      isNull: t.boolean({ required: false }),
    }),
  });
}

const FILTER_OF: Record<ValueType, AnyInputRef> = {
  text: StringFilter,
  int: IntFilter,
  float: FloatFilter,
  bool: BooleanFilter,
  date: DateFilter,
  enum: StringFilter,
};

const ENUM_FILTERS = {
  OrganizationKind: enumFilter("OrganizationKind", OrganizationKindEnum),
  SovereigntyModel: enumFilter("SovereigntyModel", SovereigntyModelEnum),
  LegalToolKind: enumFilter("LegalToolKind", LegalToolKindEnum),
  RequirementCategory: enumFilter("RequirementCategory", RequirementCategoryEnum),
  TopicCategory: enumFilter("TopicCategory", TopicCategoryEnum),
  OversightKind: enumFilter("OversightKind", OversightKindEnum),
  SourceKind: enumFilter("SourceKind", SourceKindEnum),
  Confidence: enumFilter("Confidence", ConfidenceEnum),
  EntityKind: enumFilter("EntityKind", EntityKindEnum),
};

// ---- field tables

interface ScalarSpec<C> {
  column: C;
  type: ValueType;
  /** The input type (a filter), when not the default of `type`. */
  filter?: AnyInputRef;
  description?: string;
}

const COMMON_ENTITY: Record<string, ScalarSpec<EntityColumn>> = {
  slug: { column: "slug", type: "text" },
  name: { column: "name", type: "text" },
  acronym: { column: "acronym", type: "text" },
  description: { column: "description", type: "text" },
  wikidataId: { column: "wikidataId", type: "text" },
  confidence: { column: "confidence", type: "enum", filter: ENUM_FILTERS.Confidence },
};

/** The scalar fields of each type's where, named as the type's own fields. */
const ENTITY_SCALARS: Record<string, Record<string, ScalarSpec<EntityColumn>>> = {
  Organization: {
    organizationKind: { column: "orgKind", type: "enum", filter: ENUM_FILTERS.OrganizationKind },
    sovereigntyModel: { column: "sovereigntyModel", type: "enum", filter: ENUM_FILTERS.SovereigntyModel },
    executivePowers: { column: "executivePowers", type: "bool" },
    headquarters: { column: "headquarters", type: "text" },
    foundedYear: { column: "foundedYear", type: "int" },
    memberCount: { column: "memberCount", type: "int" },
    legalBasis: { column: "legalBasis", type: "text" },
    mandate: { column: "mandate", type: "text" },
  },
  Country: {
    code: { column: "isoAlpha2", type: "text", description: "ISO 3166-1 alpha-2." },
    alpha3: { column: "isoAlpha3", type: "text" },
    numericCode: { column: "isoNumeric", type: "text" },
    region: { column: "region", type: "text", description: "UN M49 region (Africa, Americas, Asia, Europe, Oceania)." },
    subregion: { column: "subregion", type: "text", description: "UN M49 sub-region (Western Europe, Sub-Saharan Africa ...)." },
    intermediateRegion: { column: "intermediateRegion", type: "text", description: "UN M49 intermediate region (Western Africa ...)." },
  },
  City: {
    region: { column: "region", type: "text", description: "Its country's UN M49 region." },
    subregion: { column: "subregion", type: "text", description: "Its country's UN M49 sub-region." },
    intermediateRegion: { column: "intermediateRegion", type: "text", description: "Its country's UN M49 intermediate region." },
    latitude: { column: "latitude", type: "float" },
    longitude: { column: "longitude", type: "float" },
  },
  Mission: {
    startDate: { column: "startDate", type: "date" },
    endDate: { column: "endDate", type: "date" },
    executive: { column: "executive", type: "bool" },
    policeComponent: { column: "policeComponent", type: "text" },
    mandate: { column: "mandate", type: "text" },
  },
  LegalTool: {
    toolKind: { column: "toolKind", type: "enum", filter: ENUM_FILTERS.LegalToolKind },
    colour: { column: "colour", type: "text" },
  },
  Requirement: { category: { column: "category", type: "enum", filter: ENUM_FILTERS.RequirementCategory } },
  Topic: { category: { column: "category", type: "enum", filter: ENUM_FILTERS.TopicCategory } },
  CrimeArea: {},
  MissionType: {},
};

const COMMON_RELATION: Record<string, ScalarSpec<RelationColumn>> = {
  validFrom: { column: "validFrom", type: "date" },
  validTo: { column: "validTo", type: "date" },
  confidence: { column: "confidence", type: "enum", filter: ENUM_FILTERS.Confidence },
  description: { column: "description", type: "text" },
};

/** Qualifiers of each relationship type, named as its own fields. */
const RELATION_SCALARS: Record<string, Record<string, ScalarSpec<RelationColumn>>> = {
  Membership: { status: { column: "subtype", type: "text" } },
  Cooperation: { cooperationKind: { column: "subtype", type: "text" }, agreement: { column: "agreement", type: "text" } },
  Oversight: {
    oversightKind: { column: "subtype", type: "enum", filter: ENUM_FILTERS.OversightKind },
    how: { column: "description", type: "text" },
  },
  Mandate: { instrument: { column: "agreement", type: "text", description: "The resolution or decision." } },
  Leadership: { role: { column: "subtype", type: "text", description: "LEAD, JOINT_LEAD, LEAD_NATION, SPONSOR ..." } },
  CrimeFocus: { focus: { column: "subtype", type: "text" } },
  ToolUse: { role: { column: "subtype", type: "text" } },
  RequirementRule: {
    value: { column: "value", type: "text" },
    min: { column: "min", type: "float" },
    max: { column: "max", type: "float" },
    unit: { column: "unit", type: "text" },
  },
  /** Any relationship: the conditions every kind has (between, aggregates, the generic relations lists). */
  Relationship: {
    qualifier: { column: "subtype", type: "text", description: "The kind's own qualifier: role, status, cooperation, oversight or focus kind." },
  },
  PartOf: {},
  Hosting: {},
  Classification: {},
  Succession: {},
  TopicLink: {},
  Funding: {},
  LegalBasis: {},
  Seat: {},
  Location: {},
};

const SOURCE_SCALARS: Record<string, ScalarSpec<"slug" | "title" | "kind" | "url" | "publisher" | "year">> = {
  slug: { column: "slug", type: "text" },
  title: { column: "title", type: "text" },
  kind: { column: "kind", type: "enum", filter: ENUM_FILTERS.SourceKind },
  url: { column: "url", type: "text" },
  publisher: { column: "publisher", type: "text" },
  year: { column: "year", type: "int" },
};

// ---- relationship fields, registered by the types that have them

export interface RelationFieldSpec {
  /** The relationship type's GraphQL name (Cooperation ...). */
  relType: string;
  kinds: RelationKind[];
  direction: Direction;
  description: string;
}
const RELATION_FIELDS = new Map<string, Map<string, RelationFieldSpec>>();

/** Records the relationship fields of an entity type, so its where offers a predicate for each. */
export function registerRelationFields(typename: string, fields: Record<string, RelationFieldSpec>): void {
  const table = RELATION_FIELDS.get(typename) ?? new Map<string, RelationFieldSpec>();
  for (const [name, spec] of Object.entries(fields)) table.set(name, spec);
  RELATION_FIELDS.set(typename, table);
}

// ---- input types (recursive, so declared as refs and implemented below)

type WhereInput = Record<string, unknown>;
const whereRefs = new Map<string, ReturnType<typeof builder.inputRef<WhereInput>>>();
const ref = (name: string) => {
  let r = whereRefs.get(name);
  if (!r) {
    r = builder.inputRef<WhereInput>(name);
    whereRefs.set(name, r);
  }
  return r;
};

function scalarFields<C>(t: InputFieldBuilder, specs: Record<string, ScalarSpec<C>>) {
  return Object.fromEntries(
    Object.entries(specs).map(([name, s]) => [name, t.field({ type: (s.filter ?? FILTER_OF[s.type]) as never, required: false, description: s.description })]),
  );
}

function booleanFields(t: InputFieldBuilder, self: AnyInputRef) {
  return {
    AND: t.field({ type: [self] as never, required: false, description: "Every condition holds." }),
    OR: t.field({ type: [self] as never, required: false, description: "At least one condition holds." }),
    NOT: t.field({ type: self as never, required: false, description: "The condition does not hold." }),
  };
}

const SourceWhere = ref("SourceWhere");
SourceWhere.implement({
  description: "A source that cites a relationship: its own fields, or a fact of the curated fact sheet it states.",
  fields: (t) => ({
    ...booleanFields(t, SourceWhere),
    ...scalarFields(t, SOURCE_SCALARS),
    fact: t.string({ required: false, description: "A fact-sheet id (F033 ...) the source states." }),
  }),
});

export const EntityWhere = ref("EntityWhere");
const ENTITY_BRANCHES = Object.fromEntries(Object.values(TYPE_BY_KIND).map((type) => [type[0].toLowerCase() + type.slice(1), type]));
EntityWhere.implement({
  description: "Any entity: common fields, its kind, and the where of its own type (`organization: {...}` holds for organizations that match).",
  fields: (t) => ({
    ...booleanFields(t, EntityWhere),
    id: t.field({ type: IdFilter, required: false }),
    kind: t.field({ type: ENUM_FILTERS.EntityKind, required: false }),
    ...scalarFields(t, COMMON_ENTITY),
    ...Object.fromEntries(Object.entries(ENTITY_BRANCHES).map(([field, type]) => [field, t.field({ type: ref(`${type}Where`), required: false })])),
  }),
});

for (const relType of Object.keys(RELATION_SCALARS)) {
  const self = ref(`${relType}Where`);
  self.implement({
    description: `Conditions on a ${relType} relationship: its qualifiers, period, sources and the entity at its other end.`,
    fields: (t) => ({
      ...booleanFields(t, self),
      ...scalarFields(t, { ...COMMON_RELATION, ...RELATION_SCALARS[relType] }),
      heldOn: t.field({ type: "Date", required: false, description: "Held on this day (undated bounds are open)." }),
      overlaps: t.field({ type: DateRangeInput, required: false, description: "Its period overlaps this interval (undated bounds are open)." }),
      during: t.field({ type: DateRangeInput, required: false, description: "Same as overlaps: it held at some time during this interval." }),
      source: t.field({ type: SourceWhere, required: false, description: "Cited by a source that matches." }),
      other: t.field({ type: EntityWhere, required: false, description: "The entity at the other end matches." }),
    }),
  });
  const list = ref(`${relType}ListWhere`);
  list.implement({
    description: `Quantifiers over an entity's ${relType} relationships of one field.`,
    fields: (t) => ({
      some: t.field({ type: self, required: false, description: "At least one matches." }),
      none: t.field({ type: self, required: false, description: "None matches." }),
      all: t.field({ type: self, required: false, description: "Every one matches (true when there are none)." }),
      exists: t.boolean({ required: false, description: "true: has at least one; false: has none." }),
    }),
  });
}

for (const type of Object.values(TYPE_BY_KIND)) {
  const self = ref(`${type}Where`);
  self.implement({
    description: `Conditions on a ${type}: AND/OR/NOT, its fields, and its relationships (some/none/all).`,
    fields: (t) => ({
      ...booleanFields(t, self),
      id: t.field({ type: IdFilter, required: false }),
      ...scalarFields(t, { ...COMMON_ENTITY, ...ENTITY_SCALARS[type] }),
      ...(type === "Organization" || type === "Mission"
        ? { authorityBasis: t.field({ type: AuthorityBasisEnum, required: false, description: "Acts on this basis." }) }
        : {}),
      ...(type === "Mission"
        ? {
            activeOn: t.field({ type: "Date", required: false, description: "Active on this day." }),
            during: t.field({ type: DateRangeInput, required: false, description: "Active at some time in this interval (undated bounds are open)." }),
          }
        : {}),
      ...Object.fromEntries(
        [...(RELATION_FIELDS.get(type) ?? new Map<string, RelationFieldSpec>())].map(([name, spec]) => [
          name,
          t.field({ type: ref(`${spec.relType}ListWhere`), required: false, description: spec.description }),
        ]),
      ),
    }),
  });
}

/** The scalar fields of an entity type's where (name -> column and type), for aggregates. */
export function entityScalarSpecs(typename: string): Record<string, { column: EntityColumn; type: ValueType }> {
  return { ...COMMON_ENTITY, ...ENTITY_SCALARS[typename] };
}

/** The relationship fields registered for an entity type so far. */
export function relationFieldSpecs(typename: string): Map<string, RelationFieldSpec> {
  return RELATION_FIELDS.get(typename) ?? new Map();
}

/** The where input of a relationship type (CooperationWhere ...). */
export const relationWhereInputOf = (relType: string) => ref(`${relType}Where`);

/** The where input of an entity type (OrganizationWhere ...). */
export const whereInputOf = (typename: string) => ref(`${typename}Where`);

// ---- inputs to condition trees

class Budget {
  nodes = 0;
  constructor(readonly argument: string) {}
  count(path: string) {
    if (++this.nodes > WHERE_LIMITS.nodes)
      throw badInput(this.argument, `has more than ${WHERE_LIMITS.nodes} conditions (at ${path}); split the question`);
  }
}

function scalarFilter(budget: Budget, path: string, type: ValueType, raw: unknown): ScalarFilter {
  const f = raw as ScalarFilter;
  for (const op of ["in", "notIn"] as const) {
    const list = f[op];
    if (list && list.length > WHERE_LIMITS.listItems)
      throw badInput(budget.argument, `${path}.${op} has ${list.length} values; at most ${WHERE_LIMITS.listItems}`);
  }
  for (const op of ["equals", "not", "contains", "startsWith"] as const) {
    const v = f[op];
    if (typeof v === "string" && v.length > WHERE_LIMITS.textLength)
      throw badInput(budget.argument, `${path}.${op} is longer than ${WHERE_LIMITS.textLength} characters`);
  }
  for (const op of ["in", "notIn"] as const)
    for (const v of f[op] ?? [])
      if (typeof v === "string" && v.length > WHERE_LIMITS.textLength)
        throw badInput(budget.argument, `${path}.${op} holds a value longer than ${WHERE_LIMITS.textLength} characters`);
  const kept = Object.fromEntries(Object.entries(f).filter(([, v]) => v != null)) as ScalarFilter;
  if (!Object.keys(kept).length) throw badInput(budget.argument, `${path} names no operator`);
  if (type === "text" || type === "enum") return kept;
  return kept;
}

function boolean<C>(budget: Budget, path: string, input: WhereInput, recurse: (i: WhereInput, p: string) => C): C[] {
  const out: C[] = [];
  const and = input.AND as WhereInput[] | null | undefined;
  const or = input.OR as WhereInput[] | null | undefined;
  const not = input.NOT as WhereInput | null | undefined;
  for (const [name, list] of [["AND", and], ["OR", or]] as const) {
    if (!list) continue;
    if (list.length > WHERE_LIMITS.listItems) throw badInput(budget.argument, `${path}.${name} has more than ${WHERE_LIMITS.listItems} items`);
    const items = list.map((i, k) => recurse(i, `${path}.${name}[${k}]`));
    out.push({ op: name === "AND" ? "and" : "or", items } as C);
  }
  if (not) out.push({ op: "not", item: recurse(not, `${path}.NOT`) } as C);
  return out;
}

function idFilter(budget: Budget, path: string, raw: unknown, kind?: EntityKind): EntityCond {
  const f = raw as { equals?: string | null; in?: string[] | null };
  const ids = [...(f.equals != null ? [f.equals] : []), ...(f.in ?? [])];
  if (ids.length > WHERE_LIMITS.listItems) throw badInput(budget.argument, `${path}.in has more than ${WHERE_LIMITS.listItems} ids`);
  const numbers = ids
    .map((g) => decodeId(g, `${budget.argument}.${path}`))
    .filter((d) => !kind || KIND_BY_TYPE[d.typename] === kind)
    .map((d) => Number(d.id));
  const filter: ScalarFilter = f.in != null ? { in: numbers } : numbers.length ? { equals: numbers[0] } : { in: [] };
  return { op: "scalar", column: "id", type: "int", filter };
}

/** An entity where input (of type `typename`, or the generic EntityWhere when null) as a condition tree. */
function entityCondOf(budget: Budget, typename: string | null, input: WhereInput, path: string): EntityCond {
  budget.count(path);
  const parts: EntityCond[] = boolean(budget, path, input, (i, p) => entityCondOf(budget, typename, i, p));
  const kind = typename ? KIND_BY_TYPE[typename] : undefined;
  const scalars = { ...COMMON_ENTITY, ...(typename ? ENTITY_SCALARS[typename] : {}) };
  const relations = typename ? RELATION_FIELDS.get(typename) : undefined;
  for (const [name, value] of Object.entries(input)) {
    if (value == null || name === "AND" || name === "OR" || name === "NOT") continue;
    const at = `${path}.${name}`;
    if (name === "id") parts.push(idFilter(budget, at, value, kind));
    else if (name === "kind") parts.push({ op: "scalar", column: "kind", type: "enum", filter: scalarFilter(budget, at, "enum", value) });
    else if (name === "authorityBasis") parts.push({ op: "has", column: "authorityBases", value: String(value) });
    else if (name === "activeOn") parts.push({ op: "activeOn", date: value as Date });
    else if (name === "during") parts.push({ op: "during", ...dateRange(value as DateRange, budget.argument, at) });
    else if (scalars[name]) {
      const s = scalars[name];
      parts.push({ op: "scalar", column: s.column, type: s.type, filter: scalarFilter(budget, at, s.type, value) });
    } else if (!typename && ENTITY_BRANCHES[name]) {
      const type = ENTITY_BRANCHES[name];
      parts.push({ op: "and", items: [{ op: "kind", kinds: [KIND_BY_TYPE[type]] }, entityCondOf(budget, type, value as WhereInput, at)] });
    } else if (relations?.has(name)) {
      parts.push(...relationPredicates(budget, relations.get(name)!, value as WhereInput, at));
    } else throw badInput(budget.argument, `${at} is not a condition of ${typename ?? "Entity"}`);
  }
  return parts.length === 1 ? parts[0] : { op: "and", items: parts };
}

function relationPredicates(budget: Budget, spec: RelationFieldSpec, input: WhereInput, path: string): EntityCond[] {
  const out: EntityCond[] = [];
  const base = { op: "rel" as const, kinds: spec.kinds, direction: spec.direction };
  for (const q of ["some", "none", "all"] as const) {
    const w = input[q] as WhereInput | null | undefined;
    if (w == null) continue;
    out.push({ ...base, quantifier: q, where: relationCondOf(budget, spec.relType, w, `${path}.${q}`) });
  }
  if (input.exists != null) out.push({ ...base, quantifier: input.exists ? "some" : "none", where: null });
  if (!out.length) throw badInput(budget.argument, `${path} names no quantifier (some, none, all or exists)`);
  return out;
}

function relationCondOf(budget: Budget, relType: string, input: WhereInput, path: string): RelationCond {
  budget.count(path);
  const parts: RelationCond[] = boolean(budget, path, input, (i, p) => relationCondOf(budget, relType, i, p));
  const scalars = { ...COMMON_RELATION, ...RELATION_SCALARS[relType] };
  for (const [name, value] of Object.entries(input)) {
    if (value == null || name === "AND" || name === "OR" || name === "NOT") continue;
    const at = `${path}.${name}`;
    if (name === "heldOn") parts.push({ op: "heldOn", date: value as Date });
    else if (name === "overlaps" || name === "during") parts.push({ op: "overlaps", ...dateRange(value as DateRange, budget.argument, at) });
    else if (name === "source") parts.push({ op: "source", where: sourceCondOf(budget, value as WhereInput, at) });
    else if (name === "other") parts.push({ op: "other", where: entityCondOf(budget, null, value as WhereInput, at) });
    else if (scalars[name]) {
      const s = scalars[name];
      const filter = scalarFilter(budget, at, s.type, value);
      // Qualifier values are checked against the data before the tree runs (src/read/qualifiers.ts).
      const origin = s.column === "subtype" ? { argument: budget.argument, path: at } : undefined;
      parts.push({ op: "scalar", column: s.column, type: s.type, filter, ...(origin && { origin }) });
    } else throw badInput(budget.argument, `${at} is not a condition of ${relType}`);
  }
  return parts.length === 1 ? parts[0] : { op: "and", items: parts };
}

interface DateRange {
  from?: Date | null;
  to?: Date | null;
}

/** A DateRangeInput as bounds (null: open), refused when inverted. `at` names it inside `argument`. */
export function dateRange(value: DateRange, argument: string, at = argument): { from: Date | null; to: Date | null } {
  const { from, to } = value;
  if (from && to && from.getTime() > to.getTime()) throw badInput(argument, `${at}: 'from' is after 'to'`);
  return { from: from ?? null, to: to ?? null };
}

/**
 * A relationship list's `where` and `during` arguments as one condition tree (`during` is `overlaps`); null when
 * neither says anything.
 */
export function relationListCondition(relType: string, where: WhereInput | null | undefined, during: DateRange | null | undefined): RelationCond | null {
  const cond = relationCondition(relType, where);
  if (!during) return cond;
  const overlaps: RelationCond = { op: "overlaps", ...dateRange(during, "during") };
  return cond ? { op: "and", items: [cond, overlaps] } : overlaps;
}

function sourceCondOf(budget: Budget, input: WhereInput, path: string): SourceCond {
  budget.count(path);
  const parts: SourceCond[] = boolean(budget, path, input, (i, p) => sourceCondOf(budget, i, p));
  for (const [name, value] of Object.entries(input)) {
    if (value == null || name === "AND" || name === "OR" || name === "NOT") continue;
    const at = `${path}.${name}`;
    if (name === "fact") {
      if (!/^F\d{1,5}$/.test(String(value))) throw badInput(budget.argument, `${at}: a fact id looks like F033`);
      parts.push({ op: "fact", id: String(value) });
    } else if (SOURCE_SCALARS[name]) {
      const s = SOURCE_SCALARS[name];
      parts.push({ op: "scalar", column: s.column, type: s.type, filter: scalarFilter(budget, at, s.type, value) });
    } else throw badInput(budget.argument, `${at} is not a condition of Source`);
  }
  return parts.length === 1 ? parts[0] : { op: "and", items: parts };
}

/**
 * A `where` argument of an entity type as a condition tree, validated (known fields, list sizes, text lengths,
 * intervals, depth); null when empty. `argument` names it in errors.
 */
export function entityCondition(typename: string, input: WhereInput | null | undefined, argument = "where"): EntityCond | null {
  if (!input || !Object.values(input).some((v) => v != null)) return null;
  const cond = entityCondOf(new Budget(argument), typename, input, argument);
  const depth = conditionDepth(cond);
  if (depth > WHERE_LIMITS.depth) throw badInput(argument, `nests ${depth} levels; at most ${WHERE_LIMITS.depth}`);
  return cond;
}



/** A `where` argument of a relationship list (of type `relType`) as a condition tree; null when empty. */
export function relationCondition(relType: string, input: WhereInput | null | undefined, argument = "where"): RelationCond | null {
  if (!input || !Object.values(input).some((v) => v != null)) return null;
  const cond = relationCondOf(new Budget(argument), relType, input, argument);
  const depth = conditionDepth(cond);
  if (depth > WHERE_LIMITS.depth) throw badInput(argument, `nests ${depth} levels; at most ${WHERE_LIMITS.depth}`);
  return cond;
}
