// The request body limit (MAX_REQUEST_BODY_BYTES: 413 above it), in place of Yoga's `maxRequestBodySize`, which
// pipes every body through a TransformStream (a stream pipeline and an AbortController per request, and a
// DOMException built when the pipeline ends) even when its Content-Length already says that it fits: about 5% of the
// CPU of a small request, and its garbage (docs/benchmarks.md, "Per-request overhead").
//
// Node's HTTP parser delivers exactly Content-Length bytes of a request body (what follows is parsed as the next
// request) and refuses a malformed Content-Length, or one beside Transfer-Encoding, before any code of ours runs. So
// a request read by it whose Content-Length is within the limit needs no counting. Every other body is counted as
// it is read, and refused as soon as it passes the limit: chunked uploads, and requests made in-process
// (yoga.fetch), whose Content-Length no parser checked.
import type { IncomingMessage } from "node:http";
import { createGraphQLError, type Plugin } from "graphql-yoga";

const tooLarge = () => createGraphQLError("Request body too large", { extensions: { code: "REQUEST_ENTITY_TOO_LARGE", http: { status: 413 } } });

/** The Content-Length that Node's HTTP parser framed this request's body by, if it came through one. */
function framedByNode(serverContext: unknown, length: string): boolean {
  const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
  return req?.headers?.["content-length"] === length && req.headers["transfer-encoding"] === undefined && typeof req.socket === "object";
}

/**
 * The same request with its body read into memory, refused (413) as soon as it passes `limit` bytes. The rest of a
 * refused body is left unread, not cancelled: cancelling the stream of a Node request destroys its socket, and the
 * client would get no answer at all.
 */
async function countedBody(request: Request, limit: number, R: typeof Request): Promise<Request> {
  const reader = request.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      reader.releaseLock();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new R(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks), signal: request.signal });
}

export function useBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, serverContext, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get("content-length");
      if (length !== null) {
        // As Yoga's own check: one non-negative integer, nothing else (comma-joined values are a smuggling attempt).
        if (!/^\d+$/.test(length))
          throw createGraphQLError("Content-Length header is invalid.", { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });
        if (Number(length) > limit) throw tooLarge();
        if (framedByNode(serverContext, length)) return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser(async (r) => parse(await countedBody(r, limit, fetchAPI.Request)));
    },
  };
}
