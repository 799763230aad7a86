// GraphML export (http://graphml.graphdrawing.org/): typed <key> declarations for every node and edge attribute,
// directed edges, streamed page by page. Opens in Gephi, networkx (read_graphml) and yEd. Lists (sources, facts,
// aliases ...) are '; '-joined strings; node ids are "<KIND>:<slug>", edge ids the relation's stable key.
import type { Db } from "../store/db.js";
import {
  coalesce,
  COLUMN_TYPES,
  EDGE_COLUMNS,
  iterateEdges,
  iterateNodes,
  LIST_SEPARATOR,
  NODE_COLUMNS,
  primed,
  resolveSelection,
  writeChunks,
  type Cell,
  type ExportFilter,
  type Selection,
  type Row,
} from "./subgraph.js";

export interface ExportProgress {
  (what: "node" | "edge"): void;
}

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!)
    // XML 1.0 forbids most control characters; drop them rather than write an unreadable file.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

const graphmlType = (col: string) => {
  const t = COLUMN_TYPES[col];
  return t === "boolean" ? "boolean" : t === "int" ? "int" : t === "double" ? "double" : "string";
};

function value(v: Cell): string | null {
  if (v == null) return null;
  if (Array.isArray(v)) return v.length ? v.join(LIST_SEPARATOR) : null;
  return String(v);
}

// Attributes carried as <data>; id (and source/target for edges) are XML attributes.
const NODE_DATA = NODE_COLUMNS.filter((c) => c !== "id");
const EDGE_DATA = EDGE_COLUMNS.filter((c) => c !== "id" && c !== "source" && c !== "target");
const keyId = (domain: "n" | "e", col: string) => `${domain}_${col}`;

function dataLines(domain: "n" | "e", cols: readonly string[], row: Row): string {
  let s = "";
  for (const c of cols) {
    const v = value(row[c]);
    if (v != null) s += `      <data key="${keyId(domain, c)}">${esc(v)}</data>\n`;
  }
  return s;
}

/** The document in chunks; the first page of nodes and of edges is read before the first byte. */
export async function* graphmlChunks(prisma: Db, sel: Selection, progress?: ExportProgress): AsyncGenerator<string> {
  const nodes = await primed(iterateNodes(prisma, sel));
  const edges = await primed(iterateEdges(prisma, sel));
  let head =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const c of NODE_DATA) head += `  <key id="${keyId("n", c)}" for="node" attr.name="${c}" attr.type="${graphmlType(c)}"/>\n`;
  for (const c of EDGE_DATA) head += `  <key id="${keyId("e", c)}" for="edge" attr.name="${c}" attr.type="${graphmlType(c)}"/>\n`;
  head += '  <graph id="policing-graph" edgedefault="directed">\n';
  yield head;
  for await (const n of nodes) {
    yield `    <node id="${esc(String(n.id))}">\n${dataLines("n", NODE_DATA, n)}    </node>\n`;
    progress?.("node");
  }
  for await (const e of edges) {
    yield `    <edge id="${esc(String(e.id))}" source="${esc(String(e.source))}" target="${esc(String(e.target))}">\n${dataLines("e", EDGE_DATA, e)}    </edge>\n`;
    progress?.("edge");
  }
  yield "  </graph>\n</graphml>\n";
}

export async function writeGraphML(prisma: Db, filter: ExportFilter | Selection, out: NodeJS.WritableStream, progress?: ExportProgress): Promise<void> {
  const sel = "entityWhere" in filter ? filter : await resolveSelection(prisma, filter);
  await writeChunks(coalesce(graphmlChunks(prisma, sel, progress)), out);
}
