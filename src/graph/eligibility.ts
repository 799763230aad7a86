// Evaluates an officer's profile against requirement rules (REQUIRES relationships: min/max/unit/values as the
// source states them). Pure: no database or GraphQL. A rule the profile cannot decide goes to `unknown`.

export type EducationLevel = "SECONDARY" | "BACHELOR" | "MASTER";
export const EDUCATION_ORDER: EducationLevel[] = ["SECONDARY", "BACHELOR", "MASTER"];

export interface OfficerProfile {
  /** ISO 3166-1 alpha-2. */
  citizenship?: string | null;
  /** Total years of (police or law-enforcement) work experience. */
  yearsOfService?: number | null;
  /** Years as a sworn, certified police officer. */
  swornYears?: number | null;
  /** Null (or absent) while serving. */
  yearsSinceRetirement?: number | null;
  age?: number | null;
  /** ISO 639-1 codes. */
  languages?: string[] | null;
  education?: EducationLevel | null;
  hasDrivingLicence?: boolean | null;
  drivingLicenceYears?: number | null;
  passesFitnessTest?: boolean | null;
  passesMedical?: boolean | null;
  cleanRecord?: boolean | null;
  firearmsQualified?: boolean | null;
  hasPassport?: boolean | null;
  computerSkills?: boolean | null;
  specialisms?: string[] | null;
  /** Set when the profile says whether the officer is serving; `yearsSinceRetirement` null then means serving. */
  serving?: boolean | null;
}

export interface Rule {
  /** The requirement's category (CITIZENSHIP, POLICE_EXPERIENCE ...). */
  category: string;
  /** REQUIRED or PREFERRED. */
  subtype: string | null;
  value: string | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  values: string[];
}

export type Outcome = "PASSED" | "FAILED" | "UNKNOWN";
export interface Check {
  outcome: Outcome;
  reason: string;
}

const pass = (reason: string): Check => ({ outcome: "PASSED", reason });
const fail = (reason: string): Check => ({ outcome: "FAILED", reason });
const unknown = (reason: string): Check => ({ outcome: "UNKNOWN", reason });

const stated = (r: Rule) => (r.value ? ` ("${r.value}")` : "");

/** A number against the rule's bounds; a range such as "2-5 years" counts as its minimum. */
function bounds(r: Rule, have: number | null | undefined, what: string, field: string): Check {
  if (r.min == null && r.max == null) return unknown(`the rule states no number${stated(r)}`);
  if (have == null) return unknown(`the profile does not give ${field}`);
  if (r.min != null && have < r.min) return fail(`${what} ${have}, the rule asks at least ${r.min}${r.max != null ? ` (range ${r.min}-${r.max}; the minimum counts)` : ""}${stated(r)}`);
  if (r.min != null && r.max != null && r.category !== "AGE") return pass(`${what} ${have} >= ${r.min} (range ${r.min}-${r.max}; the minimum counts)`);
  if (r.max != null && have > r.max) return fail(`${what} ${have}, the rule allows at most ${r.max}${stated(r)}`);
  return pass(`${what} ${have} is within ${r.min ?? "-"}..${r.max ?? "-"}`);
}

function bool(have: boolean | null | undefined, field: string, yes: string, no: string): Check {
  if (have == null) return unknown(`the profile does not give ${field}`);
  return have ? pass(yes) : fail(no);
}

