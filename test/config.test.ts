// The timeouts that bound a request during a database or Redis fault: defaults and the rule that ties them.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";

describe("fault timeouts", () => {
  it("the client-side query deadline defaults to the statement timeout plus one second", () => {
    expect(loadConfig({}).DATABASE_QUERY_TIMEOUT_MS).toBe(11_000);
    expect(loadConfig({ STATEMENT_TIMEOUT_MS: "3000" }).DATABASE_QUERY_TIMEOUT_MS).toBe(4_000);
    // No statement timeout: a partition must still end a request.
    expect(loadConfig({ STATEMENT_TIMEOUT_MS: "0" }).DATABASE_QUERY_TIMEOUT_MS).toBe(11_000);
    expect(loadConfig({})).toMatchObject({ READY_TIMEOUT_MS: 2_000, REDIS_COMMAND_TIMEOUT_MS: 500, OUTAGE_LOG_INTERVAL_MS: 30_000 });
  });

  it("refuses a client-side deadline that would fire before PostgreSQL cancels a slow statement", () => {
    expect(() => loadConfig({ STATEMENT_TIMEOUT_MS: "5000", DATABASE_QUERY_TIMEOUT_MS: "5000" })).toThrow(
      /DATABASE_QUERY_TIMEOUT_MS: must exceed STATEMENT_TIMEOUT_MS \(5000\)/,
    );
    expect(loadConfig({ STATEMENT_TIMEOUT_MS: "5000", DATABASE_QUERY_TIMEOUT_MS: "6000" }).DATABASE_QUERY_TIMEOUT_MS).toBe(6_000);
    expect(() => loadConfig({ REDIS_COMMAND_TIMEOUT_MS: "abc" })).toThrow(/REDIS_COMMAND_TIMEOUT_MS/);
  });
});
