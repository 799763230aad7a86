// Which columns a relationship list's selection needs, so the relation window (relation-window.ts) reads those and
// not all 22 Relation and 35 Entity columns of every row: on a traversal that returns a thousand relationships,
// turning unused text columns into JavaScript strings costs more than finding the rows.
//
// The answer comes from the field's selection set (fragments and aliases included) and the schema: a selected
// field named like a column needs that column; a few renamed fields are mapped below; a field returning an entity
// (partner, member, from ...) needs both ends' ids plus, for the other end's row, the columns of its own selection;
// lists of relationships, sources, citations and claims need only the id. Any other field needs every column, so
// a field added later is correct before it is fast. Computed once per field node of a parsed document (Yoga caches
// parsed documents, so repeated operations reuse it).
import {
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import { ENTITY, RELATION } from "./rows.js";

export interface ColumnNeed {
  /** Relation columns to read (always including id, kind, fromId, toId, validFrom). */
  relation: string[];
  /** The other end's columns (always including id and kind); null: the selection reads no entity. */
  other: string[] | null;
  /** A stable signature, for batching equal needs into one statement. */
  key: string;
}

const RELATION_ALIASES: Record<string, string[]> = {
  id: ["id", "kind"],
  since: ["validFrom"],
  until: ["validTo"],
  cooperationKind: ["subtype"],
  status: ["subtype"],
  role: ["subtype"],
  focus: ["subtype"],
  oversightKind: ["subtype"],
  relationship: ["subtype"],
  how: ["description"],
  instrument: ["viaId", "agreement"],
  via: ["viaId"],
  sources: ["id"],
  citations: ["id"],
  facts: ["id"],
  __typename: ["kind"],
};

const ENTITY_ALIASES: Record<string, string[]> = {
  id: ["id", "kind"],
  organizationKind: ["orgKind"],
  code: ["isoAlpha2"],
  alpha3: ["isoAlpha3"],
  numericCode: ["isoNumeric"],
  sources: ["id"],
  citations: ["id"],
  claims: ["id"],
  __typename: ["kind"],
};

const RELATION_ALWAYS = ["id", "kind", "fromId", "toId", "validFrom"];
const ENTITY_ALWAYS = ["id", "kind"];

interface Collected {
  columns: Set<string>;
  all: boolean;
}

function implementsInterface(schema: GraphQLSchema, type: GraphQLCompositeType, name: string) {
  if (type.name === name) return true;
  if (isObjectType(type) || isInterfaceType(type)) return type.getInterfaces().some((i) => i.name === name);
  void schema;
  return false;
}

/** Every field selected on `type` through `set` (fragments followed), each with its definition's named type. */
function* fieldsOf(
  schema: GraphQLSchema,
  type: GraphQLCompositeType,
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
): Generator<{ name: string; typeName: string | null; set?: SelectionSetNode; on: GraphQLCompositeType }> {
  if (!set) return;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const name = sel.name.value;
      let typeName: string | null = null;
      if (name !== "__typename" && (isObjectType(type) || isInterfaceType(type))) {
        const def = type.getFields()[name];
        typeName = def ? getNamedType(def.type).name : null;
      }
      yield { name, typeName, set: sel.selectionSet, on: type };
    } else {
      const frag = sel.kind === Kind.INLINE_FRAGMENT ? sel : fragments[sel.name.value];
      if (!frag) continue;
      const cond = frag.typeCondition ? (schema.getType(frag.typeCondition.name.value) as GraphQLCompositeType | undefined) : type;
      yield* fieldsOf(schema, cond ?? type, frag.selectionSet, fragments);
    }
  }
}

function isEntityType(schema: GraphQLSchema, typeName: string | null) {
  const t = typeName ? schema.getType(typeName) : null;
  return !!t && (isObjectType(t) || isInterfaceType(t)) && implementsInterface(schema, t, "Entity");
}

