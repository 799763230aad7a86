// Exports under faults, over real HTTP: PostgreSQL behind a TCP proxy the test cuts before and during an export,
// clients that leave mid-export. Whatever happens, the response ends (a JSON error before the first byte, an
// incomplete body after it), the server keeps answering, and nothing rejects unhandled (vitest fails the run on
// an unhandled rejection in this process, which is where the server runs).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "../../src/store/db.js";
import { generateGraph } from "../../scripts/generate-graph.js";
import { postgresAvailable, seededDatabase, type TestDb } from "../helpers/db.js";
import { TcpProxy, post, startInstance, until, type Instance, proxiedUrl } from "../helpers/production.js";

const hasPg = await postgresAvailable();
// Enough relationships that every large format spans many pages and more bytes than the sockets buffer.
const RELATIONS = 20_000;
const LARGE = ["/export/graphml", "/export/jsonld", "/export/csv/edges"];
const ALL = [...LARGE, "/export/csv/nodes"];
const QUERY = `{ organization(slug: "europol") { name } }`;

type Outcome = { ended: "complete" | "incomplete"; bytes: number; tail: string };

/** Reads a response body to its end, or to the error that ends it. */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, seen = 0): Promise<Outcome> {
  let bytes = seen;
  let tail = "";
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { ended: "complete", bytes, tail };
      bytes += value.length;
      tail = (tail + decoder.decode(value, { stream: true })).slice(-200);
    }
  } catch {
    return { ended: "incomplete", bytes, tail };
  }
}

describe.skipIf(!hasPg)("exports when PostgreSQL goes away", () => {
  let t: TestDb;
  let proxy: TcpProxy;
  let db: DbHandle;
  let inst: Instance;

  beforeAll(async () => {
    t = await seededDatabase("postgresql");
    await generateGraph(t.url, { relations: RELATIONS, seed: 11, progress: false, log: () => {} });
    let proxiedDb: string;
    ({ proxy, url: proxiedDb } = await proxiedUrl(t.url));
    db = createDb(proxiedDb, { connectTimeoutMs: 1000, statementTimeoutMs: 10_000 });
    inst = await startInstance(db);
  }, 600_000);
  afterAll(async () => {
    await inst?.close();
    await db?.prisma.$disconnect().catch(() => undefined);
    await proxy?.close();
    await t?.drop();
  });

  const recovered = async () => {
    proxy.up();
    await until(async () => (await post(inst.base, QUERY)).status === 200, 15_000, "GraphQL after the database returned");
  };

  it("down before the first byte: every format is a 503 JSON error with Retry-After, then works again", async () => {
    proxy.down();
    for (const path of ALL) {
      const res = await fetch(`${inst.base}${path}`);
      expect(res.status, path).toBe(503);
      expect(res.headers.get("content-type"), path).toMatch(/^application\/json/);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(await res.json()).toMatchObject({ error: { code: "SERVICE_UNAVAILABLE" } });
    }
    expect((await fetch(`${inst.base}/health`)).status).toBe(200);
    await recovered();
    const back = await fetch(`${inst.base}/export/csv/nodes?kinds=ORGANIZATION`);
    expect(back.status).toBe(200);
    expect(await back.text()).toContain("ORGANIZATION:europol");
  });

  it("cut mid-export: the response ends, incomplete, and the server keeps answering", async () => {
    for (const path of LARGE) {
      const res = await fetch(`${inst.base}${path}`);
      expect(res.status, path).toBe(200);
      const reader = res.body!.getReader();
      const first = await reader.read();
      expect(first.done).toBe(false);
      // The client stops reading, so the server stops at a page boundary with most of the export unread;
      // then the database goes away and the client reads on.
      proxy.down();
      const outcome = await drain(reader, first.value!.length);
      expect(outcome.ended, path).toBe("incomplete");
      expect(outcome.tail, path).not.toMatch(/<\/graphml>\s*$|\]\s*\}\s*$/);
      expect((await fetch(`${inst.base}/health`)).status).toBe(200);
      await recovered();
    }
  });

  it("cut mid-export while the client leaves: the server keeps answering", async () => {
    for (const path of LARGE) {
      const ctrl = new AbortController();
      const res = await fetch(`${inst.base}${path}`, { signal: ctrl.signal });
      const reader = res.body!.getReader();
      await reader.read();
      proxy.down();
      // Let the server try its next page against the dead link, then hang up.
      await reader.read();
      ctrl.abort();
      await drain(reader);
      expect((await fetch(`${inst.base}/health`)).status).toBe(200);
      await recovered();
    }
  });

  it("a client that leaves stops the reading", async () => {
    const count = async (fn: () => Promise<unknown>) => {
      const before = db.stats.statements;
      await fn();
      return db.stats.statements - before;
    };
    const whole = await count(async () => expect((await drain((await fetch(`${inst.base}/export/graphml`)).body!.getReader())).ended).toBe("complete"));
    const res = await fetch(`${inst.base}/export/graphml`);
    const reader = res.body!.getReader();
    await reader.read();
    const before = db.stats.statements;
    await reader.cancel();
    // Once the server has noticed (its statement count stops moving), it has read a page or two, not the rest.
    let last = -1;
    await until(
      async () => {
        const now = db.stats.statements;
        const still = now === last;
        last = now;
        await new Promise((r) => setTimeout(r, 300));
        return still && db.stats.statements === now;
      },
      30_000,
      "the export to stop reading",
    );
    expect(db.stats.statements - before).toBeLessThan(whole / 2);
    expect((await post(inst.base, QUERY)).status).toBe(200);
  });
});
