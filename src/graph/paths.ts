// Path finding over an abstract, lazily loaded graph: no database or GraphQL here. The caller supplies
// `neighbours(ids)`, which returns every edge incident to each of the given nodes (one batched read per call);
// edges are traversed in both directions. Every search is bounded: by hops, and by caps on the frontier size, the
// nodes visited and the edges held, so a hub or a huge graph gives a clear GraphLimitError, never unbounded work.

export interface Edge {
  id: number;
  from: number;
  to: number;
}

export type NeighbourFn = (ids: number[]) => Promise<Map<number, Edge[]>>;

export interface Caps {
  /** At most this many nodes in one frontier to expand. */
  maxFrontier: number;
  /** At most this many distinct nodes discovered. */
  maxVisited: number;
  /** At most this many distinct edges held in memory. */
  maxEdges: number;
}

export const DEFAULT_CAPS: Caps = { maxFrontier: 5_000, maxVisited: 20_000, maxEdges: 100_000 };

export class GraphLimitError extends Error {
  constructor(
    readonly cap: keyof Caps,
    readonly limit: number,
  ) {
    super(`graph search stopped: more than ${limit} ${cap === "maxFrontier" ? "nodes in one frontier" : cap === "maxVisited" ? "nodes visited" : "edges loaded"} (${cap})`);
    this.name = "GraphLimitError";
  }
}

export interface PathStepResult {
  edge: Edge;
  from: number;
  to: number;
  /** True when the step follows the edge's own direction (edge.from -> edge.to). */
  forward: boolean;
}

export interface PathResult {
  nodes: number[];
  steps: PathStepResult[];
}

export interface SearchStats {
  /** Calls of `neighbours`, i.e. BFS levels loaded. */
  levels: number;
  visited: number;
  edges: number;
}

/** The part of the graph loaded so far: adjacency of every expanded node. */
export class KnownGraph {
  readonly adj = new Map<number, Map<number, Edge>>(); // node -> neighbour -> lowest-id edge between them
  readonly expanded = new Set<number>();
  edgeIds = new Set<number>();

  constructor(private readonly caps: Caps) {}

  add(edges: Iterable<Edge>) {
    for (const e of edges) {
      if (this.edgeIds.has(e.id)) continue;
      this.edgeIds.add(e.id);
      if (this.edgeIds.size > this.caps.maxEdges) throw new GraphLimitError("maxEdges", this.caps.maxEdges);
      if (e.from === e.to) continue;
      this.link(e.from, e.to, e);
      this.link(e.to, e.from, e);
    }
  }

  private link(a: number, b: number, e: Edge) {
    let m = this.adj.get(a);
    if (!m) this.adj.set(a, (m = new Map()));
    const cur = m.get(b);
    if (!cur || e.id < cur.id) m.set(b, e);
  }

  neighboursOf(n: number): Iterable<number> {
    return this.adj.get(n)?.keys() ?? [];
  }

  edge(a: number, b: number): Edge {
    return this.adj.get(a)!.get(b)!;
  }
}

/** Loads one BFS level: expands `frontier`, returns the newly discovered nodes. */
async function expand(
  g: KnownGraph,
  frontier: number[],
  seen: Set<number>,
  others: Set<number>[],
  neighbours: NeighbourFn,
  caps: Caps,
  stats: SearchStats,
): Promise<number[]> {
  if (frontier.length > caps.maxFrontier) throw new GraphLimitError("maxFrontier", caps.maxFrontier);
  const todo = frontier.filter((n) => !g.expanded.has(n));
  const next: number[] = [];
  if (todo.length) {
    const res = await neighbours(todo);
    stats.levels++;
    for (const n of todo) {
      g.expanded.add(n);
      g.add(res.get(n) ?? []);
    }
  }
  for (const n of frontier) {
    for (const m of g.neighboursOf(n)) {
      if (seen.has(m)) continue;
      seen.add(m);
      next.push(m);
    }
  }
  const visited = new Set([...seen, ...others.flatMap((o) => [...o])]).size;
  stats.visited = visited;
  stats.edges = g.edgeIds.size;
  if (visited > caps.maxVisited) throw new GraphLimitError("maxVisited", caps.maxVisited);
  return next;
}

/** Hop-limited BFS shortest path in the known graph, avoiding some nodes and edges (for Yen's spur paths). */
function bfsPath(
  g: KnownGraph,
  s: number,
  t: number,
  maxLen: number,
  bannedNodes: Set<number>,
  bannedEdges: Set<string>,
): number[] | null {
  if (s === t) return [s];
  const prev = new Map<number, number>([[s, s]]);
  let frontier = [s];
  for (let depth = 0; depth < maxLen && frontier.length; depth++) {
    const next: number[] = [];
    for (const n of frontier) {
      for (const m of g.neighboursOf(n)) {
        if (prev.has(m) || bannedNodes.has(m) || bannedEdges.has(`${n}>${m}`)) continue;
        prev.set(m, n);
        if (m === t) {
          const path = [t];
          let c = t;
          while (c !== s) path.push((c = prev.get(c)!));
          return path.reverse();
        }
        next.push(m);
      }
    }
    frontier = next;
  }
  return null;
}

