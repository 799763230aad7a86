// One date parser for the whole product (src/data/dates.ts): the GraphQL Date scalar (literal and variable), the
// export query parameters and the CLI options accept exactly the real calendar days 0001-01-01..9999-12-31, and a
// day of years 0001..0099 means that year (not 1900+) on SQLite and on PostgreSQL alike.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATA_DIR } from "../../src/data/bootstrap.js";
import { COUNTRY_CODES } from "../../src/data/countries.js";
import { DataErrors, readDataset } from "../../src/data/read.js";
import { availableProviders, seededDatabase, type TestDb } from "../helpers/db.js";
import { gql, testServer, type Yoga } from "../helpers/http.js";

const BIN = fileURLToPath(new URL("../../bin/policing-graph.js", import.meta.url));
const providers = await availableProviders();

/** An independent oracle: ISO 8601 parsing round-trips exactly the real days (and does not remap years < 100). */
const realDay = (s: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || s.startsWith("0000")) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

const BAD = ["0000-01-01", "0000-12-31", "2020-13-01", "2020-00-10", "2020-02-30", "2021-02-29", "1900-02-29", "2020-04-31", "2020-01-00",
  "2020-01-01x", " 2020-01-01", "2020-01-01\n", "10000-01-01", "2020-1-01", "2020-01-01T00:00:00Z", "", "+002020-01-01", "٢٠٢٠-٠١-٠١"];
const GOOD = ["0001-01-01", "0050-06-01", "0099-12-31", "0100-02-28", "2000-02-29", "2024-02-29", "9999-12-31"];

describe.each(providers)("dates on %s", (provider) => {
  let t: TestDb;
  let yoga: Yoga;
  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
  }, 120_000);
  afterAll(async () => t?.drop());

  /** Relations held on a day, counted by Prisma from an ISO instant (which reads year 0050 as 0050). */
  const heldOn = (day: string) => {
    const d = new Date(`${day}T00:00:00Z`);
    return t.db.prisma.relation.count({
      where: { AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: d } }] }, { OR: [{ validTo: null }, { validTo: { gte: d } }] }] },
    });
  };

  it("relations(asOf:) answers for years 0001..9999, as that very year", async () => {
    for (const day of GOOD) {
      const literal = await gql<any>(yoga, t.db, `{ relations(asOf: "${day}", first: 1) { totalCount } }`);
      expect(literal.errors, day).toBeUndefined();
      expect(literal.status).toBe(200);
      const variable = await gql<any>(yoga, t.db, `query($d: Date) { relations(asOf: $d, first: 1) { totalCount } }`, { d: day });
      expect(variable.errors, day).toBeUndefined();
      expect(variable.data.relations.totalCount, day).toBe(literal.data.relations.totalCount);
    }
    // Year 50 holds only undated relationships; read as 1950 it would also count those that began by then.
    const fifty = await gql<any>(yoga, t.db, `{ relations(asOf: "0050-06-01") { totalCount } }`);
    expect(fifty.data.relations.totalCount).toBe(await heldOn("0050-06-01"));
    expect(await heldOn("1950-06-01")).toBeGreaterThan(await heldOn("0050-06-01"));
    // The typed lists of an entity and their nested asOf too.
    const nested = await gql<any>(yoga, t.db, `{ organization(slug: "europol") { cooperations(asOf: "0050-06-01") { since } relations(asOf: "0001-01-01") { __typename } } }`);
    expect(nested.errors).toBeUndefined();
  });

  it("the Date scalar refuses year 0000, month 13, Feb 30 and extra characters: BAD_USER_INPUT naming the argument", async () => {
    for (const day of BAD) {
      const v = await gql<any>(yoga, t.db, `query($d: Date) { relations(asOf: $d) { totalCount } }`, { d: day });
      expect(v.errors?.[0]?.extensions?.code, JSON.stringify(day)).toBe("BAD_USER_INPUT");
      expect(v.errors![0].message).toContain("$d");
      const l = await gql<any>(yoga, t.db, `{ relations(asOf: ${JSON.stringify(day)}) { totalCount } }`);
      expect(l.errors?.[0]?.extensions?.code, JSON.stringify(day)).toBe("BAD_USER_INPUT");
      expect(l.errors![0].extensions!.argument).toBe("asOf");
      expect(l.status).toBeLessThan(500);
    }
  });

  it("export parameters asOf, from and to take the same days; a bad one is a 400 naming it", async () => {
    const edges = async (query: string) => {
      const res = await yoga.fetch(`http://test/export/csv/edges?${query}`);
      return { status: res.status, text: await res.text() };
    };
    const fifty = await edges("asOf=0050-06-01");
    expect(fifty.status).toBe(200);
    expect(fifty.text.trim().split("\r\n")).toHaveLength(1 + (await heldOn("0050-06-01")));
    for (const query of ["from=0001-01-01&to=0099-12-31", "from=9999-12-31", "to=0001-01-01"]) {
      const r = await yoga.fetch(`http://test/export/graphml?${query}`);
      expect(r.status, query).toBe(200);
      expect(await r.text()).toContain("</graphml>");
    }
    for (const day of BAD.filter((d) => d !== "")) {
      for (const [path, parameter] of [["csv/edges", "asOf"], ["graphml", "from"], ["jsonld", "to"]]) {
        const r = await yoga.fetch(`http://test/export/${path}?${parameter}=${encodeURIComponent(day)}`);
        expect(r.status, `${parameter}=${day}`).toBe(400);
        expect(((await r.json()) as { error: { parameter: string } }).error.parameter).toBe(parameter);
      }
    }
  });
});

