// Numeric export parameters are strict: plain decimal digits within their range, else a 400 (HTTP) or a usage
// error (CLI, exit 1) naming the parameter. Number() would read "", " 3", "0x3", "3e0" and "1.0" as numbers.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededDatabase, type TestDb } from "../helpers/db.js";
import { testServer, type Yoga } from "../helpers/http.js";

const BIN = fileURLToPath(new URL("../../bin/policing-graph.js", import.meta.url));
const BAD_DEPTHS = ["", "0x3", "3e0", "1.0", "+1", "-1", " 1", "1 ", "6", "99999999999999999999", "Infinity", "NaN", "٣"];

describe("numeric export parameters", () => {
  let t: TestDb;
  let yoga: Yoga;
  beforeAll(async () => {
    t = await seededDatabase("sqlite");
    yoga = testServer(t.db);
  }, 120_000);
  afterAll(async () => t?.drop());

  it("depth takes 0..5 in decimal digits; anything else is a 400 naming depth", async () => {
    for (const depth of ["0", "1", "5", "03"]) {
      const res = await yoga.fetch(`http://test/export/csv/nodes?around=ORGANIZATION:europol&depth=${depth}`);
      expect(res.status, depth).toBe(200);
      expect(await res.text()).toContain("ORGANIZATION:europol");
    }
    for (const depth of BAD_DEPTHS) {
      for (const path of ["graphml", "jsonld", "csv/nodes", "csv/edges"]) {
        const res = await yoga.fetch(`http://test/export/${path}?around=ORGANIZATION:europol&depth=${encodeURIComponent(depth)}`);
        expect(res.status, `${path} depth=${JSON.stringify(depth)}`).toBe(400);
        expect(await res.json()).toMatchObject({ error: { code: "BAD_PARAMETER", parameter: "depth" } });
      }
    }
    const twice = await yoga.fetch("http://test/export/graphml?around=ORGANIZATION:europol&depth=1&depth=2");
    expect(twice.status).toBe(400);
    expect(await twice.json()).toMatchObject({ error: { parameter: "depth" } });
  });

  it("the CLI's --depth is as strict: exit 1 naming --depth", async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number; stderr: string }>((resolve) => {
        execFile(process.execPath, [BIN, ...args], { env: { ...process.env, DATABASE_URL: t.url } }, (err, _stdout, stderr) =>
          resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stderr }),
        );
      });
    for (const depth of ["0x3", ""]) {
      const r = await run(["export", "--format", "csv", "--around", "ORGANIZATION:europol", "--depth", depth]);
      expect(r.code, depth).toBe(1);
      expect(r.stderr).toMatch(/^Usage error: option '--depth'/);
    }
  });
});
