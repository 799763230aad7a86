// Serves the web explorer (web/, built by `npm run web:build` into web/dist/) at /: GET and HEAD requests outside
// the API's own paths get the file they name, or index.html (client-side routes such as /entity/<id>). Hashed
// assets are cached for a year, everything else revalidated. Without a build, / explains how to make one.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { extname, join, normalize, sep } from "node:path";
import { Worker } from "node:worker_threads";
import type { GraphiQLOptions, Plugin } from "graphql-yoga";
import { PROJECT_ROOT } from "../config.js";

export const DEFAULT_WEB_DIST = join(PROJECT_ROOT, "web/dist");

const API_PATHS = [/^\/graphql(\/|$)/, /^\/health$/, /^\/ready$/, /^\/export(\/|$)/, /^\/metrics$/];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};

const SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  // Everything is bundled: no third-party scripts, styles or fonts.
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'",
};

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>policing-graph</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5">
<main><h1>The web explorer is not built</h1><p>Build it with <code>npm run web:build</code> (into <code>web/dist/</code>) and reload this page.
<code>npm start</code> builds it when it is missing.</p><p>The GraphQL API is at <a href="/graphql">/graphql</a>.</p></main></body></html>`;

export interface WebOptions {
  /** The built explorer; defaults to web/dist. */
  dist?: string;
}

export function useWebExplorer(opts: WebOptions = {}): Plugin {
  const root = normalize(opts.dist ?? DEFAULT_WEB_DIST);
  const file = (path: string): string | null => {
    const full = normalize(join(root, path));
    if (full !== root && !full.startsWith(root + sep)) return null; // no way out of dist
    try {
      return statSync(full).isFile() ? full : null;
    } catch {
      return null;
    }
  };
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      if (API_PATHS.some((re) => re.test(url.pathname))) return;
      const head = request.method === "HEAD";
      if (!existsSync(join(root, "index.html"))) {
        endResponse(
          new fetchAPI.Response(head ? null : NOT_BUILT, {
            status: url.pathname === "/" ? 200 : 404,
            headers: { "content-type": TYPES[".html"], ...SECURITY_HEADERS },
          }),
        );
        return;
      }
      let path: string;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        endResponse(new fetchAPI.Response("Bad path", { status: 400 }));
        return;
      }
      let found = path.endsWith("/") ? null : file(path);
      const isAsset = /^\/assets\//.test(path);
      if (!found && (isAsset || extname(path) !== "")) {
        // A missing file (not a client route): 404 rather than index.html, so broken links are visible.
        if (!/^\/(entity|graph|paths|crime)\//.test(path)) {
          endResponse(new fetchAPI.Response(head ? null : "Not found", { status: 404, headers: { "content-type": TYPES[".txt"] } }));
          return;
        }
      }
      found ??= join(root, "index.html");
      const body = head ? null : readFileSync(found);
      endResponse(
        new fetchAPI.Response(body, {
          status: 200,
          headers: {
            "content-type": TYPES[extname(found)] ?? "application/octet-stream",
            "cache-control": isAsset && found !== join(root, "index.html") ? "public, max-age=31536000, immutable" : "no-cache",
            ...SECURITY_HEADERS,
          },
        }),
      );
    },
  };
}

// GraphiQL served by the product itself, for networks that reach no CDN (Yoga's own page loads its scripts from
// unpkg.com and stays at "Loading ..." offline). @graphql-yoga/render-graphiql carries the whole build as strings
// (about 9 MB, read on the first visit only); its own page inlines them all, which a strict CSP forbids, so they
// are served as files under /graphiql/<content hash>/ instead, cached for good. The page runs no inline script: its
// options travel in a JSON data block, which the browser never executes.

// Scripts only from this server, none inline. Styles do need 'unsafe-inline': Monaco renders its lines as HTML with
// style attributes (hundreds per screen) and adds <style> elements without a nonce, which no nonce or hash can cover.
const GRAPHIQL_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
  "connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

interface Asset {
  body: Uint8Array<ArrayBuffer>;
  /** The same, gzipped (about a quarter of the size), for clients that accept it. */
  gzip: Uint8Array<ArrayBuffer>;
  type: string;
}

interface GraphiQLAssets {
  /** /graphiql/<hash>/ */
  base: string;
  files: Map<string, Asset>;
}

// Monaco asks MonacoEnvironment for its workers by label; render-graphiql hands it blob: URLs of inlined code, we
// hand it our own files next to this script (a CSP of worker-src 'self', no blob:).
const PRELUDE = `(function () {
  var base = document.currentScript.src.replace(/[^/]*$/, "");
  var workers = { editorWorkerService: "editor.worker.js", json: "json.worker.js", graphql: "graphql.worker.js" };
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (_moduleId, label) { return base + (workers[label] || workers.editorWorkerService); },
  };
})();
`;
const START = `
;YogaGraphiQL.renderYogaGraphiQL(document.getElementById("root"), JSON.parse(document.getElementById("graphiql-options").textContent));
`;

// Loading the package's 9 MB module, copying and gzipping it takes seconds of CPU: done in a worker thread, so the
// first visit does not freeze the instance's other requests, and the module's strings die with the worker (only
// the buffers, transferred, stay: about 11 MB outside the JS heap).
const ASSET_WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const { gzipSync } = require("node:zlib");
const m = require(workerData.module);
const enc = new TextEncoder();
const bodies = {
  "graphiql.js": enc.encode(workerData.prelude + m.js + workerData.start),
  "graphiql.css": enc.encode(m.css),
  "editor.worker.js": enc.encode(m.editorWorkerService),
  "json.worker.js": enc.encode(m.jsonWorker),
  "graphql.worker.js": enc.encode(m.graphqlWorker),
  "favicon.ico": Uint8Array.from(Buffer.from(m.favicon.slice(m.favicon.indexOf(",") + 1), "base64")),
};
const hash = createHash("sha256");
const files = {};
const transfer = [];
for (const [name, body] of Object.entries(bodies)) {
  hash.update(body);
  const gzip = Uint8Array.from(gzipSync(body));
  files[name] = { body, gzip };
  transfer.push(body.buffer, gzip.buffer);
}
parentPort.postMessage({ hash: hash.digest("hex").slice(0, 16), files }, transfer);
`;

