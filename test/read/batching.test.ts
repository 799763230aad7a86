// A nested query issues a number of SQL statements bounded by its depth, not by its row count: the same query on
// the seeded graph and on the seeded graph plus a few thousand more rows issues the same number of statements.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type TestDb } from "../helpers/db.js";
import { gql, testServer } from "../helpers/http.js";

const NESTED = `{
  organizations(first: 100) {
    totalCount
    edges { node {
      slug
      cooperations(first: 5) { kind since sources { title }
        partner { slug
          leads(first: 3) { role
            led { slug ... on Mission { hostCountries(first: 2) { country { code name } } } }
          }
        }
      }
    } }
  }
}`;

async function grow(t: TestDb, n: number) {
  const p = t.db.prisma;
  const countries = await p.entity.findMany({ where: { kind: "COUNTRY" }, select: { id: true }, take: 50 });
  const source = await p.source.findFirstOrThrow({ where: { slug: "seed-003" } });
  const orgs = [];
  for (let i = 0; i < n; i++)
    orgs.push(await p.entity.create({ data: { kind: "ORGANIZATION", slug: `synthetic-body-${i}`, name: `Synthetic body ${i}`, orgKind: "NATIONAL_AGENCY" } }));
  const rel = async (kind: string, fromId: number, toId: number, key: string) => {
    const r = await p.relation.create({ data: { kind, fromId, toId, key: `test:${key}`, validFrom: new Date("2010-01-01") } });
    await p.citation.create({ data: { sourceId: source.id, relationId: r.id } });
  };
  for (let i = 0; i < n; i++) {
    const m = await p.entity.create({ data: { kind: "MISSION", slug: `synthetic-mission-${i}`, name: `Synthetic mission ${i}` } });
    await rel("LEADS", orgs[i].id, m.id, `lead-${i}`);
    await rel("HOSTED_IN", m.id, countries[i % countries.length].id, `host-${i}`);
    for (let j = 1; j <= 3; j++) await rel("COOPERATES_WITH", orgs[i].id, orgs[(i + j) % n].id, `coop-${i}-${j}`);
  }
}

describe.each(await availableProviders())("batching on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await seededDatabase(provider);
  }, 120_000);
  afterAll(async () => t?.drop());

  it("counts the same SQL statements on a small and a larger graph", async () => {
    const yoga = testServer(t.db);
    const small = await gql<any>(yoga, t.db, NESTED);
    expect(small.errors).toBeUndefined();
    const smallRows = JSON.stringify(small.data).length;

    await grow(t, 60);
    const large = await gql<any>(yoga, t.db, NESTED);
    expect(large.errors).toBeUndefined();
    expect(large.data.organizations.totalCount).toBeGreaterThan(small.data.organizations.totalCount);
    expect(JSON.stringify(large.data).length).toBeGreaterThan(smallRows * 1.5);

    expect(large.statements).toBe(small.statements);
    // One statement per level of the query (plus the connection's count and the sources' two); a relationship
    // list brings the entities at its other end along (src/read/relation-window.ts), so `partner`/`led`/`country` cost none.
    expect(small.statements).toBeLessThanOrEqual(8);
    console.log(`[${provider}] nested query: ${small.statements} SQL statements on both graphs`);
  });
});
