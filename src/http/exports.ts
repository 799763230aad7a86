// HTTP exports: GET /export/graphml, /export/jsonld, /export/csv/nodes, /export/csv/edges with the export filters
// as query parameters (kinds, relationKinds, crimeArea, asOf, from, to, around, depth). The body is streamed as it
// is read, page by page, pulled by the client (a slow client slows the reading; a client that leaves stops it).
//
// Failures, none of which may leave a request hanging or end the process:
// - a bad parameter: 400 {"error": {"code": "BAD_PARAMETER", "parameter", "message"}};
// - a failure before the first byte (every format reads its first pages before writing anything): the database
//   unreachable or too slow is a 503 {"error": {"code": "SERVICE_UNAVAILABLE" | "QUERY_TIMEOUT"}} with
//   Retry-After, anything else a masked 500 {"error": {"code": "INTERNAL_SERVER_ERROR"}}, logged;
// - a failure mid-stream: logged, and the connection is closed without the end of the chunked body, so the client
//   sees an incomplete download rather than a file that looks whole.
import type { ServerResponse } from "node:http";
import type { Plugin } from "graphql-yoga";
import type { DbHandle } from "../store/db.js";
import { csvChunks } from "../export/csv.js";
import { graphmlChunks } from "../export/graphml.js";
import { jsonLdChunks } from "../export/jsonld.js";
import { coalesce, FILTER_PARAMS, FilterError, parseFilter, resolveSelection, type Selection } from "../export/subgraph.js";
import { silentLogger, type Logger } from "../log.js";
import { classifyDatabaseError, RETRY_AFTER_SECONDS, unavailableError } from "../errors.js";

type Chunks = (db: DbHandle, sel: Selection) => AsyncGenerator<string>;
const ROUTES: Record<string, { type: string; file: string; chunks: Chunks }> = {
  "/export/graphml": { type: "application/graphml+xml; charset=utf-8", file: "policing-graph.graphml", chunks: (db, s) => graphmlChunks(db.prisma, s) },
  "/export/jsonld": { type: "application/ld+json; charset=utf-8", file: "policing-graph.jsonld", chunks: (db, s) => jsonLdChunks(db.prisma, s) },
  "/export/csv/nodes": { type: "text/csv; charset=utf-8; header=present", file: "nodes.csv", chunks: (db, s) => csvChunks(db.prisma, "nodes", s) },
  "/export/csv/edges": { type: "text/csv; charset=utf-8; header=present", file: "edges.csv", chunks: (db, s) => csvChunks(db.prisma, "edges", s) },
};

const badParameter = (parameter: string, message: string) =>
  Response.json({ error: { code: "BAD_PARAMETER", parameter, message } }, { status: 400 });

/**
 * A slot for one running export (released when its body ends, fails or the client goes away), or the refusal.
 * Full exports hold a connection and read the whole graph: a few at once would slow every other client.
 */
export type ExportGate = (request: Request) => { release: () => void } | { refused: Response };

/** The JSON error for a failure before the first byte. */
function failedBeforeBody(e: unknown, path: string, logger: Logger): Response {
  if (e instanceof FilterError) return badParameter(e.parameter, e.message);
  const kind = classifyDatabaseError(e);
  if (kind) {
    logger.warn({ err: e, path }, "export refused: database unavailable");
    const err = unavailableError(kind);
    return Response.json(
      { error: { code: err.extensions.code, message: err.message } },
      { status: 503, headers: { "retry-after": String(RETRY_AFTER_SECONDS) } },
    );
  }
  logger.error({ err: e, path }, "export failed before its first byte");
  return Response.json({ error: { code: "INTERNAL_SERVER_ERROR", message: "Unexpected error." } }, { status: 500 });
}

export interface ExportOptions {
  logger?: Logger;
  /** Admission of one more running export (h4's concurrency caps); none: every export runs. */
  gate?: ExportGate;
  /** The Node response under this request (node:http), closed abruptly when an export fails mid-stream. */
  res?: ServerResponse;
}