export function evaluateRule(r: Rule, p: OfficerProfile): Check {
  const langs = (p.languages ?? []).map((l) => l.toLowerCase());
  switch (r.category) {
    case "CITIZENSHIP": {
      if (!r.values.length) return unknown(`the rule names no country${stated(r)}`);
      if (!p.citizenship) return unknown("the profile does not give citizenship");
      const c = p.citizenship.toUpperCase();
      return r.values.includes(c) ? pass(`citizen of ${c}`) : fail(`citizen of ${c}, the rule asks ${r.values.join(" or ")}`);
    }
    case "POLICE_EXPERIENCE":
      return bounds(r, p.yearsOfService, "years of service", "yearsOfService");
    case "SWORN_EXPERIENCE":
      return bounds(r, p.swornYears, "sworn years", "swornYears");
    case "AGE":
      return bounds(r, p.age, "age", "age");
    case "ACTIVE_STATUS": {
      if (r.max == null) return unknown(`the rule states no period${stated(r)}`);
      if (p.yearsSinceRetirement == null) {
        if (p.serving === false) return unknown("the profile does not give yearsSinceRetirement");
        return pass("serving officer");
      }
      return p.yearsSinceRetirement <= r.max
        ? pass(`retired ${p.yearsSinceRetirement} years ago, within ${r.max}`)
        : fail(`retired ${p.yearsSinceRetirement} years ago, the rule allows at most ${r.max}${stated(r)}`);
    }
    case "EDUCATION": {
      const needed = r.values.map((v) => v.toUpperCase()).filter((v): v is EducationLevel => EDUCATION_ORDER.includes(v as EducationLevel));
      if (!needed.length) return unknown(`the rule names no level${stated(r)}`);
      if (!p.education) return unknown("the profile does not give education");
      const min = Math.min(...needed.map((n) => EDUCATION_ORDER.indexOf(n)));
      return EDUCATION_ORDER.indexOf(p.education) >= min
        ? pass(`${p.education} meets ${EDUCATION_ORDER[min]}`)
        : fail(`${p.education}, the rule asks ${EDUCATION_ORDER[min]}${stated(r)}`);
    }
    case "LANGUAGE": {
      if (!p.languages) return unknown("the profile does not give languages");
      if (r.unit === "languages" && r.min != null)
        return langs.length >= r.min
          ? pass(`speaks ${langs.length} languages (${langs.join(", ")}), at least ${r.min}`)
          : fail(`speaks ${langs.length} language(s), the rule asks ${r.min}${stated(r)}`);
      if (!r.values.length) return unknown(`the rule names no language${stated(r)}`);
      const spoken = r.values.filter((v) => langs.includes(v.toLowerCase()));
      if (!spoken.length) return fail(`speaks none of ${r.values.join(", ")}${stated(r)}`);
      const test = r.min != null ? `; the test (${r.value ?? ""}) is taken in selection` : "";
      return pass(`speaks ${spoken.join(", ")}${test}`);
    }
    case "FITNESS":
      return bool(p.passesFitnessTest, "passesFitnessTest", "passes the fitness test", "does not pass the fitness test");
    case "MEDICAL":
      return bool(p.passesMedical, "passesMedical", "passes the medical evaluation", "does not pass the medical evaluation");
    case "INTEGRITY":
      return bool(p.cleanRecord, "cleanRecord", "clean record", "no clean record");
    case "FIREARMS":
      return bool(p.firearmsQualified, "firearmsQualified", "qualified with firearms", "not qualified with firearms");
    case "COMPUTER_SKILLS":
      return bool(p.computerSkills, "computerSkills", "has computer skills", "has no computer skills");
    case "DRIVING": {
      if (p.hasDrivingLicence == null) return unknown("the profile does not give hasDrivingLicence");
      if (!p.hasDrivingLicence) return fail(`holds no driving licence${stated(r)}`);
      if (r.min != null) {
        if (p.drivingLicenceYears == null) return unknown(`the rule asks a licence held ${r.min} year(s); the profile does not give drivingLicenceYears`);
        return p.drivingLicenceYears >= r.min
          ? pass(`licence held ${p.drivingLicenceYears} years, at least ${r.min}`)
          : fail(`licence held ${p.drivingLicenceYears} years, the rule asks ${r.min}${stated(r)}`);
      }
      return pass("holds a driving licence");
    }
    case "PASSPORT": {
      if (p.hasPassport == null) return unknown("the profile does not give hasPassport");
      if (!p.hasPassport) return fail(`holds no passport${stated(r)}`);
      if (r.values.length && p.citizenship && !r.values.includes(p.citizenship.toUpperCase()))
        return fail(`a ${p.citizenship.toUpperCase()} passport, the rule asks ${r.values.join(" or ")}`);
      if (r.values.length && !p.citizenship) return unknown("the profile does not give citizenship (whose passport)");
      return pass("holds a valid passport");
    }
    case "SPECIALISM": {
      if (!p.specialisms?.length) return unknown("the profile does not give specialisms");
      const have = p.specialisms.map((s) => s.toLowerCase());
      const match = r.values.filter((v) => have.includes(v.toLowerCase()));
      return match.length ? pass(`specialised in ${match.join(", ")}`) : fail(`none of ${r.values.join(", ")}`);
    }
    default:
      return unknown(`a ${r.category.toLowerCase().replace(/_/g, " ")} rule cannot be decided from the profile${stated(r)}`);
  }
}

export interface Evaluation<R extends Rule> {
  /** No REQUIRED rule failed (PREFERRED rules never make a candidate ineligible). */
  eligible: boolean;
  /** No REQUIRED rule is unknown either. */
  complete: boolean;
  passed: { rule: R; reason: string }[];
  failed: { rule: R; reason: string }[];
  unknown: { rule: R; reason: string }[];
}

export function evaluate<R extends Rule>(rules: R[], profile: OfficerProfile): Evaluation<R> {
  const out: Evaluation<R> = { eligible: true, complete: true, passed: [], failed: [], unknown: [] };
  for (const rule of rules) {
    const c = evaluateRule(rule, profile);
    const required = rule.subtype !== "PREFERRED";
    if (c.outcome === "PASSED") out.passed.push({ rule, reason: c.reason });
    else if (c.outcome === "FAILED") {
      out.failed.push({ rule, reason: c.reason });
      if (required) out.eligible = false;
    } else {
      out.unknown.push({ rule, reason: c.reason });
      if (required) out.complete = false;
    }
  }
  return out;
}
