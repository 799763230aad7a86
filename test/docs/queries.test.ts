// Every question of docs/queries/*.graphql (the source of docs/queries.md) runs without errors on SQLite and on
// PostgreSQL against the seeded data, every top-level answer holds something, and both databases give the same
// answer (search scores aside: FTS5 and pg_trgm rank differently), up to the order of undated relationships in a
// relationship list, which is the database's own (NULLs sort first on SQLite, last on PostgreSQL). A few answers are
// checked against the data too.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import type { ProviderName } from "../helpers/db.js";
import { gql } from "../helpers/http.js";
import { seededServers } from "../helpers/servers.js";

const DIR = join(PROJECT_ROOT, "docs", "queries");
const files = readdirSync(DIR).filter((f) => f.endsWith(".graphql")).sort();
/** Answers ranked by a text-search score, which the two databases compute differently. */
const RANKED = new Set(["10-search-europl.graphql", "11-search-accents.graphql"]);

const { providers, servers } = await seededServers(240_000);
const answers = new Map<string, Map<ProviderName, any>>();

const isEmpty = (v: unknown) => v == null || (Array.isArray(v) && v.length === 0);
/** The answer with every list sorted (by each item's own canonical form). */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, canonical(x)]));
  return v;
}

describe.runIf(providers.length > 0)("docs/queries", () => {
  it("has questions, each a `# Question:` line and one operation", () => {
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) expect(readFileSync(join(DIR, f), "utf8"), f).toMatch(/^#\s*Question:\s*\S/m);
  });

  it.each(files)("%s answers without errors, the same on every database", async (file) => {
    const query = readFileSync(join(DIR, file), "utf8");
    const byProvider = new Map<ProviderName, any>();
    for (const [p, { t, yoga }] of servers) {
      const res = await gql<any>(yoga, t.db, query);
      expect(res.errors, `${file} on ${p}: ${JSON.stringify(res.errors)}`).toBeUndefined();
      for (const [field, value] of Object.entries(res.data ?? {})) expect(isEmpty(value), `${file} on ${p}: ${field} is empty`).toBe(false);
      byProvider.set(p, res.data);
    }
    answers.set(file, byProvider);
    if (!RANKED.has(file)) {
      const [first, ...rest] = [...byProvider.values()].map(canonical);
      for (const other of rest) expect(other).toEqual(first);
    }
  });

  it("answers the roles questions as the data says: RAMSI's participant, joint leads apart from sole leads", () => {
    const [p] = providers;
    const participants = answers.get("67-where-participants-beside-leads.graphql")?.get(p);
    expect(participants.missions.edges.map((e: any) => e.node.name)).toEqual(["Regional Assistance Mission to Solomon Islands"]);
    expect(participants.missions.edges[0].node.leadBodies).toEqual(
      expect.arrayContaining([expect.objectContaining({ role: "PARTICIPANT" }), expect.objectContaining({ role: "LEAD_NATION" })]),
    );
    const decades = answers.get("66-groupby-decade-by-lead-role.graphql")?.get(p);
    for (const k of ["soleLead", "jointLead", "leadNation"])
      expect(decades[k].groupBy.reduce((s: number, g: any) => s + g.count, 0), k).toBe(decades[k].count);
    const hosts = answers.get("64-where-all-african-hosts.graphql")?.get(p);
    expect(hosts.missions.edges.map((e: any) => e.node.acronym)).toContain("UNAMID");
    for (const e of hosts.missions.edges) expect(e.node.hostCountries.length).toBeGreaterThan(0);
  });
});