/** The response for an export path, or null when the path is not an export. */
export async function handleExport(db: DbHandle, request: Request, opts: ExportOptions = {}): Promise<Response | null> {
  const logger = opts.logger ?? silentLogger;
  const url = new URL(request.url);
  const path = url.pathname.replace(/\/$/, "");
  const route = ROUTES[path];
  if (!route) return null;
  if (request.method !== "GET" && request.method !== "HEAD")
    return Response.json({ error: { code: "METHOD_NOT_ALLOWED", message: "use GET" } }, { status: 405, headers: { allow: "GET, HEAD" } });
  const raw: Record<string, unknown> = {};
  for (const key of new Set(url.searchParams.keys())) {
    if (!(FILTER_PARAMS as readonly string[]).includes(key)) return badParameter(key, `unknown parameter; expected one of ${FILTER_PARAMS.join(", ")}`);
    const all = url.searchParams.getAll(key);
    raw[key] = all.length > 1 ? all : all[0];
  }
  const headers = { "content-type": route.type, "content-disposition": `attachment; filename="${route.file}"` };
  let chunks: AsyncGenerator<string>;
  let first: IteratorResult<string>;
  let slot: { release: () => void } = { release: () => undefined };
  try {
    const sel = await resolveSelection(db.prisma, parseFilter(raw));
    if (request.method === "HEAD") return new Response(null, { status: 200, headers });
    const granted = opts.gate?.(request) ?? slot;
    if ("refused" in granted) return granted.refused;
    slot = granted;
    chunks = coalesce(route.chunks(db, sel));
    first = await chunks.next();
  } catch (e) {
    slot.release();
    return failedBeforeBody(e, path, logger);
  }
  return new Response(bodyOf(chunks, first, request.signal, path, logger, opts.res, slot.release), { status: 200, headers });
}

/**
 * A pull stream over the chunks. It never errors when a Node response is under it: @whatwg-node/server leaves a
 * response whose body stream errors open forever, and later cancels that stream without handling the rejection
 * (which ends a process that has no unhandledRejection handler). It closes the socket itself instead.
 */
function bodyOf(
  chunks: AsyncGenerator<string>,
  first: IteratorResult<string>,
  signal: AbortSignal,
  path: string,
  logger: Logger,
  res: ServerResponse | undefined,
  onEnd: () => void,
) {
  const encoder = new TextEncoder();
  let pending: IteratorResult<string> | null = first;
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let over = false;
  const end = (how: "close" | Error) => {
    if (over) return;
    over = true;
    onEnd();
    try {
      if (how === "close") controller.close();
      else controller.error(how);
    } catch {
      // already closed by its reader
    }
  };
  // The client went away: stop reading at the next page boundary (a read in flight settles into the void).
  const stop = () => {
    end("close");
    chunks.return(undefined).catch(() => undefined);
  };
  signal.addEventListener("abort", stop, { once: true });
  return new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    async pull() {
      let next: IteratorResult<string>;
      try {
        next = pending ?? (await chunks.next());
        pending = null;
      } catch (e) {
        if (over) return;
        logger.error({ err: e, path }, "export failed mid-stream: connection closed");
        if (res) {
          res.destroy();
          end("close");
        } else end(e instanceof Error ? e : new Error(String(e)));
        return;
      }
      if (over) return;
      if (next.done) end("close");
      else controller.enqueue(encoder.encode(next.value));
    },
    cancel: stop,
  });
}

/** Yoga plugin serving the export paths; every other request goes on to GraphQL. */
export function useExports(db: DbHandle, logger?: Logger, gate?: ExportGate): Plugin {
  return {
    onRequest({ request, url, serverContext, endResponse }) {
      // Every other request passes at once, without a promise or a second parse of its URL.
      if (!url.pathname.startsWith("/export/")) return;
      const res = (serverContext as { res?: ServerResponse } | undefined)?.res;
      return handleExport(db, request, { logger, gate, res: typeof res?.destroy === "function" ? res : undefined }).then((response) => {
        if (response) endResponse(response);
      });
    },
  };
}