/** Yen's k shortest simple paths (by hops, ties by discovery order) in the known graph, at most maxLen hops. */
export function yen(g: KnownGraph, s: number, t: number, k: number, maxLen: number): number[][] {
  const first = bfsPath(g, s, t, maxLen, new Set(), new Set());
  if (!first) return [];
  const A: number[][] = [first];
  const B: number[][] = [];
  const key = (p: number[]) => p.join(",");
  const known = new Set([key(first)]);
  while (A.length < k) {
    const last = A[A.length - 1];
    for (let i = 0; i < last.length - 1; i++) {
      const spur = last[i];
      const root = last.slice(0, i + 1);
      const bannedEdges = new Set<string>();
      for (const p of A) {
        if (p.length > i + 1 && key(p.slice(0, i + 1)) === key(root)) bannedEdges.add(`${p[i]}>${p[i + 1]}`);
      }
      const bannedNodes = new Set(root.slice(0, -1));
      const spurPath = bfsPath(g, spur, t, maxLen - i, bannedNodes, bannedEdges);
      if (!spurPath) continue;
      const total = [...root.slice(0, -1), ...spurPath];
      const kk = key(total);
      if (known.has(kk)) continue;
      known.add(kk);
      B.push(total);
    }
    if (!B.length) break;
    B.sort((a, b) => a.length - b.length);
    A.push(B.shift()!);
  }
  return A;
}

function toResult(g: KnownGraph, nodes: number[]): PathResult {
  const steps = nodes.slice(1).map((to, i) => {
    const from = nodes[i];
    const edge = g.edge(from, to);
    return { edge, from, to, forward: edge.from === from };
  });
  return { nodes, steps };
}

export interface PathOptions {
  maxHops: number;
  k: number;
  caps?: Partial<Caps>;
}

/**
 * The k shortest simple paths between `source` and `target` of at most maxHops edges, by bidirectional BFS:
 * one `neighbours` call per level, always expanding the smaller frontier. With expanded balls of radius rs around
 * the source and rt around the target, every path of length <= rs + rt is fully known, so the search stops as soon
 * as k paths of at most that length are found (exact), or rs + rt reaches maxHops, or a side runs out of nodes.
 */
export async function kShortestPaths(
  source: number,
  target: number,
  neighbours: NeighbourFn,
  opts: PathOptions,
): Promise<{ paths: PathResult[]; stats: SearchStats }> {
  const caps = { ...DEFAULT_CAPS, ...opts.caps };
  const stats: SearchStats = { levels: 0, visited: 1, edges: 0 };
  if (source === target) return { paths: [{ nodes: [source], steps: [] }], stats };
  const g = new KnownGraph(caps);
  const seenS = new Set([source]);
  const seenT = new Set([target]);
  let frontS = [source];
  let frontT = [target];
  let rs = 0;
  let rt = 0;
  let met = false;
  for (;;) {
    const exhausted = frontS.length === 0 || frontT.length === 0;
    const reach = rs + rt;
    if (met || exhausted || reach >= opts.maxHops) {
      const limit = exhausted ? opts.maxHops : Math.min(opts.maxHops, reach);
      const found = yen(g, source, target, opts.k, limit);
      if (found.length >= opts.k || exhausted || reach >= opts.maxHops)
        return { paths: found.map((p) => toResult(g, p)), stats };
    }
    // Expand the smaller frontier (ties: the source side).
    if (frontS.length <= frontT.length) {
      frontS = await expand(g, frontS, seenS, [seenT], neighbours, caps, stats);
      rs++;
    } else {
      frontT = await expand(g, frontT, seenT, [seenS], neighbours, caps, stats);
      rt++;
    }
    if (!met) met = [...(seenS.size < seenT.size ? seenS : seenT)].some((n) => (seenS.size < seenT.size ? seenT : seenS).has(n));
  }
}

export interface NeighbourhoodResult {
  /** Nodes in BFS order (the centre first), with their distance. */
  nodes: { id: number; depth: number }[];
  edges: Edge[];
  /** True when `limit` stopped the search before `depth` was fully explored. */
  truncated: boolean;
  stats: SearchStats;
}

/**
 * The nodes within `depth` hops of `centre` (at most `limit`, closest first), and the edges among them: one
 * `neighbours` call per level.
 */
export async function neighbourhood(
  centre: number,
  neighbours: NeighbourFn,
  opts: { depth: number; limit: number; caps?: Partial<Caps> },
): Promise<NeighbourhoodResult> {
  const caps = { ...DEFAULT_CAPS, ...opts.caps };
  const stats: SearchStats = { levels: 0, visited: 1, edges: 0 };
  const depthOf = new Map([[centre, 0]]);
  const edges = new Map<number, Edge>();
  let frontier = [centre];
  let truncated = false;
  for (let d = 1; d <= opts.depth && frontier.length && !truncated; d++) {
    if (frontier.length > caps.maxFrontier) throw new GraphLimitError("maxFrontier", caps.maxFrontier);
    const res = await neighbours(frontier);
    stats.levels++;
    const next: number[] = [];
    for (const n of frontier) {
      for (const e of res.get(n) ?? []) {
        const m = e.from === n ? e.to : e.from;
        if (!depthOf.has(m)) {
          if (depthOf.size >= opts.limit) {
            truncated = true;
            continue;
          }
          depthOf.set(m, d);
          next.push(m);
        }
        if (!edges.has(e.id)) {
          edges.set(e.id, e);
          if (edges.size > caps.maxEdges) throw new GraphLimitError("maxEdges", caps.maxEdges);
        }
      }
    }
    frontier = next;
  }
  stats.visited = depthOf.size;
  stats.edges = edges.size;
  return {
    nodes: [...depthOf].map(([id, depth]) => ({ id, depth })),
    edges: [...edges.values()].filter((e) => depthOf.has(e.from) && depthOf.has(e.to)).sort((a, b) => a.id - b.id),
    truncated,
    stats,
  };
}
