// Time as the sources state it (issue 14): the `undated` rule of `asOf` and `periodKnown`, values over time,
// claims that supersede or dispute each other, inherited oversight, and which source states which fact. Realistic
// cases from the seeded data, on SQLite and PostgreSQL (which must agree), each checked against a ground truth
// computed here from the undated whole answer.
import { describe, expect, it } from "vitest";
import { gql } from "../helpers/http.js";
import { askEvery, seededServers } from "../helpers/servers.js";

const { providers, servers } = await seededServers();

/** Runs a query on every database; fails on errors; returns the first database's answer after checking all agree. */
async function ask<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  // Compared as sets: the databases order undated rows differently (NULLs first on SQLite, last on PostgreSQL).
  return askEvery<T>(servers, query, variables, canonical);
}

function canonical(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (x && typeof x === "object") return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, canonical(v)]));
  return x;
}

interface Period {
  since: string | null;
  until: string | null;
}
/** The rule of `asOf`, computed here: held on `day` if started by it (an unstated start only under INCLUDE) and not ended before it. */
const heldOn = (p: Period, day: string, undated: "INCLUDE" | "EXCLUDE") =>
  (p.since === null ? undated === "INCLUDE" : p.since <= day) && (p.until === null || p.until >= day);
const known = (p: Period) => (p.since ? (p.until ? "BOTH" : "START") : p.until ? "END" : "NONE");
const key = (c: { partner: { slug: string }; since: string | null }) => `${c.partner.slug}@${c.since}`;

describe.runIf(providers.length > 0)("undated bounds under asOf", () => {
  const day = "2005-06-01";

  it("Europol in 2005: the undated AFRIPOL link (AFRIPOL dates from 2014) shows under INCLUDE, not under EXCLUDE", async () => {
    const all = (await ask(`{ organization(slug: "europol") { cooperations { partner { slug } since until periodKnown } } }`)).organization.cooperations;
    for (const c of all) expect(c.periodKnown).toBe(known(c));
    const afripol = all.find((c: any) => c.partner.slug === "afripol");
    expect(afripol).toMatchObject({ since: null, periodKnown: "NONE" });

    const q = `query($d: Date, $u: UndatedRule!) { organization(slug: "europol") {
      cooperations(asOf: $d, undated: $u) { partner { slug } since until periodKnown }
      filtered: cooperations(asOf: $d, undated: $u, where: { cooperationKind: { isNull: false } }) { partner { slug } since cooperationKind }
    } }`;
    const byDefault = (await ask(`{ organization(slug: "europol") { cooperations(asOf: "${day}") { partner { slug } since } } }`)).organization;
    for (const undated of ["INCLUDE", "EXCLUDE"] as const) {
      const o = (await ask(q, { d: day, u: undated })).organization;
      const expected = all.filter((c: any) => heldOn(c, day, undated)).map(key).sort();
      expect(o.cooperations.map(key).sort()).toEqual(expected);
      // The planner's path (a `where` on the list) applies the same rule.
      const withKind = all.filter((c: any) => heldOn(c, day, undated)).map(key);
      expect(o.filtered.map(key).every((k: string) => withKind.includes(k))).toBe(true);
      if (undated === "INCLUDE") {
        expect(o.cooperations.map((c: any) => c.partner.slug)).toContain("afripol");
        expect(byDefault.cooperations.map(key).sort()).toEqual(expected);
      } else {
        expect(o.cooperations.map((c: any) => c.partner.slug)).not.toContain("afripol");
        for (const c of o.cooperations) expect(c.periodKnown === "START" || c.periodKnown === "BOTH").toBe(true);
      }
    }
    // `overlaps` in a list's `where` follows the same rule, with or without an upper bound.
    const since2015 = (await ask(`{ organization(slug: "europol") { cooperations(undated: EXCLUDE, where: { overlaps: { from: "2015-01-01" } }) { partner { slug } since until } } }`)).organization;
    expect(since2015.cooperations.map(key).sort()).toEqual(all.filter((c: any) => c.since !== null && (c.until === null || c.until >= "2015-01-01")).map(key).sort());
    // Nothing changes without asOf.
    const noDay = (await ask(`{ organization(slug: "europol") { cooperations(undated: EXCLUDE) { partner { slug } since } } }`)).organization;
    expect(noDay.cooperations.map(key).sort()).toEqual(all.map(key).sort());
  });

  it("the generic lists (relations, between, root relations) take the same rule", async () => {
    const q = `query($u: UndatedRule!) {
      organization(slug: "afripol") { relations(asOf: "${day}", undated: $u) { kind periodKnown validFrom } }
      between(a: "org:afripol", b: "org:europol", asOf: "${day}", undated: $u) { kind periodKnown }
      relations(first: 100, kinds: [COOPERATES_WITH], asOf: "${day}", undated: $u) { totalCount edges { node { periodKnown validFrom validTo } } }
    }`;
    const inc = await ask(q, { u: "INCLUDE" });
    const exc = await ask(q, { u: "EXCLUDE" });
    expect(inc.between).toEqual([{ kind: "COOPERATES_WITH", periodKnown: "NONE" }]);
    expect(exc.between).toEqual([]);
    expect(inc.organization.relations.some((r: any) => r.periodKnown === "NONE")).toBe(true);
    expect(exc.organization.relations.every((r: any) => r.validFrom !== null && r.validFrom <= day)).toBe(true);
    const undatedCount = inc.relations.edges.filter((e: any) => e.node.validFrom === null).length;
    expect(undatedCount).toBeGreaterThan(0);
    expect(exc.relations.totalCount).toBe(inc.relations.totalCount - undatedCount);
  });

  it("connections take the rule too: their pages and totalCount", async () => {
    const all = (await ask(`{ organization(slug: "europol") { cooperations { partner { slug } since until } } }`)).organization.cooperations;
    for (const undated of ["INCLUDE", "EXCLUDE"] as const) {
      const c = (
        await ask(`query($u: UndatedRule!) { organization(slug: "europol") { cooperationsConnection(first: 50, asOf: "${day}", undated: $u) { totalCount nodes { partner { slug } since } } } }`, { u: undated })
      ).organization.cooperationsConnection;
      const expected = all.filter((x: any) => heldOn(x, day, undated)).map(key).sort();
      expect(c.nodes.map(key).sort()).toEqual(expected);
      expect(c.totalCount).toBe(expected.length);
    }
  });

  it("reads each level in one statement per level under EXCLUDE, whatever the number of parents", async () => {
    const [p] = providers;
    const { t, yoga } = servers.get(p)!;
    const query = (n: number) =>
      `{ organizations(first: ${n}) { edges { node { slug cooperations(asOf: "${day}", undated: EXCLUDE) { partner { slug overseenBy(asOf: "${day}", undated: EXCLUDE) { overseer { slug } } } } } } } }`;
    const few = await gql<any>(yoga, t.db, query(20));
    const many = await gql<any>(yoga, t.db, query(60));
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    const partners = (r: any) => r.data.organizations.edges.flatMap((e: any) => e.node.cooperations).length;
    expect(partners(few)).toBeGreaterThan(0);
    expect(partners(many)).toBeGreaterThan(partners(few));
    // The organizations, their cooperations, the partners' oversight: three statements however many parents.
    expect(few.statements).toBe(3);
    expect(many.statements).toBe(3);
  });
});

