// The command line and the server as real processes on one SQLite file: a killed launcher is a killed import
// (nothing committed afterwards).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededDatabase, type TestDb } from "./helpers/db.js";
import { until } from "./helpers/production.js";
import { processesWith, startCli, writeLocked, writeOrganizations } from "./helpers/cli.js";
import { sqlitePath } from "../src/store/db.js";

const dir = mkdtempSync(join(tmpdir(), "policing-graph-cli-proc-"));

describe("policing-graph processes on one SQLite file", () => {
  let t: TestDb;
  let file: string;
  beforeAll(async () => {
    t = await seededDatabase("sqlite");
    file = sqlitePath(t.url);
  }, 120_000);
  afterAll(() => t?.drop());

  it("kill -9 of the launcher mid-import leaves no process writing and nothing committed", async () => {
    const input = join(dir, `killed-${process.pid}.json`);
    writeOrganizations(input, 6000, "killed");
    const before = await t.db.prisma.entity.count();
    const run = startCli(["import", input], { DATABASE_URL: t.url });
    // Mid-import: the import's transaction holds the write lock.
    await until(() => writeLocked(file), 60_000, "the import's write transaction");
    run.child.kill("SIGKILL");
    await run.exited;
    // Nothing runs on: no process (such as an orphaned child of the launcher) has the import file open.
    expect(processesWith(input)).toEqual([]);
    expect(writeLocked(file)).toBe(false);
    expect(await t.db.prisma.entity.count()).toBe(before);
    expect(await t.db.prisma.entity.count({ where: { slug: { startsWith: "killed-" } } })).toBe(0);
  }, 120_000);
});
