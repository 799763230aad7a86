// `Entity.timeline(from:, to:)`: an entity's dated events, oldest first, read through the per-request loaders, so a
// list of entities costs the same few statements as one (relations, claims, the other ends; citations if asked).
//
// Events:
// - every relationship of the entity with a start (kind = the relation kind, e.g. MEMBER_OF, LEADS) and, when it
//   has one, an end (kind + "_END"). An undated relationship to or from a mission takes the mission's dates
//   (missions led, hosted, mandated, overseen, successions);
// - a mission's own start and end (MISSION_START, MISSION_END);
// - every claim with a validFrom (kind "CLAIM", label "property: value"), e.g. founding.
import { builder } from "../../schema/builder.js";
import type { Context } from "../../read/context.js";
import { badInput } from "../../errors.js";
import type { RelationKind } from "../../data/schema.js";
import type { Claim as ClaimRow, Entity as EntityRow, Relation as RelationRow } from "../../generated/prisma/sqlite/client.js";
import { Entity } from "../../schema/entity.js";
import { Relationship, type RelationView } from "../../schema/relationship.js";
import { Claim, Source, uniqueSources } from "../../schema/source.js";
import { TYPE_BY_RELATION } from "../../data/ids.js";

export interface TimelineEventShape {
  date: Date;
  kind: string;
  label: string;
  relationship: RelationView | null;
  claim: ClaimRow | null;
  /** For a mission's own start and end: the mission, whose sources are the event's. */
  entityId?: number;
}

const TimelineEvent = builder.objectRef<TimelineEventShape>("TimelineEvent").implement({
  description: "A dated event of an entity: a relationship that began or ended, a mission's start or end, a dated claim.",
  fields: (t) => ({
    date: t.expose("date", { type: "Date" }),
    kind: t.exposeString("kind", {
      description: "A relation kind (MEMBER_OF, LEADS ...) or that kind + _END, MISSION_START, MISSION_END or CLAIM.",
    }),
    label: t.exposeString("label"),
    relationship: t.field({ type: Relationship, nullable: true, resolve: (e) => e.relationship }),
    claim: t.field({ type: Claim, nullable: true, resolve: (e) => e.claim }),
    sources: t.field({
      type: [Source],
      resolve: async (e, _, ctx) =>
        e.relationship
          ? uniqueSources(await ctx.loaders.citations.load(`r${e.relationship.id}`))
          : e.claim
            ? uniqueSources(await ctx.loaders.citations.load(`c${e.claim.id}`))
            : e.entityId
              ? uniqueSources(await ctx.loaders.citations.load(`e${e.entityId}`))
              : [],
    }),
  }),
});

const ALL_KINDS = (Object.keys(TYPE_BY_RELATION) as RelationKind[]).sort();

/** How a relationship reads from the entity's side: [outgoing, incoming]. */
const VERBS: Partial<Record<RelationKind, [string, string]>> = {
  MEMBER_OF: ["Became a member of", "Has as member"],
  PART_OF: ["Became part of", "Has as part"],
  COOPERATES_WITH: ["Cooperation with", "Cooperation with"],
  OVERSEES: ["Oversight of", "Overseen by"],
  MANDATES: ["Mandated", "Mandated by"],
  LEADS: ["Leads", "Led by"],
  HOSTED_IN: ["Deployed in", "Hosts"],
  OF_TYPE: ["Classified as", "Has as instance"],
  SUCCEEDS: ["Took over from", "Succeeded by"],
  WORKS_ON: ["Works on", "Worked on by"],
  USES_TOOL: ["Uses", "Used by"],
  REQUIRES: ["Requires", "Required by"],
  CONCERNS: ["Concerns", "Debated in"],
  FUNDS: ["Funds", "Funded by"],
  BASED_ON: ["Based on", "Basis of"],
  HEADQUARTERED_IN: ["Headquartered in", "Headquarters of"],
  LOCATED_IN: ["Located in", "Has the city"],
};

const name = (e: EntityRow | null | undefined) => (e ? (e.acronym ? `${e.name} (${e.acronym})` : e.name) : "?");
const inRange = (d: Date, from: Date | null, to: Date | null) => (!from || d >= from) && (!to || d <= to);

/** Relationships a timeline is made of, at most: the earliest (by start). */
export const TIMELINE_RELATIONS = 1_000;

export async function timeline(ctx: Context, e: EntityRow, from: Date | null, to: Date | null): Promise<TimelineEventShape[]> {
  const [relations, claims] = await Promise.all([
    // The earliest TIMELINE_RELATIONS relationships, cut in SQL: a hub has tens of thousands on a large graph.
    ctx.loaders.relations.load({ entityId: e.id, kinds: ALL_KINDS, direction: "BOTH", asOf: null, limit: TIMELINE_RELATIONS }),
    ctx.loaders.claims.load(e.id),
  ]);
  const others = await ctx.loaders.entity.loadMany(relations.map((r) => (r.fromId === e.id ? r.toId : r.fromId)));
  const events: TimelineEventShape[] = [];
  const push = (ev: TimelineEventShape) => {
    if (inRange(ev.date, from, to)) events.push(ev);
  };

  relations.forEach((r: RelationRow, i) => {
    const o = others[i];
    const other = o && !(o instanceof Error) ? o : null;
    const out = r.fromId === e.id;
    const kind = r.kind as RelationKind;
    const verb = (VERBS[kind] ?? [kind, kind])[out ? 0 : 1];
    const mission = other?.kind === "MISSION" ? other : e.kind === "MISSION" ? e : null;
    const start = r.validFrom ?? mission?.startDate ?? null;
    const end = r.validTo ?? (r.validFrom ? null : mission?.endDate ?? null);
    const what = `${verb} ${name(other)}${r.agreement ? ` (${r.agreement})` : ""}`;
    const relationship = { ...r, viewpointId: e.id };
    if (start) push({ date: start, kind, label: what, relationship, claim: null });
    if (end) push({ date: end, kind: `${kind}_END`, label: `Ended: ${what}`, relationship, claim: null });
  });

  if (e.kind === "MISSION") {
    if (e.startDate) push({ date: e.startDate, kind: "MISSION_START", label: `${name(e)} began`, relationship: null, claim: null, entityId: e.id });
    if (e.endDate) push({ date: e.endDate, kind: "MISSION_END", label: `${name(e)} ended`, relationship: null, claim: null, entityId: e.id });
  }
  for (const c of claims)
    if (c.validFrom) push({ date: c.validFrom, kind: "CLAIM", label: `${c.property}: ${c.value}`, relationship: null, claim: c });

  return events.sort(
    (a, b) => a.date.getTime() - b.date.getTime() || a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label),
  );
}

builder.interfaceFields(Entity, (t) => ({
  timeline: t.field({
    type: [TimelineEvent],
    description:
      "Dated events, oldest first: relationships begun and ended (memberships, agreements, missions led or hosted, " +
      "oversight, successions ...), a mission's start and end, and dated claims such as founding.",
    args: {
      from: t.arg({ type: "Date", required: false, description: "Only events on or after this day." }),
      to: t.arg({ type: "Date", required: false, description: "Only events on or before this day." }),
    },
    resolve: (e, args, ctx) => {
      if (args.from && args.to && args.from > args.to) throw badInput("from", "must be on or before 'to'");
      return timeline(ctx, e, args.from ?? null, args.to ?? null);
    },
  }),
}));
