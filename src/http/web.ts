// Serves the web explorer (web/, built by `npm run web:build` into web/dist/) at /: GET and HEAD requests outside
// the API's own paths get the file they name, or index.html (client-side routes such as /entity/<id>). Hashed
// assets are cached for a year, everything else revalidated. Without a build, / explains how to make one.
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import type { Plugin } from "graphql-yoga";
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
        endResponse(new fetchAPI.Response(head ? null : NOT_BUILT, { status: url.pathname === "/" ? 200 : 404, headers: { "content-type": TYPES[".html"] } }));
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
