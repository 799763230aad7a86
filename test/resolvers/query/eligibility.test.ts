// "Could I serve?": an officer's profile against every subject's requirement rules, with the seed's words.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableProviders, seededDatabase, type TestDb } from "../../helpers/db.js";
import { gql, testServer, type Yoga } from "../../helpers/http.js";

const ELIGIBILITY = `query($profile: OfficerProfileInput!, $subjects: [ID!]) {
  eligibility(profile: $profile, subjects: $subjects) {
    subject { slug kind }
    eligible complete
    failed { reason required rule { value min max unit requirement { slug category } sources { slug } citations { evidence { excerpt } } } }
    passed { reason rule { requirement { slug category } } }
    unknown { reason rule { requirement { slug category } } }
  }
}`;

const officer = { citizenship: "US", yearsOfService: 10, swornYears: 6, age: 40, languages: ["en"], education: "BACHELOR", hasDrivingLicence: true, passesFitnessTest: true, cleanRecord: true, firearmsQualified: true, hasPassport: true };

describe.each(await availableProviders())("eligibility on %s", (provider) => {
  let t: TestDb;
  let yoga: Yoga;
  const q = <T = any>(query: string, variables?: Record<string, unknown>) => gql<T>(yoga, t.db, query, variables);
  const bySubject = (data: any) => Object.fromEntries(data.eligibility.map((r: any) => [r.subject.slug, r]));

  beforeAll(async () => {
    t = await seededDatabase(provider);
    yoga = testServer(t.db);
  }, 120_000);
  afterAll(async () => t?.drop());

  it("every subject with requirement rules is evaluated", async () => {
    const r = await q(ELIGIBILITY, { profile: officer });
    expect(r.errors).toBeUndefined();
    expect(Object.keys(bySubject(r.data))).toEqual(expect.arrayContaining(["us-civpol", "unpol", "international-police-service", "cia"]));
    expect(r.statements).toBeLessThanOrEqual(6);
  });

  it("a 10-year US officer with 6 sworn years qualifies for US CIVPOL", async () => {
    const r = await q(ELIGIBILITY, { profile: officer, subjects: ["org:us-civpol"] });
    const civpol = bySubject(r.data)["us-civpol"];
    expect(civpol.eligible).toBe(true);
    expect(civpol.failed).toEqual([]);
    expect(civpol.passed.map((p: any) => p.rule.requirement.category)).toEqual(
      expect.arrayContaining(["CITIZENSHIP", "POLICE_EXPERIENCE", "SWORN_EXPERIENCE", "ACTIVE_STATUS", "LANGUAGE", "PASSPORT"]),
    );
  });

  it("an officer with 4 sworn years fails the sworn-experience rule, with the seed quote as evidence", async () => {
    const r = await q(ELIGIBILITY, { profile: { ...officer, swornYears: 4 }, subjects: ["org:us-civpol"] });
    const civpol = bySubject(r.data)["us-civpol"];
    expect(civpol.eligible).toBe(false);
    expect(civpol.failed).toHaveLength(1);
    const [f] = civpol.failed;
    expect(f.rule.requirement.category).toBe("SWORN_EXPERIENCE");
    expect(f.rule.min).toBe(5);
    expect(f.reason).toMatch(/sworn years 4, the rule asks at least 5/);
    expect(f.rule.sources.map((s: any) => s.slug)).toContain("seed-001");
    expect(f.rule.citations[0].evidence.excerpt).toMatch(/at least \(5\) years experience as a state sworn certified police officer/);
  });

  it("UN Police asks 5 years of service and age 25-62: a 3-year, 64-year-old officer fails both", async () => {
    const r = await q(ELIGIBILITY, { profile: { ...officer, yearsOfService: 3, swornYears: 3, age: 64 }, subjects: ["org:unpol"] });
    const unpol = bySubject(r.data).unpol;
    expect(unpol.eligible).toBe(false);
    expect(unpol.failed.map((f: any) => f.rule.requirement.category).sort()).toEqual(["AGE", "POLICE_EXPERIENCE"]);
  });

  it("general guidance: 2-5 years counts as 2; a retired officer 7 years out fails UN Police but not US CIVPOL", async () => {
    const r = await q(ELIGIBILITY, { profile: { ...officer, yearsOfService: 3, swornYears: 3, yearsSinceRetirement: 7 } });
    const s = bySubject(r.data);
    const general = s["international-police-service"];
    const exp = general.passed.find((p: any) => p.rule.requirement.category === "POLICE_EXPERIENCE");
    expect(exp.reason).toMatch(/minimum counts/);
    expect(s.unpol.failed.map((f: any) => f.rule.requirement.category)).toContain("ACTIVE_STATUS");
    expect(s["us-civpol"].failed.map((f: any) => f.rule.requirement.category)).not.toContain("ACTIVE_STATUS");
  });

  it("a French officer fails US citizenship; rules the profile cannot decide are unknown", async () => {
    const r = await q(ELIGIBILITY, { profile: { citizenship: "FR", yearsOfService: 12, swornYears: 12 }, subjects: ["org:us-civpol", "mission-type:international-police-service"] });
    const s = bySubject(r.data);
    expect(s["us-civpol"].failed.map((f: any) => f.rule.requirement.category)).toEqual(["CITIZENSHIP"]);
    expect(s["us-civpol"].complete).toBe(false);
    expect(s["international-police-service"].unknown.map((u: any) => u.rule.requirement.category)).toEqual(
      expect.arrayContaining(["CITIZENSHIP", "MEDICAL", "SOFT_SKILLS", "FITNESS"]),
    );
  });

  it("bad input: malformed citizenship or language, negative years, unknown subject", async () => {
    const c = await q(ELIGIBILITY, { profile: { citizenship: "USA" } });
    expect(c.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "profile.citizenship" });
    const l = await q(ELIGIBILITY, { profile: { languages: ["english"] } });
    expect(l.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "profile.languages" });
    const y = await q(ELIGIBILITY, { profile: { yearsOfService: -1 } });
    expect(y.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "profile.yearsOfService" });
    const s = await q(ELIGIBILITY, { profile: {}, subjects: ["org:nobody"] });
    expect(s.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", input: "org:nobody" });
    const e = await q(ELIGIBILITY, { profile: { education: "PHD" } });
    expect(e.errors?.[0].message).toMatch(/PHD/);
  });
});
