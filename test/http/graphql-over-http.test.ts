// The GraphQL-over-HTTP audit of graphql-http (the spec's reference implementation): every MUST and SHOULD of
// https://graphql.github.io/graphql-over-http/draft/ checked against our server, with the production plugins on
// (limits and persisted operations allowed, response cache off). A failing MUST fails the test; the
// SHOULDs we do not meet are listed by name so a change in either direction shows in review.
import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../../src/http/yoga.js";
import { seededDatabase, type TestDb } from "../helpers/db.js";
import type { Yoga } from "../helpers/http.js";

let t: TestDb;
let yoga: Yoga;

beforeAll(async () => {
  t = await seededDatabase("sqlite");
  yoga = createServer({ db: t.db, graphiql: false, logging: false, webDist: false });
}, 120_000);
afterAll(async () => t?.drop());

const audits = serverAudits({
  url: "http://test/graphql",
  fetchFn: (input: RequestInfo | URL, init?: RequestInit) => yoga.fetch(new Request(input, init)),
});

describe("GraphQL over HTTP audit (graphql-http)", () => {
  for (const audit of audits.filter((a) => a.name.startsWith("MUST"))) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status === "ok" ? "ok" : `${result.status}: ${result.reason}`).toBe("ok");
    });
  }

  it("meets the SHOULDs too", async () => {
    const failed: string[] = [];
    for (const audit of audits.filter((a) => !a.name.startsWith("MUST"))) {
      const result = await audit.fn();
      if (result.status !== "ok") failed.push(`${audit.name}: ${result.reason}`);
    }
    expect(failed).toEqual([]);
  });
});
