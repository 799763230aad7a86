// Reads import files into validated rows: CSV (the nodes.csv / edges.csv the export writes; which one is told by
// the header) or JSON (the JSON-LD export, or a plain {"nodes": [...], "edges": [...]}). Every row is validated;
// all problems are collected and reported together, each naming file, line, record and field.
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { parse } from "csv-parse/sync";
import type { z } from "zod";
import { EDGE_COLUMNS, NODE_COLUMNS } from "../export/subgraph.js";
import { ID_PREFIX } from "../export/jsonld.js";
import { EdgeRow, NodeRow } from "./rows.js";

export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly record: string | undefined,
    readonly field: string | undefined,
    readonly detail: string,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${record ? `record ${record}` : "file"}${field ? `, field '${field}'` : ""}: ${detail}`);
    this.name = "ImportError";
  }
}

export class ImportErrors extends Error {
  constructor(readonly errors: ImportError[]) {
    super(`${errors.length} error(s) in the import:\n` + errors.slice(0, 50).map((e) => `  ${e.message}`).join("\n") + (errors.length > 50 ? `\n  ... and ${errors.length - 50} more` : ""));
    this.name = "ImportErrors";
  }
}

export interface Located<T> {
  value: T;
  file: string;
  line?: number;
}
export interface ImportBatch {
  nodes: Located<NodeRow>[];
  edges: Located<EdgeRow>[];
}
export type ImportFormat = "csv" | "json";

export function detectFormat(file: string): ImportFormat | null {
  const ext = extname(file).toLowerCase();
  return ext === ".csv" ? "csv" : ext === ".json" || ext === ".jsonld" ? "json" : null;
}

function check<S extends z.ZodType>(schema: S, raw: unknown, file: string, line: number | undefined, label: string, errors: ImportError[]): z.infer<S> | undefined {
  const res = schema.safeParse(raw);
  if (res.success) return res.data;
  for (const i of res.error.issues) errors.push(new ImportError(file, line, label, i.path.length ? i.path.join(".") : undefined, i.message));
  return undefined;
}

function readCsv(file: string, text: string, batch: ImportBatch, errors: ImportError[]) {
  const name = basename(file);
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, info: true, bom: true, skip_empty_lines: true, relax_column_count: false }) as never;
  } catch (e) {
    const m = e as Error & { lines?: number };
    errors.push(new ImportError(name, m.lines, undefined, undefined, `not valid CSV: ${m.message}`));
    return;
  }
  const header = parse(text.split(/\r?\n/, 1)[0], { bom: true })[0] as string[] | undefined;
  if (!header) {
    errors.push(new ImportError(name, 1, undefined, undefined, "empty file: expected a header row"));
    return;
  }
  const edges = header.includes("source") && header.includes("target");
  const known = new Set<string>(edges ? EDGE_COLUMNS : NODE_COLUMNS);
  for (const h of header) if (!known.has(h)) errors.push(new ImportError(name, 1, "header", h, `unknown column; expected ${[...known].join(", ")}`));
  for (const { record, info } of records) {
    const label = record.id || (edges ? `${record.kind ?? "?"} ${record.source ?? "?"} -> ${record.target ?? "?"}` : `${record.kind ?? "?"}:${record.slug ?? "?"}`);
    if (edges) {
      const v = check(EdgeRow, record, name, info.lines, label, errors);
      if (v) batch.edges.push({ value: v, file: name, line: info.lines });
    } else {
      const v = check(NodeRow, record, name, info.lines, label, errors);
      if (v) batch.nodes.push({ value: v, file: name, line: info.lines });
    }
  }
}

const unprefix = (v: unknown, prefix = ID_PREFIX) =>
  typeof v === "string" ? v.replace(/^pg:/, "").replace(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`), "") : v;
const refOf = (v: unknown) => unprefix(v && typeof v === "object" && "@id" in v ? (v as { "@id": unknown })["@id"] : v);

function lineOf(text: string, id: unknown): number | undefined {
  if (typeof id !== "string") return undefined;
  const at = text.indexOf(JSON.stringify(id));
  return at < 0 ? undefined : text.slice(0, at).split("\n").length;
}

const jsonType = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "object" ? "an object" : `a ${typeof v}`);

function lineOfKey(text: string, key: string): number | undefined {
  const at = text.indexOf(`"${key}"`);
  return at < 0 ? undefined : text.slice(0, at).split("\n").length;
}

/**
 * The file as text, or an error per line holding bytes that are not UTF-8 (a lenient decode would store U+FFFD
 * in their place, silently changing the data).
 */