function isListOfRecords(schema: GraphQLSchema, typeName: string | null) {
  if (!typeName) return false;
  if (typeName === "Source" || typeName === "Citation" || typeName === "Claim") return true;
  const t = schema.getType(typeName);
  return !!t && (isObjectType(t) || isInterfaceType(t)) && implementsInterface(schema, t, "Relationship");
}

function entityColumns(
  schema: GraphQLSchema,
  type: GraphQLCompositeType,
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  out: Collected,
) {
  for (const f of fieldsOf(schema, type, set, fragments)) {
    const mapped = ENTITY_ALIASES[f.name] ?? (ENTITY.all.includes(f.name) ? [f.name] : null);
    if (mapped) mapped.forEach((c) => out.columns.add(c));
    else if (isListOfRecords(schema, f.typeName)) out.columns.add("id");
    else out.all = true;
  }
}

const cache = new WeakMap<object, ColumnNeed>();

/** The columns a relationship list field's selection needs (see the top of this file). */
export function columnNeed(info: GraphQLResolveInfo): ColumnNeed {
  return columnNeedOf(info.schema, info.fragments, getNamedType(info.returnType) as GraphQLCompositeType, info.fieldNodes);
}

function columnNeedOf(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  relType: GraphQLCompositeType,
  fieldNodes: readonly FieldNode[],
): ColumnNeed {
  const node = fieldNodes[0];
  const cached = fieldNodes.length === 1 ? cache.get(node) : undefined;
  if (cached) return cached;
  const rel: Collected = { columns: new Set(RELATION_ALWAYS), all: false };
  let other: Collected | null = null;
  for (const fieldNode of fieldNodes) {
    for (const f of fieldsOf(schema, relType, fieldNode.selectionSet, fragments)) {
      if (isEntityType(schema, f.typeName)) {
        rel.columns.add("fromId").add("toId");
        if (f.name === "via" || f.name === "instrument") rel.columns.add("viaId");
        other ??= { columns: new Set(ENTITY_ALWAYS), all: false };
        const t = schema.getType(f.typeName!) as GraphQLCompositeType;
        entityColumns(schema, t, f.set, fragments, other);
        continue;
      }
      const mapped = RELATION_ALIASES[f.name] ?? (RELATION.all.includes(f.name) ? [f.name] : null);
      if (mapped) mapped.forEach((c) => rel.columns.add(c));
      else rel.all = true;
    }
  }
  const relation = rel.all ? RELATION.all : RELATION.all.filter((c) => rel.columns.has(c));
  const otherCols = other ? (other.all ? ENTITY.all : ENTITY.all.filter((c) => other.columns.has(c))) : null;
  const need = { relation, other: otherCols, key: `${relation.join(",")}|${otherCols?.join(",") ?? "-"}` };
  if (fieldNodes.length === 1) cache.set(node, need);
  return need;
}

/** What relationField (schema/relationship.ts) records on its fields, so a parent level can read the next one. */
export interface RelationFieldSpec {
  kinds: string[];
  direction: "OUT" | "IN" | "BOTH";
}

/**
 * What the generic `Entity.relations` records instead (extension `relationSpec: GENERIC_RELATIONS`): its kinds
 * and direction are its arguments, read with `genericSpec` (the same defaults its resolver applies).
 */
export const GENERIC_RELATIONS = "generic";

export function genericSpec(args: { kinds?: readonly string[] | null; direction?: string | null }, allKinds: readonly string[]): RelationFieldSpec {
  return { kinds: [...(args.kinds?.length ? new Set(args.kinds) : allKinds)].sort(), direction: (args.direction ?? "BOTH") as RelationFieldSpec["direction"] };
}

/** The next level of a relationship list, read together with it (relation-window.ts, PostgreSQL). */
export interface NestedLevel extends RelationFieldSpec {
  asOf: Date | null;
  limit: number;
  need: ColumnNeed;
  key: string;
}

