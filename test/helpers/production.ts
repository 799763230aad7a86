// Production tests: real HTTP servers on ports, Redis, a TCP proxy that can cut a service off, SSE reading.
// Redis tests skip when Redis is unreachable, unless REQUIRE_SERVICES=1 or CI=true, which makes that a failure.
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createTcpServer, connect, type Socket, type Server as TcpServer } from "node:net";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { Redis } from "ioredis";
import { REQUIRE_SERVICES } from "./db.js";
import type { DbHandle } from "../../src/store/db.js";
import { createServer, type YogaOptions } from "../../src/http/yoga.js";
import { createLogger, type Logger } from "../../src/log.js";
import type { SharedState } from "../../src/store/shared.js";

export const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

let redisReachable: boolean | undefined;
export async function redisAvailable(): Promise<boolean> {
  if (redisReachable !== undefined) return redisReachable;
  const r = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 1500, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  r.on("error", () => undefined);
  try {
    await r.connect();
    await r.ping();
    redisReachable = true;
  } catch (e) {
    if (REQUIRE_SERVICES) throw new Error(`Redis is required (REQUIRE_SERVICES) but unreachable at ${REDIS_URL}: ${(e as Error).message}`);
    redisReachable = false;
  } finally {
    r.disconnect();
  }
  return redisReachable;
}

/** A key prefix of its own for one test run, so runs never see each other's keys. */
export const uniquePrefix = (what: string) => `policing-graph-test:${what}:${process.pid}:${Math.random().toString(36).slice(2, 8)}:`;

/** Deletes every key under a prefix. */
export async function dropRedisPrefix(prefix: string, url = REDIS_URL): Promise<void> {
  const r = new Redis(url, { maxRetriesPerRequest: 1 });
  r.on("error", () => undefined);
  try {
    for await (const keys of r.scanStream({ match: `${prefix}*`, count: 500 }) as AsyncIterable<string[]>) if (keys.length) await r.del(...keys);
  } finally {
    r.disconnect();
  }
}

/** Log lines captured in memory (pino JSON). */
export function captureLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      for (const l of String(chunk).split("\n")) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
      cb();
    },
  });
  return { logger: createLogger("debug", sink), lines };
}

export interface Instance {
  port: number;
  base: string;
  server: Server;
  close(): Promise<void>;
}

/** One server instance: node:http + createServer from src/http/yoga.ts on a free port. */
export async function startInstance(db: DbHandle, shared?: SharedState, logger?: Logger, extra: Partial<YogaOptions> = {}): Promise<Instance> {
  const yoga = createServer({ db, graphiql: false, shared, logger, logging: logger ? true : false, webDist: false, ...extra });
  const server = createHttpServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface HttpResult {
  status: number;
  headers: Headers;
  body: any;
}

export async function post(base: string, query: string, variables?: unknown, headers: Record<string, string> = {}): Promise<HttpResult> {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

/** A GraphQL subscription over SSE (POST, Accept: text/event-stream); collects `next` payloads. */
export function subscribeSse(base: string, query: string, variables?: unknown) {
  const ctrl = new AbortController();
  const events: any[] = [];
  const waiters: Array<() => void> = [];
  const opened = (async () => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query, variables }),
      signal: ctrl.signal,
    });
    if (res.status !== 200) throw new Error(`SSE answered ${res.status}: ${await res.text()}`);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          let i;
          while ((i = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, i);
            buffer = buffer.slice(i + 2);
            const data = block
              .split("\n")
              .filter((l) => l.startsWith("data:"))
              .map((l) => l.slice(5).trim())
              .join("\n");
            if (data) {
              events.push(JSON.parse(data));
              waiters.splice(0).forEach((w) => w());
            }
          }
        }
      } catch {
        // aborted
      }
    })();
  })();
  return {
    events,
    opened,
    async next(timeoutMs = 5000): Promise<any> {
      const start = events.length;
      const deadline = Date.now() + timeoutMs;
      while (events.length <= start) {
        if (Date.now() > deadline) throw new Error(`no subscription event within ${timeoutMs} ms`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 50);
        });
      }
      return events[start];
    },
    close: () => ctrl.abort(),
  };
}

/** Waits until `fn` returns true (polling). */
export async function until(fn: () => boolean | Promise<boolean>, timeoutMs = 5000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * A TCP proxy in front of a service (PostgreSQL, Redis) that a test can break in two ways:
 * - `down()` cuts: destroys every open connection and refuses new ones at once (the service "goes away", and
 *   clients hear about it);
 * - `blackhole()` partitions: connections stay open and new ones are accepted, but nothing is forwarded either way,
 *   and no error ever comes back (packets dropped). Bytes sent meanwhile wait, as TCP keeps them for retransmission.
 * `up()` forwards again; after a blackhole, held connections carry on where they stopped (a partition that heals).
 */
export class TcpProxy {
  private server: TcpServer;
  private sockets = new Set<Socket>();
  private mode: "up" | "down" | "blackhole" = "up";
  /** Connections accepted so far (a test can tell whether a client opened new ones). */
  accepted = 0;
  port = 0;
  constructor(
    private targetHost: string,
    private targetPort: number,
  ) {
    this.server = createTcpServer((client) => {
      if (this.mode === "down") return void client.destroy();
      this.accepted++;
      const upstream = connect(this.targetPort, this.targetHost);
      this.sockets.add(client).add(upstream);
      const drop = () => {
        client.destroy();
        upstream.destroy();
        this.sockets.delete(client);
        this.sockets.delete(upstream);
      };
      client.on("error", drop).on("close", drop);
      upstream.on("error", drop).on("close", drop);
      this.forward(client, upstream);
      this.forward(upstream, client);
    });
  }
  private forward(from: Socket, to: Socket): void {
    from.on("data", (chunk: Buffer) => {
      if (!to.write(chunk)) from.pause();
    });
    to.on("drain", () => {
      if (this.mode === "up") from.resume();
    });
    // Attaching "data" made the socket flow; a partition holds it.
    if (this.mode === "blackhole") from.pause();
  }
  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }
  down(): void {
    this.mode = "down";
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
  }
  blackhole(): void {
    this.mode = "blackhole";
    for (const s of this.sockets) s.pause();
  }
  up(): void {
    this.mode = "up";
    for (const s of this.sockets) s.resume();
  }
  async close(): Promise<void> {
    this.down();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A TCP proxy of our own in front of a database URL's server, and the URL that goes through it. */
export async function proxiedUrl(url: string, defaultPort = 5432): Promise<{ proxy: TcpProxy; url: string }> {
  const u = new URL(url);
  const proxy = await new TcpProxy(u.hostname, Number(u.port || defaultPort)).start();
  u.host = `127.0.0.1:${proxy.port}`;
  return { proxy, url: u.toString() };
}

/** The SQL statements a database handle issued while `fn` ran. */
export async function statementsDuring(db: DbHandle, fn: () => Promise<unknown>): Promise<number> {
  const before = db.stats.statements;
  await fn();
  return db.stats.statements - before;
}
