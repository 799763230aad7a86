// The pure path algorithms on hand-made graphs, and on a generated graph of 1,000,000 edges held in memory.
import { describe, expect, it } from "vitest";
import { GraphLimitError, kShortestPaths, neighbourhood, type Edge, type NeighbourFn } from "../../src/graph/paths.js";

/** An in-memory graph: edges as [from, to] pairs, ids by position (1-based). Counts `neighbours` calls. */
function graph(pairs: [number, number][]) {
  const adj = new Map<number, Edge[]>();
  pairs.forEach(([from, to], i) => {
    const e = { id: i + 1, from, to };
    (adj.get(from) ?? adj.set(from, []).get(from)!).push(e);
    if (to !== from) (adj.get(to) ?? adj.set(to, []).get(to)!).push(e);
  });
  const calls: number[][] = [];
  const neighbours: NeighbourFn = async (ids) => {
    calls.push(ids);
    return new Map(ids.map((id) => [id, adj.get(id) ?? []]));
  };
  return { neighbours, calls };
}

describe("kShortestPaths", () => {
  it("finds the shortest path, in both directions, with the edge direction of each step", async () => {
    // 1 -> 2 -> 3 <- 4 -> 5, and a longer way 1 -> 6 -> 7 -> 8 -> 5
    const g = graph([[1, 2], [2, 3], [4, 3], [4, 5], [1, 6], [6, 7], [7, 8], [8, 5]]);
    const { paths, stats } = await kShortestPaths(1, 5, g.neighbours, { maxHops: 6, k: 1 });
    expect(paths).toHaveLength(1);
    expect(paths[0].nodes).toEqual([1, 2, 3, 4, 5]);
    expect(paths[0].steps.map((s) => s.forward)).toEqual([true, true, false, true]);
    expect(paths[0].steps.map((s) => s.edge.id)).toEqual([1, 2, 3, 4]);
    expect(stats.levels).toBe(g.calls.length);
    expect(g.calls.length).toBeLessThanOrEqual(4); // bidirectional: 2 levels per side at most
  });

  it("k shortest simple paths, shortest first, exact beyond the first meeting", async () => {
    const g = graph([[1, 2], [2, 3], [4, 3], [4, 5], [1, 6], [6, 7], [7, 8], [8, 5], [1, 9], [9, 5]]);
    const { paths } = await kShortestPaths(1, 5, g.neighbours, { maxHops: 6, k: 3 });
    expect(paths.map((p) => p.nodes)).toEqual([[1, 9, 5], [1, 2, 3, 4, 5], [1, 6, 7, 8, 5]]);
  });

  it("respects maxHops and returns no path when none is short enough or none exists", async () => {
    const g = graph([[1, 2], [2, 3], [3, 4], [4, 5], [10, 11]]);
    expect((await kShortestPaths(1, 5, g.neighbours, { maxHops: 3, k: 1 })).paths).toEqual([]);
    expect((await kShortestPaths(1, 5, g.neighbours, { maxHops: 4, k: 1 })).paths[0].nodes).toEqual([1, 2, 3, 4, 5]);
    expect((await kShortestPaths(1, 10, g.neighbours, { maxHops: 6, k: 2 })).paths).toEqual([]);
    // fewer than k paths exist: all of them
    expect((await kShortestPaths(1, 5, g.neighbours, { maxHops: 6, k: 5 })).paths).toHaveLength(1);
  });

  it("treats parallel edges as one hop (lowest id) and ignores self-loops", async () => {
    const g = graph([[1, 1], [2, 1], [1, 2], [2, 3]]);
    const { paths } = await kShortestPaths(1, 3, g.neighbours, { maxHops: 4, k: 3 });
    expect(paths).toHaveLength(1);
    expect(paths[0].steps.map((s) => [s.edge.id, s.forward])).toEqual([[2, false], [4, true]]);
  });

  it("a path from a node to itself is empty", async () => {
    const g = graph([[1, 2]]);
    expect((await kShortestPaths(1, 1, g.neighbours, { maxHops: 4, k: 1 })).paths).toEqual([{ nodes: [1], steps: [] }]);
    expect(g.calls).toEqual([]);
  });

  it("stops with a GraphLimitError at a hub bigger than the frontier or visited cap", async () => {
    const star: [number, number][] = Array.from({ length: 10_000 }, (_, i) => [0, i + 1]);
    star.push([20_000, 20_001]);
    const g = graph(star);
    await expect(kShortestPaths(1, 20_001, g.neighbours, { maxHops: 6, k: 1, caps: { maxVisited: 1_000 } })).rejects.toMatchObject({
      name: "GraphLimitError",
      cap: "maxVisited",
    });
    await expect(
      kShortestPaths(1, 20_001, g.neighbours, { maxHops: 6, k: 1, caps: { maxEdges: 500 } }),
    ).rejects.toBeInstanceOf(GraphLimitError);
  });
});