describe.runIf(providers.length > 0)("values over time", () => {
  const claimsQuery = `query($slug: String!, $p: String!) { organization(slug: $slug) { claims(property: $p) { id: value number validFrom validTo preferred sources { slug } } } }`;
  /** The value that held on `day`, computed here: held claims, the preferred one, else the latest stated start. */
  function expectedAt(all: any[], day: string, undated: "INCLUDE" | "EXCLUDE") {
    const held = all.filter((c) => heldOn({ since: c.validFrom, until: c.validTo }, day, undated));
    if (!held.length) return null;
    return held.find((c) => c.preferred) ?? [...held].sort((a, b) => String(a.validFrom ?? "").localeCompare(String(b.validFrom ?? ""))).at(-1);
  }

  it("INTERPOL's and NATO's member counts on past days, with the source that states them", async () => {
    for (const [slug, days] of [
      ["interpol", ["2005-01-01", "2012-06-01", "2017-06-01", "2019-06-01", "2022-06-01", "2024-01-01"]],
      ["nato", ["2020-01-01", "2023-06-01", "2024-06-01"]],
    ] as const) {
      const all = (await ask(claimsQuery, { slug, p: "memberCount" })).organization.claims;
      for (const day of days)
        for (const undated of ["INCLUDE", "EXCLUDE"] as const) {
          const o = (
            await ask(`query($slug: String!, $d: Date!, $u: UndatedRule!) { organization(slug: $slug) {
              memberCount(asOf: $d, undated: $u) claimAt(property: "memberCount", asOf: $d, undated: $u) { number validFrom sources { slug } }
            } }`, { slug, d: day, u: undated })
          ).organization;
          const want = expectedAt(all, day, undated);
          expect(o.memberCount, `${slug} ${day} ${undated}`).toBe(want?.number ?? null);
          expect(o.claimAt).toEqual(want ? { number: want.number, validFrom: want.validFrom, sources: want.sources } : null);
        }
    }
    // The realistic answers, spelled out: 194 members in mid-2019 (Glavcom 2018), 31 NATO allies in mid-2023, and
    // nothing stated for NATO in 2020.
    const spelled = await ask(`{ interpol: organization(slug: "interpol") { memberCount(asOf: "2019-06-01") claimAt(property: "memberCount", asOf: "2019-06-01") { sources { slug } } }
      nato: organization(slug: "nato") { in2023: memberCount(asOf: "2023-06-01") in2020: memberCount(asOf: "2020-01-01") now: memberCount } }`);
    expect(spelled).toEqual({
      interpol: { memberCount: 194, claimAt: { sources: [{ slug: "glavcom-2018" }] } },
      nato: { in2023: 31, in2020: null, now: 32 },
    });
  });

  it("a property's timeline: claims(property:, during:) and claims(asOf:)", async () => {
    const all = (await ask(claimsQuery, { slug: "interpol", p: "memberCount" })).organization.claims;
    const overlaps = (c: any, from: string | null, to: string | null, undated: string) =>
      (c.validFrom === null ? undated === "INCLUDE" : to === null || c.validFrom <= to) && (from === null || c.validTo === null || c.validTo >= from);
    for (const [from, to] of [["2015-01-01", "2019-12-31"], ["2022-01-01", null], [null, "2012-01-01"]] as const)
      for (const undated of ["INCLUDE", "EXCLUDE"] as const) {
        const got = (
          await ask(`query($r: DateRangeInput!, $u: UndatedRule!) { organization(slug: "interpol") { claims(property: "memberCount", during: $r, undated: $u) { number validFrom validTo } } }`, {
            r: { from, to },
            u: undated,
          })
        ).organization.claims;
        const want = all.filter((c: any) => overlaps(c, from, to, undated)).map((c: any) => ({ number: c.number, validFrom: c.validFrom, validTo: c.validTo }));
        expect(canonical(got), `${from}..${to} ${undated}`).toEqual(canonical(want));
      }
    const held = (await ask(`{ organization(slug: "interpol") { claims(property: "memberCount", asOf: "2022-06-01", undated: EXCLUDE) { number } } }`)).organization.claims;
    expect(held.map((c: any) => c.number)).toEqual(all.filter((c: any) => heldOn({ since: c.validFrom, until: c.validTo }, "2022-06-01", "EXCLUDE")).map((c: any) => c.number));
    expect(held.map((c: any) => c.number)).toContain(195);
  });

  it("refuses an interval whose start is after its end, naming the argument", async () => {
    const [p] = providers;
    const { t, yoga } = servers.get(p)!;
    const res = await gql<any>(yoga, t.db, `{ organization(slug: "interpol") { claims(during: { from: "2020-01-01", to: "2010-01-01" }) { value } } }`);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(res.errors?.[0].message).toContain("during");
  });
});

