// The masking backstop: a value the database itself refuses as data (a real PostgreSQL or Prisma error, not a
// stand-in) is reported as BAD_USER_INPUT; other database errors stay unmapped (masked by Yoga).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, emptyDatabase, type TestDb } from "./helpers/db.js";
import { migrate } from "../src/store/migrate.js";
import { databaseInputError } from "../src/errors.js";

const caught = (p: Promise<unknown>) => p.then(() => expect.unreachable("the database accepted it"), (e: unknown) => e);

describe.runIf((await availableProviders()).includes("postgresql"))("database errors caused by a value, on postgresql", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await emptyDatabase("postgresql");
    await migrate(t.url);
  }, 120_000);
  afterAll(async () => t?.drop());

  it("out-of-range ids, NUL in text and malformed numbers are BAD_USER_INPUT", async () => {
    const errors = [
      await caught(t.db.prisma.entity.findFirst({ where: { id: 99999999999 } })),
      await caught(t.db.prisma.entity.findFirst({ where: { slug: "a\u0000b" } })),
      await caught(t.db.prisma.$queryRawUnsafe(`SELECT 'x'::int`)),
      await caught(t.db.read(`SELECT $1::int AS n`, ["99999999999"])),
    ];
    for (const e of errors) expect(databaseInputError(e)?.extensions, String(e)).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("errors that are not about a value stay unmapped", async () => {
    expect(databaseInputError(await caught(t.db.prisma.$queryRawUnsafe(`SELECT * FROM "NoSuchTable"`)))).toBeNull();
    expect(databaseInputError(new Error("boom"))).toBeNull();
  });
});
