// The benchmark's scenarios: one GraphQL document each, and the variables its requests cycle through. The floor
// server (floor.ts) answers the same variables with the same JSON; PostGraphile (postgraphile.ts, PostgreSQL only)
// answers its closest equivalent document, and `comparable` projects both answers onto the data they share.

export type ScenarioName =
  | "traversal"
  | "traversalGeneric"
  | "filtered"
  | "predicate"
  | "groupBy"
  | "nestedGroupBy"
  | "search"
  | "paths"
  | "lookup"
  | "lookupSlug"
  | "typename";

type Vars = Record<string, unknown>;
// Answers are plain JSON; the projections below only read them.
type Json = any;

export interface Scenario {
  name: ScenarioName;
  title: string;
  query: string;
  /** Nesting depth of the document's selection (for the statements ≤ depth target). */
  depth: number;
  /** PostGraphile 5's closest equivalent, or why there is none (docs/benchmarks.md lists each pair). */
  postgraphile: { query: string; variables?: (v: Vars) => Vars; note: string } | { none: string };
  /** Projections of our answer and PostGraphile's onto the data both carry; absent when they do not carry the same. */
  comparable?: { ours: (data: Json) => unknown; postgraphile: (data: Json) => unknown };
}

const day = (d: string | null) => (d == null ? null : d.slice(0, 10));
const rowIdOf = (id: unknown) => Number(Buffer.from(String(id), "base64").toString("utf8").split(":")[1]);

/** PostGraphile's 3-level traversal: outgoing COOPERATES_WITH relations (it has no union of both directions). */
const PGL_TRAVERSAL = `query Traversal($first: Int!) {
  allEntities(condition: { kind: "ORGANIZATION", retiredAt: null }, orderBy: [NAME_ASC, ROW_ID_ASC], first: $first) { nodes { slug name
    relationsByFromId(condition: { kind: "COOPERATES_WITH" }, orderBy: [VALID_FROM_ASC, ROW_ID_ASC], first: $first) { nodes { validFrom entityByToId { slug name
      relationsByFromId(condition: { kind: "COOPERATES_WITH" }, orderBy: [VALID_FROM_ASC, ROW_ID_ASC], first: $first) { nodes { validFrom entityByToId { slug name } } } } } } } }
}`;

