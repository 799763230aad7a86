// The benchmark's scenarios: one GraphQL document each, and the variables its requests cycle through. The floor
// server (floor.ts) answers the same variables with the same JSON.

export interface Scenario {
  name: "traversal" | "filtered" | "search" | "paths" | "lookup";
  title: string;
  query: string;
  /** Nesting depth of the document's selection (for the statements ≤ depth target). */
  depth: number;
}

export const SCENARIOS: Scenario[] = [
  {
    name: "traversal",
    title: "(a) nested traversal, 3 list levels of first:10",
    depth: 7,
    query: `query Traversal($first: Int!) {
  organizations(first: $first) { edges { node { slug name
    cooperations(first: $first) { since partner { slug name
      cooperations(first: $first) { since partner { slug name } } } } } } }
}`,
  },
  {
    name: "filtered",
    title: "(b) filtered, paginated list with totalCount",
    depth: 4,
    query: `query Filtered($year: Int!, $first: Int!) {
  missions(filter: { activeIn: $year }, first: $first) { totalCount edges { node { slug name startDate endDate } } }
}`,
  },
  {
    name: "search",
    title: "(c) search, first:10",
    depth: 4,
    query: `query Search($q: String!, $first: Int!) {
  search(query: $q, first: $first) { totalCount edges { score node { slug name } } }
}`,
  },
  {
    name: "paths",
    title: "(d) shortest path, 2–4 hops, maxHops:4",
    depth: 3,
    query: `query Paths($from: ID!, $to: ID!, $maxHops: Int!) {
  paths(from: $from, to: $to, maxHops: $maxHops) { length nodes { slug } }
}`,
  },
  {
    name: "lookup",
    title: "(e) lookup by id, node(id:)",
    depth: 2,
    query: `query Lookup($id: ID!) {
  node(id: $id) { id ... on Organization { slug name acronym foundedYear } }
}`,
  },
];

export const SEARCH_QUERIES = ["europol", "interpol", "europl", "eurojust", "frontex", "maritime police", "unpol", "afripol", "border agency", "cyber"];
export const YEARS = [1995, 2000, 2005, 2010, 2015, 2020];
