// Graceful shutdown of `npm start` (src/server.ts) as a child process, in the production profile with metrics on a
// port of their own: SIGTERM while several requests are in flight (bodies still arriving, a connection accepted
// whose request has not been sent yet, an export being read slowly), every one completes, /ready answers 503 on
// the connections still open, new connections are refused, and the process exits 0 without cutting anything.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { request } from "node:http";
import { connect, createServer as createTcpServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it, onTestFinished } from "vitest";
import { PROJECT_ROOT } from "../src/config.js";

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createTcpServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A POST whose body is sent in two parts: the first now, the rest when `finish` is called. */
function slowPost(port: number, query: string) {
  const body = JSON.stringify({ query });
  let finish!: () => void;
  const done = new Promise<{ status: number; connection: string | undefined; text: string }>((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path: "/graphql", method: "POST", agent: false, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode!, connection: res.headers.connection, text }));
        res.on("aborted", () => reject(new Error("response aborted")));
      },
    );
    req.on("error", reject);
    req.write(body.slice(0, 10));
    finish = () => req.end(body.slice(10));
  });
  return { done, finish: () => finish() };
}

/** A TCP connection opened now, on which raw HTTP/1.1 requests are written by hand. */
async function openConnection(port: number) {
  const socket = connect(port, "127.0.0.1");
  let text = "";
  socket.on("data", (d) => (text += d));
  const closed = new Promise<string>((resolve, reject) => {
    socket.on("close", () => resolve(text));
    socket.on("error", reject);
  });
  await new Promise((r) => socket.once("connect", r));
  return {
    write: (raw: string) => void socket.write(raw),
    received: () => text,
    /** Everything received once the server closed the connection. */
    closed,
  };
}

it("SIGTERM: /ready 503, no new connections, every in-flight request completes, pools close after, exit 0; logs are JSON lines", async () => {
  const [port, metricsPort] = [await freePort(), await freePort()];
  const dir = mkdtempSync(join(tmpdir(), "policing-graph-shutdown-"));
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${join(dir, "db.sqlite")}`,
      REDIS_URL: "",
      PROFILE: "production",
      METRICS_PORT: String(metricsPort),
      SHUTDOWN_TIMEOUT_MS: "30000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  onTestFinished(() => void (child.exitCode === null && child.kill("SIGKILL")));
  // Generous: starting tsx on a loaded CI machine can take minutes; this bounds a hang, it measures nothing.
  const deadline = Date.now() + 300_000;
  while (!/GraphQL API on/.test(out)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start: ${out}`);
    await sleep(100);
  }

  // Metrics: not on the public port in production; on METRICS_PORT.
  expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
  const metrics = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
  expect(metrics.status).toBe(200);
  expect(await metrics.text()).toContain("process_cpu_user_seconds_total");

  // In flight when SIGTERM comes: five requests whose bodies are still arriving, two connections accepted whose
  // requests have not been sent yet, and an export read slowly.
  const posts = Array.from({ length: 5 }, () => slowPost(port, `{ organization(slug: "europol") { name } }`));
  const idle = [await openConnection(port), await openConnection(port)];
  // And a keep-alive connection that served a request before and is idle when SIGTERM comes.
  const kept = await openConnection(port);
  kept.write(`GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n`);
  while (!/^HTTP\/1\.1 200 [^]*\r\n\r\n/.test(kept.received())) await sleep(20);
  expect(kept.received().toLowerCase()).toContain("keep-alive");
  const exportDone = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: "/export/csv/edges", agent: false }, (res) => {
      res.pause();
      let text = "";
      setTimeout(() => {
        res.on("data", (d) => (text += d));
        res.resume();
      }, 1500);
      res.on("end", () => resolve({ status: res.statusCode!, text }));
      res.on("aborted", () => reject(new Error("export aborted")));
    });
    req.on("error", reject);
    req.end();
  });
  await sleep(300);
  child.kill("SIGTERM");
  while (!/shutting down/.test(out)) {
    if (Date.now() > deadline) throw new Error(`no shutdown: ${out}`);
    await sleep(50);
  }
  await sleep(300);

  // No new connection is accepted.
  await expect(
    new Promise((resolve, reject) => {
      const s = connect(port, "127.0.0.1").on("connect", () => resolve(s.destroy())).on("error", reject);
    }),
  ).rejects.toThrow(/ECONNREFUSED/);
  // The connections accepted before are served: /ready says the instance is going away.
  idle[0].write(`GET /ready HTTP/1.1\r\nHost: localhost\r\n\r\n`);
  const ready = await idle[0].closed;
  expect(ready).toMatch(/^HTTP\/1\.1 503 /);
  expect(ready.toLowerCase()).toContain("connection: close");
  const body = JSON.stringify({ query: `{ country(code: "HT") { name } }` });
  const post = `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  idle[1].write(post);
  const late = await idle[1].closed;
  expect(late).toMatch(/^HTTP\/1\.1 200 /);
  expect(late).toContain("Haiti");
  // The idle keep-alive connection still takes a request, answered with Connection: close.
  const before = kept.received().length;
  kept.write(post);
  const second = (await kept.closed).slice(before);
  expect(second).toMatch(/^HTTP\/1\.1 200 /);
  expect(second.toLowerCase()).toContain("connection: close");
  expect(second).toContain("Haiti");
  for (const p of posts) p.finish();
  const answers = await Promise.all(posts.map((p) => p.done));
  for (const a of answers) {
    expect(a.status).toBe(200);
    expect(a.connection).toBe("close");
    expect(JSON.parse(a.text).data.organization.name).toMatch(/Europol|Law Enforcement/);
  }
  const exported = await exportDone;
  expect(exported.status).toBe(200);
  expect(exported.text.split("\n")[0]).toMatch(/^id,/);
  expect(exported.text.endsWith("\n")).toBe(true);
  expect(await exited).toBe(0);

  const lines = out.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
  expect(lines.find((l) => /GraphQL API on/.test(l.msg))).toMatchObject({ level: "info", profile: "production", graphiql: false, introspection: false });
  expect(lines.filter((l) => l.msg === "request" && l.status === 200 && typeof l.reqId === "string").length).toBeGreaterThanOrEqual(8);
  expect(lines.some((l) => /shutting down/.test(l.msg))).toBe(true);
  // Nothing was cut by the grace period: every request finished by itself.
  expect(lines.some((l) => /grace period over/.test(l.msg))).toBe(false);
  expect(lines.map((l) => l.msg)).toContain("stopped");
}, 420_000);
