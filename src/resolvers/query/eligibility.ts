// "Could I serve?": an officer's profile against every subject with requirement rules (US CIVPOL, UN Police, the
// general guidance for international police service, the CIA ...). Each check carries the rule, hence its value as
// stated and its sources; the evaluation itself is the pure src/graph/eligibility.ts.
import { builder } from "../../schema/builder.js";
import { badInput } from "../../errors.js";
import type { Relation } from "../../generated/prisma/sqlite/client.js";
import { evaluate, EDUCATION_ORDER, type OfficerProfile, type Rule } from "../../graph/eligibility.js";
import { resolveEntityRef } from "../../read/graph-loader.js";
import { requirementRules } from "../../read/preset-reads.js";
import { Entity } from "../../schema/entity.js";
import { RequirementRule } from "../../schema/relationship.js";

type RuleIn = Rule & { row: Relation };
interface CheckShape {
  rule: Relation;
  reason: string;
}
interface ResultShape {
  subjectId: number;
  eligible: boolean;
  complete: boolean;
  passed: CheckShape[];
  failed: CheckShape[];
  unknown: CheckShape[];
}

const EducationLevelEnum = builder.enumType("EducationLevel", { values: EDUCATION_ORDER });

const OfficerProfileInput = builder.inputType("OfficerProfileInput", {
  description: "What is known about an officer; anything left out makes the rules that need it `unknown`.",
  fields: (t) => ({
    citizenship: t.string({ required: false, description: "ISO 3166-1 alpha-2, e.g. US." }),
    yearsOfService: t.float({ required: false, description: "Total years of police or law-enforcement work." }),
    swornYears: t.float({ required: false, description: "Years as a sworn, certified police officer." }),
    yearsSinceRetirement: t.float({ required: false, description: "Null while serving." }),
    serving: t.boolean({ required: false, description: "False for a retired officer whose retirement date is unknown." }),
    age: t.int({ required: false }),
    languages: t.stringList({ required: false, description: "ISO 639-1 codes, e.g. [\"en\", \"fr\"]." }),
    education: t.field({ type: EducationLevelEnum, required: false }),
    hasDrivingLicence: t.boolean({ required: false }),
    drivingLicenceYears: t.float({ required: false }),
    passesFitnessTest: t.boolean({ required: false }),
    passesMedical: t.boolean({ required: false }),
    cleanRecord: t.boolean({ required: false }),
    firearmsQualified: t.boolean({ required: false }),
    hasPassport: t.boolean({ required: false }),
    computerSkills: t.boolean({ required: false }),
    specialisms: t.stringList({ required: false }),
  }),
});

const RequirementCheck = builder.objectRef<CheckShape>("RequirementCheck");
RequirementCheck.implement({
  description: "One requirement rule checked against the profile, and why it passed, failed or could not be decided.",
  fields: (t) => ({
    rule: t.field({ type: RequirementRule, resolve: (c) => c.rule }),
    reason: t.exposeString("reason"),
    required: t.boolean({ description: "False for PREFERRED rules, which never make a candidate ineligible.", resolve: (c) => c.rule.subtype !== "PREFERRED" }),
  }),
});

const EligibilityResult = builder.objectRef<ResultShape>("EligibilityResult");
EligibilityResult.implement({
  description: "Whether a profile meets the requirements of one subject (a programme, body or type of mission).",
  fields: (t) => ({
    subject: t.field({
      type: Entity,
      resolve: async (r, _, ctx) => (await ctx.loaders.entity.load(r.subjectId))!,
    }),
    eligible: t.exposeBoolean("eligible", { description: "No REQUIRED rule failed." }),
    complete: t.exposeBoolean("complete", { description: "Every REQUIRED rule could be decided from the profile." }),
    passed: t.field({ type: [RequirementCheck], resolve: (r) => r.passed }),
    failed: t.field({ type: [RequirementCheck], resolve: (r) => r.failed }),
    unknown: t.field({ type: [RequirementCheck], resolve: (r) => r.unknown }),
  }),
});

function checkProfile(p: OfficerProfile) {
  if (p.citizenship != null && !/^[A-Za-z]{2}$/.test(p.citizenship))
    throw badInput("profile.citizenship", `expected an ISO 3166-1 alpha-2 code, got '${p.citizenship.slice(0, 20)}'`);
  for (const l of p.languages ?? [])
    if (!/^[A-Za-z]{2}$/.test(l)) throw badInput("profile.languages", `expected ISO 639-1 codes, got '${l.slice(0, 20)}'`);
  for (const f of ["yearsOfService", "swornYears", "yearsSinceRetirement", "age", "drivingLicenceYears"] as const) {
    const v = p[f];
    if (v != null && (v < 0 || v > 120)) throw badInput(`profile.${f}`, `must be between 0 and 120, got ${v}`);
  }
  if (p.swornYears != null && p.yearsOfService != null && p.swornYears > p.yearsOfService)
    throw badInput("profile.swornYears", `cannot exceed yearsOfService (${p.swornYears} > ${p.yearsOfService})`);
}

builder.queryField("eligibility", (t) =>
  t.field({
    type: [EligibilityResult],
    description:
      "For every subject with requirement rules (or only `subjects`: global ids or 'kind:slug'), whether the profile " +
      "meets them: failed, passed and undecidable rules, each with its reason and the rule's sources.",
    args: {
      profile: t.arg({ type: OfficerProfileInput, required: true }),
      subjects: t.arg.idList({ required: false }),
    },
    resolve: async (_, args, ctx) => {
      const profile = args.profile as OfficerProfile;
      checkProfile(profile);
      const only = args.subjects?.length
        ? (await Promise.all(args.subjects.map((s, i) => resolveEntityRef(ctx, String(s), `subjects[${i}]`)))).map((e) => e.id)
        : null;
      const rows = await requirementRules(ctx.db, only);
      const bySubject = new Map<number, RuleIn[]>();
      for (const { category, ...r } of rows) {
        const rule: RuleIn = {
          row: r, category: category ?? "", subtype: r.subtype, value: r.value, min: r.min, max: r.max, unit: r.unit,
          values: JSON.parse(r.values) as string[],
        };
        (bySubject.get(r.fromId) ?? bySubject.set(r.fromId, []).get(r.fromId)!).push(rule);
      }
      const asCheck = (c: { rule: RuleIn; reason: string }): CheckShape => ({ rule: c.rule.row, reason: c.reason });
      return [...bySubject].map(([subjectId, rules]) => {
        const e = evaluate(rules, profile);
        return {
          subjectId,
          eligible: e.eligible,
          complete: e.complete,
          passed: e.passed.map(asCheck),
          failed: e.failed.map(asCheck),
          unknown: e.unknown.map(asCheck),
        };
      });
    },
  }),
);
