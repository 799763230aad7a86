// The pure eligibility evaluation, on rules shaped like the seed's (US CIVPOL, UN Police, general guidance).
import { describe, expect, it } from "vitest";
import { evaluate, evaluateRule, type Rule } from "../../src/graph/eligibility.js";

const rule = (category: string, r: Partial<Rule> = {}): Rule => ({
  category, subtype: "REQUIRED", value: null, min: null, max: null, unit: null, values: [], ...r,
});

const civpol = [
  rule("CITIZENSHIP", { values: ["US"], value: "U.S. citizen" }),
  rule("POLICE_EXPERIENCE", { min: 8, unit: "years" }),
  rule("SWORN_EXPERIENCE", { min: 5, unit: "years", value: "At least 5 years as a state sworn certified police officer" }),
  rule("ACTIVE_STATUS", { max: 9, unit: "years since retirement or separation" }),
  rule("LANGUAGE", { values: ["en"] }),
  rule("INTEGRITY"),
];

describe("evaluate", () => {
  const officer = { citizenship: "us", yearsOfService: 10, swornYears: 6, yearsSinceRetirement: null, languages: ["en"], cleanRecord: true };

  it("a 10-year US officer with 6 sworn years qualifies for US CIVPOL", () => {
    const r = evaluate(civpol, officer);
    expect(r.failed).toEqual([]);
    expect(r.eligible).toBe(true);
    expect(r.passed.map((p) => p.rule.category)).toEqual(["CITIZENSHIP", "POLICE_EXPERIENCE", "SWORN_EXPERIENCE", "ACTIVE_STATUS", "LANGUAGE", "INTEGRITY"]);
    expect(r.complete).toBe(true);
  });

  it("4 sworn years fail the sworn-experience rule, with the rule's own words", () => {
    const r = evaluate(civpol, { ...officer, swornYears: 4 });
    expect(r.eligible).toBe(false);
    expect(r.failed).toHaveLength(1);
    expect(r.failed[0].rule.category).toBe("SWORN_EXPERIENCE");
    expect(r.failed[0].reason).toMatch(/sworn years 4, the rule asks at least 5/);
  });

  it("unknown facts go to unknown, not to failed", () => {
    const r = evaluate(civpol, { citizenship: "US" });
    expect(r.eligible).toBe(true);
    expect(r.complete).toBe(false);
    expect(r.unknown.map((u) => u.rule.category)).toEqual(["POLICE_EXPERIENCE", "SWORN_EXPERIENCE", "LANGUAGE", "INTEGRITY"]);
  });

  it("a range counts as its minimum; rules without a number are unknown", () => {
    const general = rule("POLICE_EXPERIENCE", { min: 2, max: 5, unit: "years" });
    expect(evaluateRule(general, { yearsOfService: 3 }).outcome).toBe("PASSED");
    expect(evaluateRule(general, { yearsOfService: 12 }).outcome).toBe("PASSED");
    expect(evaluateRule(general, { yearsOfService: 1 }).outcome).toBe("FAILED");
    expect(evaluateRule(rule("POLICE_EXPERIENCE", { unit: "years" }), { yearsOfService: 12 }).outcome).toBe("UNKNOWN");
  });

  it("age bounds, retirement, education order, languages, driving and passport", () => {
    const age = rule("AGE", { min: 25, max: 62 });
    expect(evaluateRule(age, { age: 24 }).outcome).toBe("FAILED");
    expect(evaluateRule(age, { age: 63 }).outcome).toBe("FAILED");
    expect(evaluateRule(age, { age: 40 }).outcome).toBe("PASSED");
    const active = rule("ACTIVE_STATUS", { max: 5 });
    expect(evaluateRule(active, { yearsSinceRetirement: 6 }).outcome).toBe("FAILED");
    expect(evaluateRule(active, {}).outcome).toBe("PASSED");
    const edu = rule("EDUCATION", { values: ["bachelor"] });
    expect(evaluateRule(edu, { education: "MASTER" }).outcome).toBe("PASSED");
    expect(evaluateRule(edu, { education: "SECONDARY" }).outcome).toBe("FAILED");
    expect(evaluateRule(rule("LANGUAGE", { min: 2, unit: "languages" }), { languages: ["fr"] }).outcome).toBe("FAILED");
    expect(evaluateRule(rule("LANGUAGE", { values: ["en", "fr"], min: 60 }), { languages: ["fr"] }).outcome).toBe("PASSED");
    const drive = rule("DRIVING", { min: 1 });
    expect(evaluateRule(drive, { hasDrivingLicence: false }).outcome).toBe("FAILED");
    expect(evaluateRule(drive, { hasDrivingLicence: true }).outcome).toBe("UNKNOWN");
    expect(evaluateRule(drive, { hasDrivingLicence: true, drivingLicenceYears: 3 }).outcome).toBe("PASSED");
    expect(evaluateRule(rule("PASSPORT", { values: ["US"] }), { hasPassport: true, citizenship: "FR" }).outcome).toBe("FAILED");
    expect(evaluateRule(rule("SOFT_SKILLS"), { age: 30 }).outcome).toBe("UNKNOWN");
  });

  it("a failed PREFERRED rule does not make a candidate ineligible", () => {
    const r = evaluate([rule("EDUCATION", { subtype: "PREFERRED", values: ["bachelor"] })], { education: "SECONDARY" });
    expect(r.failed).toHaveLength(1);
    expect(r.eligible).toBe(true);
  });
});