describe.runIf(providers.length > 0)("superseded and disputed values", () => {
  it("INTERPOL's counts end where the next begins; the seed's undated 190 is marked as a dispute with the 196", async () => {
    const o = (await ask(`{ organization(slug: "interpol") { claims(property: "memberCount") { number validFrom validTo preferred dispute } } }`)).organization;
    const by = (n: number, from: string | null) => o.claims.find((c: any) => c.number === n && c.validFrom === from);
    expect(by(190, "2011-10-01")).toMatchObject({ validTo: "2017-12-31", dispute: null });
    expect(by(192, "2017-01-01")).toMatchObject({ validTo: "2018-12-31", dispute: null });
    expect(by(194, "2018-01-01")).toMatchObject({ validTo: "2021-11-30", dispute: null });
    expect(by(196, "2023-11-28")).toMatchObject({ validTo: null, preferred: true, dispute: "interpol-member-count" });
    expect(by(190, null)).toMatchObject({ validTo: null, dispute: "interpol-member-count" });
  });

  it("Europol–Eurojust: the first agreement (2004) ends when the revised one comes into force (Jan 2010), each fact with its source", async () => {
    const q = `query($d: Date) { organization(slug: "europol") { cooperations(asOf: $d, where: { other: { slug: { equals: "eurojust" } } }) {
      agreement since until periodKnown citations { source { slug } facts } } } }`;
    const all = (await ask(q, {})).organization.cooperations;
    const first = all.find((c: any) => c.since === "2004-06-09");
    expect(first).toMatchObject({ until: "2010-01-31", periodKnown: "BOTH" });
    expect(canonical(first.citations)).toEqual(canonical([{ source: { slug: "old-europe-bg" }, facts: ["F160"] }, { source: { slug: "eurojust-site" }, facts: ["F161"] }]));
    const in2008 = (await ask(q, { d: "2008-01-01" })).organization.cooperations.map((c: any) => c.since);
    const in2012 = (await ask(q, { d: "2012-01-01" })).organization.cooperations.map((c: any) => c.since);
    expect(in2008).toEqual(["2004-06-09"]);
    expect(in2012).toEqual(["2010-01-01"]);
  });

  it("no two claims of one property overlap through the API unless one is in a dispute, on every body and mission", async () => {
    const q = `{ organizations(first: 100) { edges { node { slug claims { property validFrom validTo dispute } } } }
      missions(first: 100) { edges { node { slug claims { property validFrom validTo dispute } } } } }`;
    const data = await ask(q);
    let checked = 0;
    let disputes = 0;
    for (const { node } of [...data.organizations.edges, ...data.missions.edges]) {
      const cs = node.claims;
      for (let i = 0; i < cs.length; i++)
        for (let j = i + 1; j < cs.length; j++) {
          const [a, b] = [cs[i], cs[j]];
          if (a.property !== b.property) continue;
          checked++;
          if (a.dispute || b.dispute) {
            disputes++;
            continue;
          }
          // Padded bounds: a value may end in the year or month its successor begins in, so they may share days.
          const overlapDays = (a.validFrom ?? "0000") < (b.validTo ?? "9999") && (b.validFrom ?? "0000") < (a.validTo ?? "9999");
          const touching = (x: any, y: any) => x.validTo && y.validFrom && x.validTo.slice(0, 4) === y.validFrom.slice(0, 4);
          expect(overlapDays && !touching(a, b) && !touching(b, a), `${node.slug} ${a.property} ${JSON.stringify([a, b])}`).toBe(false);
        }
    }
    expect(checked).toBeGreaterThan(20);
    expect(disputes).toBeGreaterThan(5);
  });
});

