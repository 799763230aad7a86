// CSV export: nodes.csv and edges.csv, RFC 4180 (csv-stringify), a header row and a fixed column order
// (NODE_COLUMNS / EDGE_COLUMNS). Lists are '; '-joined; booleans true/false; dates YYYY-MM-DD; empty = none.
import { stringify } from "csv-stringify/sync";
import type { Db } from "../store/db.js";
import type { ExportProgress } from "./graphml.js";
import {
  coalesce,
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

const cell = (v: Cell) => (v == null ? "" : Array.isArray(v) ? v.join(LIST_SEPARATOR) : String(v));
const line = (cols: readonly string[], row: Row) => stringify([cols.map((c) => cell(row[c]))], { record_delimiter: "\r\n" });

export type CsvTable = "nodes" | "edges";

/**
 * The lines of one table: the header and the rows, in chunks. The first page is read before the header is
 * produced, so a read that fails at once fails before the first byte.
 */
export async function* csvChunks(prisma: Db, table: CsvTable, sel: Selection, progress?: ExportProgress): AsyncGenerator<string> {
  const cols = table === "nodes" ? NODE_COLUMNS : EDGE_COLUMNS;
  const rows = await primed(table === "nodes" ? iterateNodes(prisma, sel) : iterateEdges(prisma, sel));
  yield stringify([[...cols]], { record_delimiter: "\r\n" });
  for await (const r of rows) {
    yield line(cols, r);
    progress?.(table === "nodes" ? "node" : "edge");
  }
}

export async function writeCsv(prisma: Db, table: CsvTable, filter: ExportFilter | Selection, out: NodeJS.WritableStream, progress?: ExportProgress): Promise<void> {
  const sel = "entityWhere" in filter ? filter : await resolveSelection(prisma, filter);
  await writeChunks(coalesce(csvChunks(prisma, table, sel, progress)), out);
}
