// The house rules of src/, checked on every import (type-only ones included): folders are layers, a layer imports
// only the layers below it, no two files import each other in a circle, and src/graph/ stays pure.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../../src");

/** Lower numbers are lower layers. Folders (or top files) of one rank may not import each other. */
const RANK: Record<string, number> = {
  "config.ts": 0,
  "errors.ts": 0,
  "log.ts": 0,
  generated: 1,
  store: 2,
  data: 3,
  auth: 4,
  graph: 4,
  read: 5,
  export: 5,
  curation: 6,
  import: 6,
  schema: 7,
  resolvers: 7,
  http: 8,
  "server.ts": 9,
  "cli.ts": 9,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === "generated" ? [] : files(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^"';]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|(?:^|\n)\s*import\s*["']([^"']+)["']/g;

/** Every relative import of every file of src/, as paths relative to src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files(SRC)) {
    const text = readFileSync(file, "utf8");
    const targets: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (!spec.startsWith(".")) continue;
      targets.push(relative(SRC, resolve(dirname(file), spec)).replace(/\.js$/, ".ts"));
    }
    graph.set(relative(SRC, file), targets);
  }
  return graph;
}

const layerOf = (path: string) => path.split("/")[0];

function cycles(graph: Map<string, string[]>): string[][] {
  // Tarjan's strongly connected components; any component of more than one file is a circle.
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** The imports that break a rule, as "from -> to: why". */
function violations(graph: Map<string, string[]>): string[] {
  const bad: string[] = [];
  for (const [from, targets] of graph) {
    const fromLayer = layerOf(from);
    for (const to of targets) {
      const toLayer = layerOf(to);
      const why = (reason: string) => bad.push(`${from} -> ${to}: ${reason}`);
      if (!(fromLayer in RANK)) why(`${fromLayer} is in no layer (add it to RANK)`);
      else if (!(toLayer in RANK)) why(`${toLayer} is in no layer (add it to RANK)`);
      else if (to === "server.ts" || to === "cli.ts") why("nothing imports an entry point");
      else if (to === "schema/index.ts" && fromLayer !== "http") why("only http/ assembles the schema");
      else if (fromLayer === "graph" && toLayer !== "graph") why("graph/ is pure: it imports nothing of ours");
      else if (fromLayer === toLayer) continue;
      // The schema and its resolvers are one layer: schema/index.ts gathers the resolvers, which use the types.
      else if (fromLayer === "resolvers" && toLayer === "schema") continue;
      else if (from === "schema/index.ts" && toLayer === "resolvers") continue;
      else if (RANK[toLayer] >= RANK[fromLayer]) why(`${fromLayer} (layer ${RANK[fromLayer]}) may not import ${toLayer} (layer ${RANK[toLayer]})`);
    }
  }
  return bad;
}

describe("the layers of src/", () => {
  const graph = importGraph();

  it("reads the imports of every file", () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get("http/yoga.ts")).toContain("schema/index.ts");
  });

  it("has no import circles", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("imports only downward", () => {
    expect(violations(graph)).toEqual([]);
  });

  it("keeps src/ to its entry points and the modules every layer shares", () => {
    const top = readdirSync(SRC).filter((n) => statSync(join(SRC, n)).isFile());
    expect(top.sort()).toEqual(["cli.ts", "config.ts", "errors.ts", "log.ts", "server.ts"]);
  });

  it("finds a circle and an upward import when there is one", () => {
    const broken = new Map([
      ["store/db.ts", ["read/rows.ts"]],
      ["read/rows.ts", ["store/db.ts"]],
    ]);
    expect(cycles(broken)).toEqual([["read/rows.ts", "store/db.ts"]]);
    expect(violations(broken)).toEqual(["store/db.ts -> read/rows.ts: store (layer 2) may not import read (layer 5)"]);
  });
});