describe.runIf(providers.length > 0)("which source states which fact", () => {
  it("AFRIPOL: its own site states its founding (F096), not its links (F097), which AfricanLII's statute text states", async () => {
    const o = (await ask(`{ organization(slug: "afripol") { citations { source { slug } facts } } }`)).organization;
    const bySource = Object.fromEntries(o.citations.map((c: any) => [c.source.slug, [...c.facts].sort()]));
    expect(bySource).toEqual({ "africanlii-afripol": ["F096", "F097"], "afripol-site": ["F096"] });
  });

  it("INTERPOL's own site is not tagged with the seed document's out-of-date 190 members (F034)", async () => {
    const o = (await ask(`{ organization(slug: "interpol") { citations { source { slug } facts } claims { citations { source { slug } facts } } } }`)).organization;
    const site = o.citations.find((c: any) => c.source.slug === "interpol-site");
    expect(site.facts).toContain("F033");
    expect(site.facts).not.toContain("F034");
    expect(o.claims.some((c: any) => c.citations.some((x: any) => x.facts.includes("F034") && x.source.slug === "seed-002"))).toBe(true);
  });

  it("on every body and mission, a source's entity-level fact is one a claim cites it for, or one no claim states", async () => {
    // One list at a time: both at once would be priced over the row budget.
    const q = (list: string) => `{ ${list}(first: 50) { edges { node { slug citations { source { slug } facts } claims { citations { source { slug } facts } } } } } }`;
    const orgs = (await ask(q("organizations"))).organizations.edges;
    const missions = (await ask(q("missions"))).missions.edges;
    expect(orgs.length + missions.length).toBeGreaterThan(80);
    let narrowed = 0;
    for (const { node } of [...orgs, ...missions]) {
      const claimCites = node.claims.flatMap((c: any) => c.citations);
      const stated = new Set<string>(claimCites.flatMap((c: any) => c.facts));
      const all = new Set<string>(node.citations.flatMap((c: any) => c.facts));
      for (const cite of node.citations) {
        for (const f of cite.facts) {
          const byClaim = claimCites.some((c: any) => c.facts.includes(f) && c.source.slug === cite.source.slug);
          expect(byClaim || !stated.has(f), `${node.slug} ${cite.source.slug} ${f}`).toBe(true);
        }
        if (cite.facts.length < all.size) narrowed++;
      }
    }
    // Before issue 14 every source of a record carried all of its facts.
    expect(narrowed).toBeGreaterThan(10);
  });
});