export const SCENARIOS: Scenario[] = [
  {
    name: "traversal",
    title: "(a) nested traversal, typed: cooperations(first:10), 3 list levels",
    depth: 7,
    query: `query Traversal($first: Int!) {
  organizations(first: $first) { edges { node { slug name
    cooperations(first: $first) { since partner { slug name
      cooperations(first: $first) { since partner { slug name } } } } } } }
}`,
    postgraphile: {
      query: PGL_TRAVERSAL,
      note: "relationsByFromId(condition: { kind: COOPERATES_WITH }) → entityByToId, twice: outgoing relations only (a cooperation is listed from both ends in our API; PostGraphile follows foreign keys one way), so it is the cheaper question; answers not compared",
    },
  },
  {
    name: "traversalGeneric",
    title: "(a′) nested traversal, generic: relations(direction: OUT, kinds: [COOPERATES_WITH], first:10), 3 list levels",
    depth: 7,
    query: `query TraversalGeneric($first: Int!) {
  organizations(first: $first) { edges { node { slug name
    relations(direction: OUT, kinds: [COOPERATES_WITH], first: $first) { since to { slug name
      relations(direction: OUT, kinds: [COOPERATES_WITH], first: $first) { since to { slug name } } } } } } }
}`,
    postgraphile: { query: PGL_TRAVERSAL, note: "the same question: outgoing COOPERATES_WITH relations, ordered by validFrom, id" },
    comparable: {
      ours: (d) =>
        d.organizations.edges.map((e: Json) => [
          e.node.slug,
          e.node.relations.map((r: Json) => [day(r.since), r.to.slug, r.to.relations.map((x: Json) => [day(x.since), x.to.slug])]),
        ]),
      postgraphile: (d) =>
        d.allEntities.nodes.map((n: Json) => [
          n.slug,
          n.relationsByFromId.nodes.map((r: Json) => [
            day(r.validFrom),
            r.entityByToId.slug,
            r.entityByToId.relationsByFromId.nodes.map((x: Json) => [day(x.validFrom), x.entityByToId.slug]),
          ]),
        ]),
    },
  },
  {
    name: "filtered",
    title: "(b) filtered, paginated list with totalCount",
    depth: 4,
    query: `query Filtered($year: Int!, $first: Int!) {
  missions(filter: { activeIn: $year }, first: $first) { totalCount edges { node { slug name startDate endDate } } }
}`,
    postgraphile: {
      query: `query Filtered($year: Int!, $first: Int!) {
  allEntities(condition: { kind: "MISSION", retiredAt: null, activeIn: $year }, orderBy: [NAME_ASC, ROW_ID_ASC], first: $first) { totalCount nodes { slug name startDate endDate } }
}`,
      note: "allEntities(condition:) with an `activeIn` condition added by a condition plugin (postgraphile.ts)",
    },
    comparable: {
      ours: (d) => [d.missions.totalCount, d.missions.edges.map((e: Json) => [e.node.slug, day(e.node.startDate), day(e.node.endDate)])],
      postgraphile: (d) => [d.allEntities.totalCount, d.allEntities.nodes.map((n: Json) => [n.slug, day(n.startDate), day(n.endDate)])],
    },
  },
  {
    name: "predicate",
    title: "(f) relationship predicate: organizations with a cooperation of a kind begun before a day, + totalCount",
    depth: 4,
    query: `query Predicate($kind: String!, $before: Date!, $first: Int!) {
  organizations(where: { cooperations: { some: { cooperationKind: { equals: $kind }, validFrom: { lt: $before } } } }, first: $first) {
    totalCount edges { node { slug name } } }
}`,
    postgraphile: {
      query: `query Predicate($kind: String!, $before: Datetime!, $first: Int!) {
  allEntities(condition: { kind: "ORGANIZATION", retiredAt: null, cooperation: { kind: $kind, validFromBefore: $before } }, orderBy: [NAME_ASC, ROW_ID_ASC], first: $first) {
    totalCount nodes { slug name } }
}`,
      note: "allEntities(condition:) with a `cooperation: { kind, validFromBefore }` condition (an EXISTS over both directions) added by a condition plugin; PostGraphile has no relationship predicates without the connection-filter plugin",
    },
    comparable: {
      ours: (d) => [d.organizations.totalCount, d.organizations.edges.map((e: Json) => e.node.slug)],
      postgraphile: (d) => [d.allEntities.totalCount, d.allEntities.nodes.map((n: Json) => n.slug)],
    },
  },
  {
    name: "groupBy",
    title: "(g) root groupBy: organizationsAggregate { count groupBy(by:, first:10) } by a field, a decade, the cooperation partner",
    depth: 3,
    query: `query GroupBy($by: OrganizationGroupKey!) {
  organizationsAggregate { count groupBy(by: $by, first: 10) { key count } }
}`,
    postgraphile: { none: "no aggregates without @graphile/pg-aggregates (not installed)" },
  },
  {
    name: "nestedGroupBy",
    title: "(g′) nested groupBy: a page of organizations, each with cooperationsAggregate { count groupBy(by:, first:10) }",
    depth: 5,
    query: `query NestedGroupBy($first: Int!, $by: CooperationGroupKey!) {
  organizations(first: $first) { edges { node { slug
    cooperationsAggregate { count groupBy(by: $by, first: 10) { key count } } } } }
}`,
    postgraphile: { none: "no aggregates without @graphile/pg-aggregates (not installed)" },
  },
  {
    name: "search",
    title: "(c) search, first:10",
    depth: 4,
    query: `query Search($q: String!, $first: Int!) {
  search(query: $q, first: $first) { totalCount edges { score node { slug name } } }
}`,
    postgraphile: { none: "no full-text search in PostGraphile's schema over these tables" },
  },
  {
    name: "paths",
    title: "(d) shortest path, 2–4 hops, maxHops:4",
    depth: 3,
    query: `query Paths($from: ID!, $to: ID!, $maxHops: Int!) {
  paths(from: $from, to: $to, maxHops: $maxHops) { length nodes { slug } }
}`,
    postgraphile: { none: "no graph search in PostGraphile" },
  },
  {
    name: "lookup",
    title: "(e) lookup by id, node(id:)",
    depth: 2,
    query: `query Lookup($id: ID!) {
  node(id: $id) { id ... on Organization { slug name acronym foundedYear } }
}`,
    postgraphile: {
      query: `query Lookup($rowId: Int!) {
  entityByRowId(rowId: $rowId) { id slug name acronym foundedYear }
}`,
      variables: (v) => ({ rowId: rowIdOf(v.id) }),
      note: "entityByRowId(rowId:) (its own global ids encode the table, not our type)",
    },
    comparable: {
      ours: (d) => d.node && [d.node.slug, d.node.name, d.node.acronym, d.node.foundedYear],
      postgraphile: (d) => d.entityByRowId && [d.entityByRowId.slug, d.entityByRowId.name, d.entityByRowId.acronym, d.entityByRowId.foundedYear],
    },
  },
  {
    name: "lookupSlug",
    title: "(e′) lookup by slug, organization(slug:)",
    depth: 2,
    query: `query LookupSlug($slug: String!) {
  organization(slug: $slug) { id slug name acronym foundedYear }
}`,
    postgraphile: {
      query: `query LookupSlug($slug: String!) {
  entityByKindAndSlug(kind: "ORGANIZATION", slug: $slug) { id slug name acronym foundedYear }
}`,
      note: "entityByKindAndSlug, from a smart tag declaring Prisma's unique index (kind, slug) unique",
    },
    comparable: {
      ours: (d) => d.organization && [d.organization.slug, d.organization.name, d.organization.acronym, d.organization.foundedYear],
      postgraphile: (d) =>
        d.entityByKindAndSlug && [d.entityByKindAndSlug.slug, d.entityByKindAndSlug.name, d.entityByKindAndSlug.acronym, d.entityByKindAndSlug.foundedYear],
    },
  },
  {
    name: "typename",
    title: "(h) { __typename }: the cost of the request pipeline alone",
    depth: 1,
    query: `{ __typename }`,
    postgraphile: { query: `{ __typename }`, note: "the same document" },
    comparable: { ours: (d) => d, postgraphile: (d) => d },
  },
];

export const SEARCH_QUERIES = ["europol", "interpol", "europl", "eurojust", "frontex", "maritime police", "unpol", "afripol", "border agency", "cyber"];
export const YEARS = [1995, 2000, 2005, 2010, 2015, 2020];
/** Relationship-predicate variables: a cooperation kind and a day it began before. */
export const PREDICATES = [
  { kind: "AGREEMENT", before: "2010-01-01" },
  { kind: "MEMORANDUM", before: "2000-01-01" },
  { kind: "LIAISON", before: "1980-01-01" },
  { kind: "PRACTICE", before: "2020-01-01" },
];
export const GROUP_KEYS = ["SOVEREIGNTY_MODEL", "FOUNDED_YEAR_DECADE", "COOPERATIONS"];
/** Keys of the nested groupBy: a qualifier and a date part of the relationship. */
export const NESTED_GROUP_KEYS = ["COOPERATION_KIND", "VALID_FROM_DECADE"];