describe("the Date scalar agrees with the calendar", () => {
  let t: TestDb;
  let yoga: Yoga;
  beforeAll(async () => {
    t = await seededDatabase("sqlite");
    yoga = testServer(t.db);
  }, 120_000);
  afterAll(async () => t?.drop());

  it("accepts a YYYY-MM-DD string exactly when it is a real day of years 0001..9999", async () => {
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    const day = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(day, fc.string({ maxLength: 12 })), async (s) => {
        const res = await gql<any>(yoga, t.db, `query($d: Date) { relations(asOf: $d, first: 0) { totalCount } }`, { d: s });
        if (realDay(s)) expect(res.errors, s).toBeUndefined();
        else expect(res.errors?.[0]?.extensions?.code, s).toBe("BAD_USER_INPUT");
      }),
      { numRuns: 150 },
    );
  });
});

describe("CLI date options", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await seededDatabase("sqlite");
  }, 120_000);
  afterAll(async () => t?.drop());

  const run = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [BIN, ...args], { env: { ...process.env, DATABASE_URL: t.url }, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });

  it("--as-of/--from/--to take years 0001..9999 and refuse year 0000 naming the option (exit 1)", async () => {
    const ok = await run(["export", "--format", "csv", "--table", "edges", "--as-of", "0050-06-01"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^id,kind,source,target/);
    for (const option of ["--as-of", "--from", "--to"]) {
      const bad = await run(["export", "--format", "csv", option, "0000-01-01"]);
      expect(bad.code, option).toBe(1);
      expect(bad.stderr).toContain(option);
      expect(bad.stderr).toMatch(/^Usage error: .*year 0000/);
    }
  });

  it("import rows take the same days: year 0000 or Feb 30 is a data error naming the line and field (exit 2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "policing-graph-dates-"));
    const file = (name: string, day: string) => {
      const path = join(dir, name);
      writeFileSync(path, `kind,source,target,validFrom,sources\r\nCOOPERATES_WITH,ORGANIZATION:europol,ORGANIZATION:interpol,${day},interpol-site\r\n`);
      return path;
    };
    const ok = await run(["import", file("ok.csv", "0050-06-01"), "--dry-run"]);
    expect(ok.code, ok.stderr).toBe(0);
    for (const day of ["0000-01-01", "2021-02-30"]) {
      const bad = await run(["import", file("bad.csv", day), "--dry-run"]);
      expect(bad.code, day).toBe(2);
      expect(bad.stderr).toMatch(/bad\.csv:2: .*'validFrom'/);
    }
  });
});

describe("data files", () => {
  it("a date of year 0000, month 13 or Feb 30 is refused naming the record and field; year 0050 is a date", () => {
    const dir = mkdtempSync(join(tmpdir(), "policing-graph-data-dates-"));
    try {
      cpSync(DATA_DIR, dir, { recursive: true });
      const f = join(dir, "relations", "organizations.yaml");
      const relation = (from: string, validFrom: string) => `
- kind: COOPERATES_WITH
  from: ${from}
  to: org:interpol
  validFrom: "${validFrom}"
  sources: [interpol-site]
`;
      const original = readFileSync(f, "utf8");
      writeFileSync(f, original + relation("org:europol", "0050-06"));
      expect(() => readDataset(dir, COUNTRY_CODES)).not.toThrow();
      writeFileSync(f, original + relation("org:europol", "2007-13") + relation("org:eurojust", "0000") + relation("org:frontex", "2021-02-30"));
      const err = (() => {
        try {
          readDataset(dir, COUNTRY_CODES);
        } catch (e) {
          return e;
        }
      })() as DataErrors;
      expect(err).toBeInstanceOf(DataErrors);
      expect(err.message).toMatch(/org:europol -> org:interpol, field 'validFrom': there is no month 13/);
      expect(err.message).toMatch(/org:eurojust -> org:interpol, field 'validFrom': year 0000 is out of range/);
      expect(err.message).toMatch(/org:frontex -> org:interpol, field 'validFrom': there is no day 30 in 2021-02/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