/**
 * When a relationship list's selection reaches, through the other end (partner, organization ...), exactly one
 * more relationship list with no list below it (`cooperations { partner { cooperations(first: 10) { ... } } }`, or
 * a generic `relations(kinds:, direction:, first:)`),
 * that list's spec, arguments and column need: the two levels can then be read in one statement. Null otherwise.
 * `limitOf` turns the nested field's `first` into its limit (the same validation its resolver applies).
 */
export function nestedLevel(
  info: GraphQLResolveInfo,
  limitOf: (first: number | null | undefined) => number,
  /** Every relation kind: what a generic `relations` without `kinds` reads. */
  allKinds: readonly string[],
): NestedLevel | null {
  // The answer depends on the field nodes and the request's variables only: once per field node and request, not
  // once per parent (a traversal's second level has a hundred parents).
  const node = info.fieldNodes[0];
  const cached = info.fieldNodes.length === 1 ? nestedCache.get(node) : undefined;
  if (cached && cached.variables === info.variableValues && cached.limitOf === limitOf) return cached.level;
  const level = nestedLevelOf(info, limitOf, allKinds);
  if (info.fieldNodes.length === 1) nestedCache.set(node, { variables: info.variableValues, limitOf, level });
  return level;
}

const nestedCache = new WeakMap<FieldNode, { variables: object; limitOf: unknown; level: NestedLevel | null }>();

function nestedLevelOf(
  info: GraphQLResolveInfo,
  limitOf: (first: number | null | undefined) => number,
  allKinds: readonly string[],
): NestedLevel | null {
  const { schema, fragments } = info;
  const relType = getNamedType(info.returnType) as GraphQLCompositeType;
  // The other-end fields' selections, then the relationship lists in them, by response key.
  const lists = new Map<string, { on: GraphQLCompositeType; nodes: FieldNode[] }>();
  for (const fieldNode of info.fieldNodes)
    for (const f of fieldsOf(schema, relType, fieldNode.selectionSet, fragments)) {
      if (!isEntityType(schema, f.typeName)) continue;
      const endType = schema.getType(f.typeName!) as GraphQLCompositeType;
      for (const g of fieldNodesOf(schema, endType, f.set, fragments)) {
        const def = (isObjectType(g.on) || isInterfaceType(g.on)) && g.on.getFields()[g.node.name.value];
        if (!def || !def.extensions?.relationSpec) continue;
        const key = g.node.alias?.value ?? g.node.name.value;
        const entry = lists.get(key) ?? lists.set(key, { on: g.on, nodes: [] }).get(key)!;
        entry.nodes.push(g.node);
      }
    }
  if (lists.size !== 1) return null;
  const [{ on, nodes }] = lists.values();
  if (!isObjectType(on) && !isInterfaceType(on)) return null;
  const def = on.getFields()[nodes[0].name.value];
  // Every occurrence must ask the same arguments, and nothing below may be another list.
  const args = nodes.map((n) => getArgumentValues(def, n, info.variableValues));
  const same = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    (a.first ?? null) === (b.first ?? null) &&
    String(a.asOf ?? "") === String(b.asOf ?? "") &&
    String(a.kinds ?? "") === String(b.kinds ?? "") &&
    (a.direction ?? null) === (b.direction ?? null);
  if (!args.every((a) => same(a, args[0]))) return null;
  const spec =
    def.extensions.relationSpec === GENERIC_RELATIONS
      ? genericSpec(args[0] as { kinds?: string[] | null; direction?: string | null }, allKinds)
      : (def.extensions.relationSpec as RelationFieldSpec);
  // A filtered next level is read through the planner (src/read/relation-list.ts), not with this one.
  // The two-level read applies only the default `undated` rule.
  if (args.some((a) => a.where != null || (a.undated ?? "INCLUDE") !== "INCLUDE")) return null;
  const innerType = getNamedType(def.type) as GraphQLCompositeType;
  const need = columnNeedOf(schema, fragments, innerType, nodes);
  for (const n of nodes)
    for (const f of fieldsOf(schema, innerType, n.selectionSet, fragments)) {
      if (!isEntityType(schema, f.typeName)) continue;
      // A third level of relationship lists: the second level would read it with itself, under another key.
      for (const g of fieldNodesOf(schema, schema.getType(f.typeName!) as GraphQLCompositeType, f.set, fragments)) {
        const d = (isObjectType(g.on) || isInterfaceType(g.on)) && g.on.getFields()[g.node.name.value];
        if (d && d.extensions?.relationSpec) return null;
      }
    }
  // Only when the nested field will be answered from this read: its resolver asks the loader for exactly this key.
  if (nodes.length !== 1) return null;
  let limit: number;
  try {
    limit = limitOf(args[0].first as number | null | undefined);
  } catch {
    // A bad `first` is the nested field's error, reported at its own path by its own resolver.
    return null;
  }
  const asOf = (args[0].asOf as Date | null | undefined) ?? null;
  return {
    ...spec,
    asOf,
    limit,
    need,
    key: `${spec.kinds.join(",")}|${spec.direction}|${asOf?.toISOString() ?? ""}|${limit}|${need.key}`,
  };
}

