// Oversight and sovereignty as data: accountability chains, executive powers, authority bases, sovereignty models.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type TestDb } from "../../helpers/db.js";
import { gql, testServer, type Yoga } from "../../helpers/http.js";

const CHAIN = `query($slug: String!, $maxDepth: Int, $asOf: Date, $includeParents: Boolean) {
  organization(slug: $slug) {
    accountabilityChain(maxDepth: $maxDepth, asOf: $asOf, includeParents: $includeParents) {
      depth oversightKind how overseer { slug } overseen { slug } through { whole { slug } } sources { slug }
      oversight { id kind }
    }
  }
}`;

const slugs = (conn: any) => conn.edges.map((e: any) => e.node.slug);

describe.each(await availableProviders())("oversight and sovereignty on %s", (provider) => {
  let t: TestDb;
  let yoga: Yoga;
  const q = <T = any>(query: string, variables?: Record<string, unknown>) => gql<T>(yoga, t.db, query, variables);

  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
  }, 120_000);
  afterAll(async () => t?.drop());

  it("who oversees Europol and how: parliamentary, data protection, governance, and the EU's own overseers", async () => {
    const r = await q(CHAIN, { slug: "europol" });
    expect(r.errors).toBeUndefined();
    const chain = r.data.organization.accountabilityChain;
    const direct = chain.filter((s: any) => s.depth === 1 && !s.through);
    expect(Object.fromEntries(direct.map((s: any) => [s.overseer.slug, s.oversightKind]))).toEqual({
      jpsg: "PARLIAMENTARY",
      edps: "DATA_PROTECTION",
      "europol-mb": "GOVERNANCE",
    });
    const viaEu = chain.filter((s: any) => s.through);
    expect(viaEu.map((s: any) => [s.overseer.slug, s.oversightKind, s.through.whole.slug])).toEqual(
      expect.arrayContaining([["eca", "AUDIT", "eu"], ["eu-psc", "POLITICAL", "eu"]]),
    );
    for (const s of chain) {
      expect(s.sources.length).toBeGreaterThan(0);
      expect(s.oversight.kind).toBe("OVERSEES");
    }
    // each overseer once
    expect(new Set(chain.map((s: any) => s.overseer.slug)).size).toBe(chain.length);
    // 2 statements per depth level at most, plus lookups, entities and citations
    expect(r.statements).toBeLessThanOrEqual(1 + 2 * 4 + 3);
  });

  it("marks each step direct or inherited: the EU's Political and Security Committee oversees the EU, not Europol", async () => {
    const r = await q(`{ organization(slug: "europol") { accountabilityChain {
      depth inherited inheritedFrom { slug } overseer { slug } overseen { slug } oversight { overseen { slug } } through { whole { slug } }
    } } }`);
    expect(r.errors).toBeUndefined();
    const chain = r.data.organization.accountabilityChain;
    // Ground truth from the relationships themselves: a step is inherited when the oversight is of another body
    // than the chain member it is listed for, and that body is the whole the member is part of.
    for (const s of chain) {
      expect(s.inherited).toBe(s.oversight.overseen.slug !== s.overseen.slug);
      expect(s.inheritedFrom).toEqual(s.inherited ? { slug: s.oversight.overseen.slug } : null);
      expect(s.inheritedFrom).toEqual(s.through ? { slug: s.through.whole.slug } : null);
    }
    expect(chain.find((s: any) => s.overseer.slug === "eu-psc")).toMatchObject({
      depth: 1,
      inherited: true,
      inheritedFrom: { slug: "eu" },
      overseen: { slug: "europol" },
    });
    expect(chain.find((s: any) => s.overseer.slug === "jpsg")).toMatchObject({ inherited: false, inheritedFrom: null, overseen: { slug: "europol" } });
    expect(chain.filter((s: any) => s.inherited).length).toBeGreaterThan(0);
    expect(chain.filter((s: any) => !s.inherited).length).toBeGreaterThan(0);
  });

  it("transitively: the Europol Management Board answers through Europol to the JPSG and EDPS, and they through the EU", async () => {
    const r = await q(CHAIN, { slug: "europol-mb" });
    const chain = r.data.organization.accountabilityChain;
    const at = (d: number) => chain.filter((s: any) => s.depth === d).map((s: any) => s.overseer.slug).sort();
    expect(at(1)).toEqual(["edps", "jpsg"]);
    expect(at(2)).toEqual(expect.arrayContaining(["eca", "eu-psc"]));
    const eca = chain.find((s: any) => s.overseer.slug === "eca");
    expect(eca).toMatchObject({ depth: 2, oversightKind: "AUDIT", through: { whole: { slug: "eu" } } });
    const shallow = await q(CHAIN, { slug: "europol-mb", maxDepth: 1 });
    expect(shallow.data.organization.accountabilityChain.every((s: any) => s.depth === 1)).toBe(true);
    const noParents = await q(CHAIN, { slug: "europol-mb", includeParents: false });
    expect(noParents.data.organization.accountabilityChain).toEqual([]);
  });

  it("asOf: before the JPSG (2017) Europol's parliamentary scrutiny link did not hold", async () => {
    const r = await q(CHAIN, { slug: "europol", asOf: "2010-01-01" });
    const overseers = r.data.organization.accountabilityChain.map((s: any) => s.overseer.slug);
    expect(overseers).not.toContain("jpsg");
    expect(overseers).not.toContain("edps");
    expect(overseers).toContain("europol-mb");
  });

  it("a mission's chain: EULEX Kosovo answers to the EU PSC, which is part of the EU, audited by the ECA", async () => {
    const r = await q(`{ mission(slug: "eulex-kosovo") { accountabilityChain { depth oversightKind overseer { slug } } } }`);
    expect(r.errors).toBeUndefined();
    const chain = r.data.mission.accountabilityChain;
    expect(chain[0]).toMatchObject({ depth: 1, oversightKind: "POLITICAL", overseer: { slug: "eu-psc" } });
    expect(chain).toEqual(expect.arrayContaining([{ depth: 2, oversightKind: "AUDIT", overseer: { slug: "eca" } }]));
  });

  it("which bodies hold executive powers and which only facilitate (INTERPOL has none)", async () => {
    const none = await q(`{ organizations(filter: { executivePowers: false }, first: 100) { edges { node { slug } } } }`);
    expect(slugs(none.data.organizations)).toEqual(expect.arrayContaining(["interpol", "europol", "eurojust"]));
    const exec = await q(`{ organizations(filter: { executivePowers: true }, first: 100) { edges { node { slug } } } }`);
    expect(slugs(exec.data.organizations)).toEqual(expect.arrayContaining(["fbi", "ds"]));
    expect(slugs(exec.data.organizations)).not.toContain("interpol");
  });

  it("which act by host consent, Security Council mandate or EU law", async () => {
    const eu = await q(`{ organizations(filter: { authorityBasis: EU_LAW }, first: 100) { edges { node { slug authorityBases } } } }`);
    expect(eu.errors).toBeUndefined();
    expect(slugs(eu.data.organizations)).toEqual(expect.arrayContaining(["europol", "eurojust", "edps"]));
    for (const e of eu.data.organizations.edges) expect(e.node.authorityBases).toContain("EU_LAW");
    const unsc = await q(`{ organizations(filter: { authorityBasis: SECURITY_COUNCIL_MANDATE }, first: 100) { edges { node { slug } } } }`);
    expect(slugs(unsc.data.organizations)).toEqual(["unpol"]);
    const consent = await q(`{ missions(filter: { authorityBasis: HOST_STATE_CONSENT }, first: 100) { totalCount edges { node { slug authorityBases } } } }`);
    expect(slugs(consent.data.missions)).toEqual(expect.arrayContaining(["unmik", "eulex-kosovo", "eupm"]));
    expect(slugs(consent.data.missions)).not.toContain("binuh");
    const regional = await q(`{ missions(filter: { authorityBasis: REGIONAL_MANDATE, executive: null }, first: 100) { edges { node { slug } } } }`);
    expect(slugs(regional.data.missions)).toEqual(expect.arrayContaining(["amisom", "omik", "ramsi"]));
  });

  it("which UN missions were executive: Security Council mandate and executive powers", async () => {
    const r = await q(`{ missions(filter: { authorityBasis: SECURITY_COUNCIL_MANDATE, executive: true }, first: 100) { edges { node { slug executive } } } }`);
    expect(slugs(r.data.missions).sort()).toEqual(["unmik", "unmit"]);
    const eu = await q(`{ missions(filter: { authorityBasis: EU_LAW, executive: true }, first: 100) { edges { node { slug } } } }`);
    expect(slugs(eu.data.missions)).toEqual(["eulex-kosovo"]);
  });

  it("supranational vs intergovernmental", async () => {
    const sup = await q(`{ organizations(filter: { sovereigntyModel: SUPRANATIONAL }, first: 100) { edges { node { slug } } } }`);
    expect(slugs(sup.data.organizations)).toEqual(expect.arrayContaining(["eu", "europol", "eurojust"]));
    expect(slugs(sup.data.organizations)).not.toContain("interpol");
    const inter = await q(`{ organizations(filter: { sovereigntyModel: INTERGOVERNMENTAL, executivePowers: false }, first: 100) { edges { node { slug } } } }`);
    expect(slugs(inter.data.organizations)).toEqual(["interpol"]);
  });

  it("bad input: maxDepth out of range, an unknown authority basis", async () => {
    const r = await q(CHAIN, { slug: "europol", maxDepth: 7 });
    expect(r.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "maxDepth" });
    const z = await q(CHAIN, { slug: "europol", maxDepth: 0 });
    expect(z.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "maxDepth" });
    const basis = await q(`{ organizations(filter: { authorityBasis: MAGIC }) { totalCount } }`);
    expect(basis.errors?.[0].message).toMatch(/MAGIC/);
  });
});