const ASSET_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": TYPES[".css"],
  ".ico": TYPES[".ico"],
};

let graphiqlAssets: Promise<GraphiQLAssets> | undefined;
function loadGraphiQLAssets(): Promise<GraphiQLAssets> {
  graphiqlAssets ??= new Promise<GraphiQLAssets>((resolve, reject) => {
    const module = createRequire(import.meta.url).resolve("@graphql-yoga/render-graphiql/graphiql");
    const worker = new Worker(ASSET_WORKER, { eval: true, workerData: { module, prelude: PRELUDE, start: START } });
    worker.once("message", (m: { hash: string; files: Record<string, Omit<Asset, "type">> }) => {
      const files = new Map<string, Asset>();
      for (const [name, f] of Object.entries(m.files)) files.set(name, { ...f, type: ASSET_TYPES[extname(name)] });
      resolve({ base: `/graphiql/${m.hash}/`, files });
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`GraphiQL asset worker exited with ${code}`)));
  }).catch((e: unknown) => {
    graphiqlAssets = undefined; // try again on the next visit
    throw e;
  });
  return graphiqlAssets;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function graphiqlPage(base: string, options: GraphiQLOptions): string {
  const title = escapeHtml(options.title ?? "GraphiQL");
  // "<" escaped, so no string in the options can close the data block.
  const data = JSON.stringify(options).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="${base}favicon.ico"><link rel="stylesheet" href="${base}graphiql.css"></head>
<body id="body" class="no-focus-outline"><noscript>GraphiQL needs JavaScript.</noscript><div id="root"></div>
<script type="application/json" id="graphiql-options">${data}</script>
<script src="${base}graphiql.js"></script></body></html>
`;
}

/**
 * GraphiQL at the GraphQL endpoint for browsers (GET, Accept: text/html), its assets at /graphiql/<hash>/. Replaces
 * Yoga's `graphiql` option (which must be off).
 */
export function useOfflineGraphiQL(opts: { endpoint: string; options?: GraphiQLOptions }): Plugin {
  const pages = [opts.endpoint, `${opts.endpoint}/`];
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      const head = request.method === "HEAD";
      if (pages.includes(url.pathname)) {
        if (!request.headers.get("accept")?.includes("text/html")) return;
        const { base } = await loadGraphiQLAssets();
        endResponse(
          new fetchAPI.Response(head ? null : graphiqlPage(base, opts.options ?? {}), {
            headers: { "content-type": TYPES[".html"], "cache-control": "no-cache", "content-security-policy": GRAPHIQL_CSP },
          }),
        );
        return;
      }
      if (!url.pathname.startsWith("/graphiql/")) return;
      const { base, files } = await loadGraphiQLAssets();
      const asset = url.pathname.startsWith(base) ? files.get(url.pathname.slice(base.length)) : undefined;
      if (!asset) {
        endResponse(new fetchAPI.Response(head ? null : "Not found", { status: 404, headers: { "content-type": TYPES[".txt"] } }));
        return;
      }
      const gzip = /\bgzip\b/.test(request.headers.get("accept-encoding") ?? "");
      const body = gzip ? asset.gzip : asset.body;
      endResponse(
        new fetchAPI.Response(head ? null : body, {
          headers: {
            "content-type": asset.type,
            "cache-control": "public, max-age=31536000, immutable",
            "content-length": String(body.byteLength),
            vary: "Accept-Encoding",
            ...(gzip ? { "content-encoding": "gzip" } : {}),
          },
        }),
      );
    },
  };
}