describe("neighbourhood", () => {
  it("collects nodes by depth and the edges among them, one call per level", async () => {
    const g = graph([[1, 2], [1, 3], [3, 4], [4, 5], [2, 3]]);
    const n = await neighbourhood(1, g.neighbours, { depth: 2, limit: 100 });
    expect(n.nodes).toEqual([{ id: 1, depth: 0 }, { id: 2, depth: 1 }, { id: 3, depth: 1 }, { id: 4, depth: 2 }]);
    expect(n.edges.map((e) => e.id)).toEqual([1, 2, 3, 5]);
    expect(n.truncated).toBe(false);
    expect(g.calls).toHaveLength(2);
  });

  it("stops at limit and says so", async () => {
    const g = graph(Array.from({ length: 50 }, (_, i) => [0, i + 1] as [number, number]));
    const n = await neighbourhood(0, g.neighbours, { depth: 3, limit: 10 });
    expect(n.nodes).toHaveLength(10);
    expect(n.truncated).toBe(true);
    expect(n.edges.every((e) => n.nodes.some((x) => x.id === e.to))).toBe(true);
  });
});

describe("a generated graph of 1,000,000 edges in memory", () => {
  // 200,000 nodes, 1,000,000 random edges (average degree 10), in typed arrays with a CSR index.
  const N = 200_000;
  const M = 1_000_000;
  let seed = 42;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const from = new Int32Array(M);
  const to = new Int32Array(M);
  for (let i = 0; i < M; i++) {
    from[i] = Math.floor(rand() * N);
    to[i] = Math.floor(rand() * N);
  }
  const degree = new Int32Array(N + 1);
  for (let i = 0; i < M; i++) {
    degree[from[i] + 1]++;
    degree[to[i] + 1]++;
  }
  for (let i = 0; i < N; i++) degree[i + 1] += degree[i];
  const fill = degree.slice(0, N);
  const incident = new Int32Array(2 * M);
  for (let i = 0; i < M; i++) {
    incident[fill[from[i]]++] = i;
    incident[fill[to[i]]++] = i;
  }
  let calls = 0;
  const neighbours: NeighbourFn = async (ids) => {
    calls++;
    const out = new Map<number, Edge[]>();
    for (const id of ids) {
      const list: Edge[] = [];
      for (let j = degree[id]; j < degree[id + 1]; j++) {
        const e = incident[j];
        list.push({ id: e + 1, from: from[e], to: to[e] });
      }
      out.set(id, list);
    }
    return out;
  };

  it("finds shortest paths between random nodes in bounded time and memory", async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    let longest = 0;
    let maxVisited = 0;
    for (let q = 0; q < 20; q++) {
      const s = Math.floor(rand() * N);
      const t = Math.floor(rand() * N);
      calls = 0;
      const { paths, stats } = await kShortestPaths(s, t, neighbours, {
        maxHops: 6,
        k: 1,
        caps: { maxVisited: 200_000, maxFrontier: 50_000, maxEdges: 500_000 },
      });
      expect(paths).toHaveLength(1);
      const p = paths[0];
      for (const step of p.steps) expect([step.edge.from, step.edge.to].sort()).toEqual([step.from, step.to].sort());
      expect(calls).toBe(stats.levels);
      expect(calls).toBeLessThanOrEqual(6);
      longest = Math.max(longest, p.steps.length);
      maxVisited = Math.max(maxVisited, stats.visited);
    }
    const ms = performance.now() - started;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    console.log(`1M edges: 20 shortest-path queries in ${ms.toFixed(0)} ms (longest ${longest} hops, at most ${maxVisited} nodes visited, heap +${heapMb.toFixed(1)} MB)`);
    expect(ms).toBeLessThan(20_000);
    expect(maxVisited).toBeLessThan(200_000);
  });

  it("k = 3 paths and a 2-level neighbourhood on the same graph", async () => {
    const started = performance.now();
    const { paths } = await kShortestPaths(1, 2, neighbours, {
      maxHops: 6,
      k: 3,
      caps: { maxVisited: 200_000, maxFrontier: 50_000, maxEdges: 500_000 },
    });
    expect(paths).toHaveLength(3);
    expect(paths[0].steps.length).toBeLessThanOrEqual(paths[1].steps.length);
    expect(paths[1].steps.length).toBeLessThanOrEqual(paths[2].steps.length);
    const n = await neighbourhood(1, neighbours, { depth: 3, limit: 200 });
    expect(n.nodes).toHaveLength(200);
    expect(n.truncated).toBe(true);
    console.log(`1M edges: k=3 paths + neighbourhood in ${(performance.now() - started).toFixed(0)} ms`);
  });

  it("caps stop a search that would grow too big with a clear error, in bounded time and memory", async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    // Two random nodes are ~5-6 hops apart: meeting needs a few thousand nodes, more than the cap of 1,000.
    const err = await kShortestPaths(3, 4, neighbours, { maxHops: 6, k: 5, caps: { maxVisited: 1_000 } }).then(
      () => null,
      (e) => e,
    );
    expect(err).toBeInstanceOf(GraphLimitError);
    expect(err.cap).toBe("maxVisited");
    expect(err.message).toMatch(/more than 1000 nodes visited/);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20).toBeLessThan(100);
  });
});
