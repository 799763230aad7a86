// HTTP exports: GET /export/graphml, /export/jsonld, /export/csv/nodes, /export/csv/edges with the export filters
// as query parameters (kinds, relationKinds, crimeArea, asOf, from, to, around, depth). A bad parameter is a 400
// with {"error": {"code": "BAD_PARAMETER", "parameter": ..., "message": ...}}; the body is streamed as it is written.
import { PassThrough, Readable } from "node:stream";
import type { Plugin } from "graphql-yoga";
import type { DbHandle } from "../store/db.js";
import { writeCsv } from "../export/csv.js";
import { writeGraphML } from "../export/graphml.js";
import { writeJsonLd } from "../export/jsonld.js";
import { FILTER_PARAMS, FilterError, parseFilter, resolveSelection, type Selection } from "../export/subgraph.js";

type Writer = (db: DbHandle, sel: Selection, out: NodeJS.WritableStream) => Promise<void>;
const ROUTES: Record<string, { type: string; file: string; run: Writer }> = {
  "/export/graphml": { type: "application/graphml+xml; charset=utf-8", file: "policing-graph.graphml", run: (db, s, o) => writeGraphML(db.prisma, s, o) },
  "/export/jsonld": { type: "application/ld+json; charset=utf-8", file: "policing-graph.jsonld", run: (db, s, o) => writeJsonLd(db.prisma, s, o) },
  "/export/csv/nodes": { type: "text/csv; charset=utf-8; header=present", file: "nodes.csv", run: (db, s, o) => writeCsv(db.prisma, "nodes", s, o) },
  "/export/csv/edges": { type: "text/csv; charset=utf-8; header=present", file: "edges.csv", run: (db, s, o) => writeCsv(db.prisma, "edges", s, o) },
};

const badParameter = (parameter: string, message: string) =>
  Response.json({ error: { code: "BAD_PARAMETER", parameter, message } }, { status: 400 });

/**
 * A slot for one running export (released when its body ends, fails or the client goes away), or the refusal.
 * Full exports hold a connection and read the whole graph: a few at once would slow every other client.
 */
export type ExportGate = (request: Request) => { release: () => void } | { refused: Response };

/** The response for an export path, or null when the path is not an export. */
export async function handleExport(db: DbHandle, request: Request, gate?: ExportGate): Promise<Response | null> {
  const url = new URL(request.url);
  const route = ROUTES[url.pathname.replace(/\/$/, "")];
  if (!route) return null;
  if (request.method !== "GET" && request.method !== "HEAD")
    return Response.json({ error: { code: "METHOD_NOT_ALLOWED", message: "use GET" } }, { status: 405, headers: { allow: "GET, HEAD" } });
  const raw: Record<string, unknown> = {};
  for (const key of new Set(url.searchParams.keys())) {
    if (!(FILTER_PARAMS as readonly string[]).includes(key)) return badParameter(key, `unknown parameter; expected one of ${FILTER_PARAMS.join(", ")}`);
    const all = url.searchParams.getAll(key);
    raw[key] = all.length > 1 ? all : all[0];
  }
  let sel: Selection;
  try {
    sel = await resolveSelection(db.prisma, parseFilter(raw));
  } catch (e) {
    if (e instanceof FilterError) return badParameter(e.parameter, e.message);
    throw e;
  }
  const headers = { "content-type": route.type, "content-disposition": `attachment; filename="${route.file}"` };
  if (request.method === "HEAD") return new Response(null, { status: 200, headers });
  const slot = gate?.(request) ?? { release: () => undefined };
  if ("refused" in slot) return slot.refused;
  const body = new PassThrough();
  body.once("close", slot.release);
  route.run(db, sel, body).then(
    () => body.end(),
    (e: unknown) => {
      console.error("export failed:", e);
      body.destroy(e instanceof Error ? e : new Error(String(e)));
    },
  );
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, { status: 200, headers });
}

/** Yoga plugin serving the export paths; every other request goes on to GraphQL. */
export function useExports(db: DbHandle, gate?: ExportGate): Plugin {
  return {
    async onRequest({ request, endResponse }) {
      const res = await handleExport(db, request, gate);
      if (res) endResponse(res);
    },
  };
}
