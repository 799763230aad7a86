// CSV export: nodes.csv and edges.csv, RFC 4180 (csv-stringify), a header row and a fixed column order
// (NODE_COLUMNS / EDGE_COLUMNS). Lists are '; '-joined; booleans true/false; dates YYYY-MM-DD; empty = none.
import { stringify } from "csv-stringify/sync";
import type { Db } from "../store/db.js";
import type { ExportProgress } from "./graphml.js";
import {
  EDGE_COLUMNS,
  iterateEdges,
  iterateNodes,
  LIST_SEPARATOR,
  NODE_COLUMNS,
  resolveSelection,
  write,
  type Cell,
  type ExportFilter,
  type Selection,
  type Row,
} from "./subgraph.js";

const cell = (v: Cell) => (v == null ? "" : Array.isArray(v) ? v.join(LIST_SEPARATOR) : String(v));
const line = (cols: readonly string[], row: Row) => stringify([cols.map((c) => cell(row[c]))], { record_delimiter: "\r\n" });

export type CsvTable = "nodes" | "edges";

export async function writeCsv(prisma: Db, table: CsvTable, filter: ExportFilter | Selection, out: NodeJS.WritableStream, progress?: ExportProgress): Promise<void> {
  const sel = "entityWhere" in filter ? filter : await resolveSelection(prisma, filter);
  const cols = table === "nodes" ? NODE_COLUMNS : EDGE_COLUMNS;
  await write(out, stringify([[...cols]], { record_delimiter: "\r\n" }));
  const rows = table === "nodes" ? iterateNodes(prisma, sel) : iterateEdges(prisma, sel);
  // Batch a few hundred lines per write: fewer, larger chunks, still bounded memory.
  let buf = "";
  let n = 0;
  for await (const r of rows) {
    buf += line(cols, r);
    progress?.(table === "nodes" ? "node" : "edge");
    if (++n % 200 === 0) {
      await write(out, buf);
      buf = "";
    }
  }
  if (buf) await write(out, buf);
}
