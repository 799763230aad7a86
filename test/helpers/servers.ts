// A seeded database and a test server on every available provider (SQLite always, PostgreSQL when reachable and
// always under REQUIRE_SERVICES), made before a file's tests and dropped after them: the setup of every test that
// compares the two databases' answers.
import { afterAll, beforeAll, expect } from "vitest";
import { availableProviders, seededDatabase, type ProviderName, type TestDb } from "./db.js";
import { gql, testServer, type Yoga } from "./http.js";

export type Servers = Map<ProviderName, { t: TestDb; yoga: Yoga }>;

export async function seededServers(setupTimeoutMs = 180_000): Promise<{ providers: ProviderName[]; servers: Servers }> {
  const providers = await availableProviders();
  const servers: Servers = new Map();
  beforeAll(async () => {
    for (const p of providers) {
      const t = await seededDatabase(p);
      servers.set(p, { t, yoga: testServer(t.db) });
    }
  }, setupTimeoutMs);
  afterAll(async () => {
    for (const { t } of servers.values()) await t.drop();
  });
  return { providers, servers };
}

/**
 * Runs a query on every database; fails on errors; checks that all answers agree (after `normalise`, e.g. a sort
 * where the databases order undated rows differently; `false`: no check) and returns the first database's data.
 */
export async function askEvery<T = any>(
  servers: Servers,
  query: string,
  variables?: Record<string, unknown>,
  normalise: ((data: unknown) => unknown) | false = (data) => data,
): Promise<T> {
  const answers: unknown[] = [];
  for (const [p, { t, yoga }] of servers) {
    const res = await gql<T>(yoga, t.db, query, variables);
    expect(res.errors, `${p}: ${JSON.stringify(res.errors)}`).toBeUndefined();
    answers.push(res.data);
  }
  if (normalise) for (const a of answers.slice(1)) expect(normalise(a)).toEqual(normalise(answers[0]));
  return answers[0] as T;
}