/** The field nodes selected on `type` through `set`, with the type each is selected on (fragments followed). */
function* fieldNodesOf(
  schema: GraphQLSchema,
  type: GraphQLCompositeType,
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
): Generator<{ node: FieldNode; on: GraphQLCompositeType }> {
  if (!set) return;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) yield { node: sel, on: type };
    else {
      const frag = sel.kind === Kind.INLINE_FRAGMENT ? sel : fragments[sel.name.value];
      if (!frag) continue;
      const cond = frag.typeCondition ? (schema.getType(frag.typeCondition.name.value) as GraphQLCompositeType | undefined) : type;
      yield* fieldNodesOf(schema, cond ?? type, frag.selectionSet, fragments);
    }
  }
}

/** Reading whole rows (what callers without a selection get). */
export const ALL_COLUMNS: ColumnNeed = { relation: RELATION.all, other: ENTITY.all, key: "*" };

const entityCache = new WeakMap<object, Record<string, true> | null>();

/**
 * A Prisma `select` of the Entity columns a root lookup or connection's selection reads (for a connection, under
 * `edges.node` and `nodes`); null when it reads a field that may need any column (then read whole rows).
 */
export function entitySelect(info: GraphQLResolveInfo, connection: boolean): Record<string, true> | null {
  const node = info.fieldNodes[0];
  if (info.fieldNodes.length === 1 && entityCache.has(node)) return entityCache.get(node)!;
  const { schema, fragments } = info;
  const out: Collected = { columns: new Set(ENTITY_ALWAYS), all: false };
  const type = getNamedType(info.returnType) as GraphQLCompositeType;
  for (const fieldNode of info.fieldNodes) {
    if (!connection) {
      entityColumns(schema, type, fieldNode.selectionSet, fragments, out);
      continue;
    }
    for (const f of fieldsOf(schema, type, fieldNode.selectionSet, fragments)) {
      const t = f.typeName ? (schema.getType(f.typeName) as GraphQLCompositeType) : null;
      if (f.name === "nodes" && t) entityColumns(schema, t, f.set, fragments, out);
      else if (f.name === "edges" && t)
        for (const g of fieldsOf(schema, t, f.set, fragments)) {
          if (g.name === "node" && g.typeName) entityColumns(schema, schema.getType(g.typeName) as GraphQLCompositeType, g.set, fragments, out);
        }
    }
  }
  const select = out.all ? null : Object.fromEntries([...out.columns].map((c) => [c, true as const]));
  if (info.fieldNodes.length === 1) entityCache.set(node, select);
  return select;
}
