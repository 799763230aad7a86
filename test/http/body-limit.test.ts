// The request body limit (src/http/body-limit.ts): over a real HTTP server, a body framed by Content-Length is
// trusted to its length and a chunked body is counted while it arrives; in-process (yoga.fetch), where no HTTP parser
// framed the body, every body is counted whatever its Content-Length says. Over the limit: 413
// REQUEST_ENTITY_TOO_LARGE; under it: the answer.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../../src/http/yoga.js";
import { seededDatabase, type TestDb } from "../helpers/db.js";
import { startInstance, type Instance } from "../helpers/production.js";

const LIMIT = 10_000;
let t: TestDb;
let server: Instance;

beforeAll(async () => {
  t = await seededDatabase("sqlite");
  server = await startInstance(t.db, undefined, undefined, { maxRequestBodySize: LIMIT });
}, 120_000);
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

/** A `{ __typename }` POST whose body is padded to about `size` bytes. */
const body = (size: number) => {
  const base = JSON.stringify({ query: "{ __typename }", variables: { pad: "" } });
  return JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(Math.max(0, size - base.length)) } });
};

/** A raw POST over node:http: with Content-Length, or chunked (no Content-Length) in `parts` writes. */
function send(text: string, framing: "length" | "chunked", parts = 4): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { "content-type": "application/json", accept: "application/graphql-response+json" };
    if (framing === "length") headers["content-length"] = Buffer.byteLength(text);
    const req = request({ host: "127.0.0.1", port: server.port, path: "/graphql", method: "POST", headers, agent: false }, (res) => {
      let out = "";
      res.on("data", (d) => (out += d));
      res.on("end", () => resolve({ status: res.statusCode!, json: JSON.parse(out) }));
    });
    // The server may answer 413 and close before the whole body is written.
    req.on("error", (e: NodeJS.ErrnoException) => (e.code === "EPIPE" || e.code === "ECONNRESET" ? undefined : reject(e)));
    const step = Math.ceil(text.length / parts);
    for (let i = 0; i < text.length; i += step) req.write(text.slice(i, i + step));
    req.end();
  });
}

describe("over HTTP", () => {
  it("a body within the limit is answered, with Content-Length or chunked", async () => {
    for (const framing of ["length", "chunked"] as const) {
      const r = await send(body(LIMIT - 100), framing);
      expect(r.status, framing).toBe(200);
      expect(r.json).toEqual({ data: { __typename: "Query" } });
    }
  });

  it("a Content-Length over the limit: 413 before the body is read", async () => {
    const r = await send(body(LIMIT + 1), "length");
    expect(r.status).toBe(413);
    expect(r.json.errors[0].extensions.code).toBe("REQUEST_ENTITY_TOO_LARGE");
  });

  it("a chunked body over the limit: 413, counted as it arrives", async () => {
    for (const size of [LIMIT + 1, 10 * LIMIT]) {
      const r = await send(body(size), "chunked", 8);
      expect(r.status, String(size)).toBe(413);
      expect(r.json.errors[0].extensions.code).toBe("REQUEST_ENTITY_TOO_LARGE");
    }
    // The server still answers afterwards.
    expect((await send(body(100), "chunked")).status).toBe(200);
  });
});

describe("in-process (yoga.fetch): no HTTP parser framed the body", () => {
  const post = (text: string, headers: Record<string, string> = {}) =>
    createServer({ db: t.db, logging: false, webDist: false, maxRequestBodySize: LIMIT }).fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
      body: text,
    });

  it("a Content-Length that understates the body does not let it through", async () => {
    const r = await post(body(5 * LIMIT), { "content-length": "100" });
    expect(r.status).toBe(413);
    expect(((await r.json()) as any).errors[0].extensions.code).toBe("REQUEST_ENTITY_TOO_LARGE");
  });

  it("without Content-Length, the body is counted; a malformed Content-Length is a 400", async () => {
    expect((await post(body(LIMIT + 1))).status).toBe(413);
    expect((await post(body(LIMIT - 100))).status).toBe(200);
    const malformed = await post(body(100), { "content-length": "100, 100" });
    expect(malformed.status).toBe(400);
  });
});