function decodeUtf8(name: string, bytes: Buffer, errors: ImportError[]): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const strict = new TextDecoder("utf-8", { fatal: true });
    let line = 1;
    let start = 0;
    let bad = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        strict.decode(bytes.subarray(start, i));
      } catch {
        if (++bad <= 50) errors.push(new ImportError(name, line, undefined, undefined, "not valid UTF-8 text (save the file as UTF-8)"));
      }
      line++;
      start = i + 1;
    }
    if (!bad) errors.push(new ImportError(name, undefined, undefined, undefined, "not valid UTF-8 text (save the file as UTF-8)"));
    return null;
  }
}

function readJson(file: string, text: string, batch: ImportBatch, errors: ImportError[]) {
  const name = basename(file);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    errors.push(new ImportError(name, m ? text.slice(0, Number(m[1])).split("\n").length : undefined, undefined, undefined, `not valid JSON: ${(e as Error).message}`));
    return;
  }
  if (!doc || typeof doc !== "object") return void errors.push(new ImportError(name, 1, undefined, undefined, "expected a JSON object"));
  const d = doc as Record<string, unknown>;
  const addNode = (raw: Record<string, unknown>, idText: unknown, label: string) => {
    const line = lineOf(text, idText);
    const v = check(NodeRow, raw, name, line, label, errors);
    if (v) batch.nodes.push({ value: v, file: name, line });
  };
  const addEdge = (raw: Record<string, unknown>, idText: unknown, label: string) => {
    const line = lineOf(text, idText);
    const v = check(EdgeRow, raw, name, line, label, errors);
    if (v) batch.edges.push({ value: v, file: name, line });
  };
  if (Array.isArray(d["@graph"])) {
    d["@graph"].forEach((item: Record<string, unknown>, i: number) => {
      if (!item || typeof item !== "object") return void errors.push(new ImportError(name, undefined, `@graph[${i}]`, undefined, "expected an object"));
      const { "@id": atId, "@type": type, sameAs: _sameAs, from, to, via, predicate: _p, headquartersCountry, ...rest } = item;
      const label = String(unprefix(atId) ?? `@graph[${i}]`);
      if (type === "Relationship")
        addEdge({ ...rest, id: String(unprefix(atId) ?? "").replace(/^relation:/, "") || undefined, source: refOf(from), target: refOf(to), via: refOf(via) }, atId, label);
      else if ("kind" in item || "slug" in item)
        addNode({ ...rest, id: unprefix(atId), headquartersCountry: refOf(headquartersCountry) }, atId, label);
      // Objects with only an @id and direct links repeat what the Relationship objects say: nothing to import.
    });
    return;
  }
  if (!Array.isArray(d.nodes) && !Array.isArray(d.edges))
    return void errors.push(new ImportError(name, 1, undefined, undefined, 'expected a JSON-LD document with "@graph" or an object with "nodes" and "edges" arrays'));
  // The shape first, so each row below is an object: a malformed "edges" is a data error naming it, not a crash.
  const shapeErrors = errors.length;
  for (const field of ["nodes", "edges"] as const) {
    const list = d[field];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      errors.push(new ImportError(name, lineOfKey(text, field), undefined, field, `expected an array of objects, got ${jsonType(list)}`));
      continue;
    }
    list.forEach((item, i) => {
      if (!item || typeof item !== "object" || Array.isArray(item))
        errors.push(new ImportError(name, lineOfKey(text, field), `${field}[${i}]`, undefined, `expected an object, got ${jsonType(item)}`));
    });
  }
  if (errors.length > shapeErrors) return;
  for (const [i, n] of ((d.nodes as Record<string, unknown>[] | null) ?? []).entries()) addNode(n, n.id ?? n.slug, String(n.id ?? `nodes[${i}]`));
  for (const [i, e] of ((d.edges as Record<string, unknown>[] | null) ?? []).entries()) addEdge(e, e.id, String(e.id ?? `edges[${i}]`));
}

/** Reads and validates the files; throws ImportErrors (nothing has been written) when any row is bad. */
export function readImportFiles(files: string[], format?: ImportFormat): ImportBatch {
  const batch: ImportBatch = { nodes: [], edges: [] };
  const errors: ImportError[] = [];
  for (const file of files) {
    const fmt = format ?? detectFormat(file);
    if (!fmt) {
      errors.push(new ImportError(basename(file), undefined, undefined, undefined, "unknown format: use a .csv or .json/.jsonld file, or --format"));
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      errors.push(new ImportError(basename(file), undefined, undefined, undefined, `cannot read: ${(e as Error).message}`));
      continue;
    }
    const text = decodeUtf8(basename(file), bytes, errors);
    if (text === null) continue;
    if (fmt === "csv") readCsv(file, text, batch, errors);
    else readJson(file, text, batch, errors);
  }
  if (errors.length) throw new ImportErrors(errors);
  return batch;
}
