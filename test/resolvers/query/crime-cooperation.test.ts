// Cooperation by crime area: who works on it, how they cooperate on it, with which instruments, all sourced.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type TestDb } from "../../helpers/db.js";
import { gql, testServer, type Yoga } from "../../helpers/http.js";

const CRIME = `query($area: String!, $asOf: Date) {
  cooperationOnCrime(crimeArea: $area, asOf: $asOf) {
    crimeArea { slug name }
    actors { focus actor { slug kind } sources { slug } }
    cooperations { cooperationKind agreement description parties { slug } sources { slug } since }
    toolUses { role user { slug } tool { slug } sources { slug } }
    instruments { slug toolKind sources { slug } }
  }
}`;

describe.each(await availableProviders())("cooperation on crime on %s", (provider) => {
  let t: TestDb;
  let yoga: Yoga;
  const q = <T = any>(query: string, variables?: Record<string, unknown>) => gql<T>(yoga, t.db, query, variables);

  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
  }, 120_000);
  afterAll(async () => t?.drop());

  it("who cooperates on human trafficking and through which agreements", async () => {
    const r = await q(CRIME, { area: "human-trafficking" });
    expect(r.errors).toBeUndefined();
    const c = r.data.cooperationOnCrime;
    expect(c.crimeArea.slug).toBe("human-trafficking");
    const actors = c.actors.map((a: any) => a.actor.slug);
    expect(actors).toEqual(expect.arrayContaining(["europol", "interpol", "eurojust", "unodc", "joint-investigation-teams"]));
    for (const a of c.actors) expect(a.sources.length).toBeGreaterThan(0);
    const agreements = c.cooperations.map((x: any) => x.agreement);
    expect(agreements).toEqual(expect.arrayContaining(["Europol–INTERPOL cooperation roadmap", "Eurojust–INTERPOL Memorandum of Understanding"]));
    for (const x of c.cooperations) {
      expect(x.sources.length).toBeGreaterThan(0);
      const [a, b] = x.parties.map((p: any) => p.slug);
      const named = `${x.agreement ?? ""} ${x.description ?? ""}`.toLowerCase().includes("human trafficking");
      expect(named || (actors.includes(a) && actors.includes(b))).toBe(true);
    }
    expect(c.instruments.map((i: any) => i.slug)).toEqual(expect.arrayContaining(["joint-investigation-teams", "interpol-notices"]));
    for (const u of c.toolUses) expect(u.sources.length).toBeGreaterThan(0);
    expect(r.statements).toBeLessThanOrEqual(12);
  });

  it("cybercrime: Europol's centre, Eurojust's competence, and the technical investigation tools", async () => {
    const r = await q(CRIME, { area: "cybercrime" });
    const c = r.data.cooperationOnCrime;
    expect(c.actors.find((a: any) => a.actor.slug === "europol").focus).toBe("CENTRE");
    expect(c.actors.find((a: any) => a.actor.slug === "eurojust").focus).toBe("COMPETENCE");
    expect(c.instruments.map((i: any) => i.slug)).toEqual(expect.arrayContaining(["technical-investigation-tools", "joint-investigation-teams"]));
    const pairs = c.cooperations.map((x: any) => x.parties.map((p: any) => p.slug).sort().join("+"));
    expect(pairs).toEqual(expect.arrayContaining(["eurojust+europol", "europol+interpol"]));
  });

  it("maritime piracy: the Security Council acts by resolution; INTERPOL and Europol cooperate", async () => {
    const r = await q(CRIME, { area: "maritime-piracy" });
    const c = r.data.cooperationOnCrime;
    expect(c.actors.find((a: any) => a.actor.slug === "unsc").focus).toBe("RESOLUTION");
    expect(c.cooperations.length).toBeGreaterThan(0);
  });

  it("asOf: in 1995 none of today's Europol–INTERPOL agreements held yet", async () => {
    const r = await q(CRIME, { area: "human-trafficking", asOf: "1995-01-01" });
    expect(r.errors).toBeUndefined();
    for (const x of r.data.cooperationOnCrime.cooperations) if (x.since) expect(x.since <= "1995-01-01").toBe(true);
  });

  it("an unknown crime area is NOT_FOUND naming it; an empty one BAD_USER_INPUT", async () => {
    const r = await q(CRIME, { area: "jaywalking" });
    expect(r.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", input: "jaywalking" });
    expect(r.errors?.[0].message).toMatch(/jaywalking/);
    const e = await q(CRIME, { area: " " });
    expect(e.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "crimeArea" });
  });
});
