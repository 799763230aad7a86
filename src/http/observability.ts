// Operations: structured JSON logs (pino) with a request id on every line about a request, an x-request-id
// header echoed (generated when the client sent none), and Prometheus metrics at GET /metrics (prom-client:
// requests by operation name and status, their duration, and the default process metrics).
import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { Plugin, YogaLogger } from "graphql-yoga";
import type { Logger } from "../log.js";
import type { Config } from "../config.js";

/**
 * Yoga's logger interface over pino: an Error argument becomes the `err` field. Errors that `skip` accepts are
 * not logged (outages: their own module logs them once, not per request).
 */
export function yogaLogger(logger: Logger, opts: { skip?: (err: Error) => boolean } = {}): YogaLogger {
  const at =
    (level: "debug" | "info" | "warn" | "error") =>
    (...args: unknown[]) => {
      const err = args.find((a) => a instanceof Error) as Error | undefined;
      if (err && opts.skip?.(err)) return;
      const text = args.filter((a) => !(a instanceof Error)).map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ");
      if (err) logger[level]({ err }, text || err.message);
      else logger[level](text);
    };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

// One registry per process: several Yoga instances in one process (tests) share the metrics.
let metrics: { registry: Registry; requests: Counter<"operation" | "status">; duration: Histogram<"operation" | "status"> } | undefined;
function getMetrics() {
  if (metrics) return metrics;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "graphql_requests_total",
    help: "GraphQL HTTP requests by operation name and HTTP status",
    labelNames: ["operation", "status"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "graphql_request_duration_seconds",
    help: "Duration of GraphQL HTTP requests by operation name and HTTP status",
    labelNames: ["operation", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  metrics = { registry, requests, duration };
  return metrics;
}

/** Operation names become label values: only well-formed names, at most this many distinct ones. */
const MAX_OPERATION_LABELS = 200;
const seenOperations = new Set<string>();
function operationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  if (!/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name)) return "invalid";
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_LABELS) return "other";
  seenOperations.add(name);
  return name;
}

interface RequestInfo {
  id: string;
  start: number;
  path: string;
  operation?: string | null;
}

/** Where GET /metrics is answered on the API's port: "open", only with `Authorization: Bearer <token>`, or "closed". */
export type MetricsEndpoint = "open" | "closed" | { token: string };

/** What the configuration says of /metrics on the API's port (src/config.ts decides; serve.ts applies it). */
export function metricsEndpointOf(config: Pick<Config, "metricsOnPublicPort" | "METRICS_TOKEN">): MetricsEndpoint {
  return config.metricsOnPublicPort === "token" ? { token: config.METRICS_TOKEN! } : config.metricsOnPublicPort;
}

const sameSecret = (a: string, b: string) => {
  const x = createHash("sha256").update(a).digest();
  return timingSafeEqual(x, createHash("sha256").update(b).digest());
};

/** The metrics in the Prometheus text format (METRICS_PORT's server, src/http/serve.ts). */
export async function metricsResponse(): Promise<{ body: string; contentType: string }> {
  const m = getMetrics();
  return { body: await m.registry.metrics(), contentType: m.registry.contentType };
}

/**
 * Request ids, access logs and metrics. Every response carries x-request-id; every request is logged once when
 * it ends (id, method, path, operation, status, duration); GET /metrics answers in the Prometheus text format.
 */
export function useOperations(opts: { logger: Logger; metrics?: boolean; endpoint?: MetricsEndpoint; accessLog?: boolean }): Plugin {
  const info = new WeakMap<Request, RequestInfo>();
  const m = opts.metrics === false ? null : getMetrics();
  const endpoint = m ? (opts.endpoint ?? "open") : "closed";
  return {
    // Not async: only GET /metrics waits for anything.
    onRequest({ request, url, endResponse, fetchAPI }) {
      const given = request.headers.get("x-request-id");
      info.set(request, { id: given && REQUEST_ID.test(given) ? given : randomUUID(), start: performance.now(), path: url.pathname });
      if (!m || url.pathname !== "/metrics" || endpoint === "closed") return;
      if (typeof endpoint === "object") {
        const sent = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1];
        if (!sent || !sameSecret(sent, endpoint.token))
          return endResponse(
            Response.json({ error: { code: "UNAUTHENTICATED", message: "GET /metrics needs 'Authorization: Bearer <METRICS_TOKEN>'" } }, { status: 401, headers: { "www-authenticate": "Bearer" } }),
          );
      }
      if (request.method === "GET") {
        return m.registry.metrics().then((text) => endResponse(new fetchAPI.Response(text, { headers: { "content-type": m.registry.contentType } })));
      }
    },
    onParams({ params, request }) {
      const i = info.get(request);
      if (i) i.operation = params.operationName ?? operationNameOf(params.query);
    },
    onResponse({ request, response }) {
      const i = info.get(request);
      if (!i) return;
      response.headers.set("x-request-id", i.id);
      const path = i.path;
      if (path === "/metrics" || path === "/health") return;
      const seconds = (performance.now() - i.start) / 1000;
      if (m && path === "/graphql") {
        const labels = { operation: operationLabel(i.operation), status: String(response.status) };
        m.requests.inc(labels);
        m.duration.observe(labels, seconds);
      }
      if (opts.accessLog !== false)
        opts.logger.info(
          { reqId: i.id, method: request.method, path, operation: i.operation ?? undefined, status: response.status, ms: Math.round(seconds * 1000) },
          "request",
        );
    },
  };
}

/** The name of the first named operation of a document, without parsing it. */
function operationNameOf(query: string | undefined): string | null {
  if (!query) return null;
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1] ?? null;
}
