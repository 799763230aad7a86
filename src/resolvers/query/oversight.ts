// "Who holds X to account, and who holds them to account?": the transitive chain of overseers of a body or a
// mission. At each depth: the OVERSEES relationships into the current bodies, and (includeParents) into the bodies
// they are PART_OF — the EU's auditors also audit Europol. Two batched statements per depth.
import { builder } from "../../schema/builder.js";
import type { Context } from "../../read/context.js";
import { badInput } from "../../errors.js";
import type { Relation } from "../../generated/prisma/sqlite/client.js";
import { relationsAt } from "../../read/preset-reads.js";
import { OversightKindEnum } from "../../schema/enums.js";
import { Entity, Mission, Organization } from "../../schema/entity.js";
import { Oversight, PartOf } from "../../schema/relationship.js";
import { Source, uniqueSources } from "../../schema/source.js";

export const MAX_CHAIN_DEPTH = 6;

interface StepShape {
  depth: number;
  oversight: Relation;
  /** The chain member this step holds to account. */
  subjectId: number;
  /** Set when the oversight reaches the subject through the body it is part of. */
  through: Relation | null;
}

const OversightStep = builder.objectRef<StepShape>("OversightStep");
OversightStep.implement({
  description:
    "One link of an accountability chain: who oversees (depth 1: the entity itself; depth 2: its overseers ...), how, " +
    "and — when the oversight is of a larger body the overseen one is part of — through which PartOf link.",
  fields: (t) => ({
    depth: t.exposeInt("depth"),
    oversight: t.field({ type: Oversight, resolve: (s) => s.oversight }),
    overseer: t.field({ type: Organization, resolve: async (s, _, ctx) => (await ctx.loaders.entity.load(s.oversight.fromId))! }),
    overseen: t.field({
      type: Entity,
      description: "The chain member held to account at this step (directly, or as part of `inheritedFrom` when `inherited`).",
      resolve: async (s, _, ctx) => (await ctx.loaders.entity.load(s.subjectId))!,
    }),
    through: t.field({
      type: PartOf,
      nullable: true,
      description: "The overseen body is part of the body the oversight is formally of (e.g. Europol PART_OF EU).",
      resolve: (s) => s.through,
    }),
    inherited: t.boolean({
      description:
        "False: the oversight is of the chain member itself (direct). True: it is of a larger body the member is PART_OF (the Political and Security Committee oversees the EU, not Europol itself), inherited through `inheritedFrom`.",
      resolve: (s) => s.through !== null,
    }),
    inheritedFrom: t.field({
      type: Entity,
      nullable: true,
      description: "For an inherited step, the body the oversight is formally of (the overseen member is part of it); null for a direct one.",
      resolve: async (s, _, ctx) => (s.through ? ctx.loaders.entity.load(s.through.toId) : null),
    }),
    oversightKind: t.field({ type: OversightKindEnum, nullable: true, resolve: (s) => s.oversight.subtype as never }),
    how: t.string({ nullable: true, resolve: (s) => s.oversight.description }),
    sources: t.field({
      type: [Source],
      description: "Sources of the oversight relationship (and of the PartOf link, if any).",
      resolve: async (s, _, ctx) =>
        uniqueSources([
          ...(await ctx.loaders.citations.load(`r${s.oversight.id}`)),
          ...(s.through ? await ctx.loaders.citations.load(`r${s.through.id}`) : []),
        ]),
    }),
  }),
});

export async function accountabilityChain(
  ctx: Context,
  subjectId: number,
  opts: { maxDepth: number; asOf: Date | null; includeParents: boolean },
): Promise<StepShape[]> {
  const steps: StepShape[] = [];
  const seen = new Set([subjectId]);
  let frontier = [subjectId];
  for (let depth = 1; depth <= opts.maxDepth && frontier.length; depth++) {
    const parents = opts.includeParents ? await relationsAt(ctx.db, "PART_OF", "fromId", frontier, opts.asOf) : [];
    const targets = [...new Set([...frontier, ...parents.map((p) => p.toId)])];
    const oversights = await relationsAt(ctx.db, "OVERSEES", "toId", targets, opts.asOf);
    const next: number[] = [];
    const add = (o: Relation, subject: number, through: Relation | null) => {
      if (seen.has(o.fromId)) return;
      seen.add(o.fromId);
      next.push(o.fromId);
      steps.push({ depth, oversight: o, subjectId: subject, through });
    };
    // Direct oversight first, then oversight of the larger bodies.
    for (const subject of frontier) for (const o of oversights) if (o.toId === subject) add(o, subject, null);
    for (const subject of frontier)
      for (const p of parents.filter((x) => x.fromId === subject))
        for (const o of oversights) if (o.toId === p.toId && o.fromId !== subject) add(o, subject, p);
    frontier = next;
  }
  return steps;
}

for (const ref of [Organization, Mission]) {
  builder.prismaObjectFields(ref, (t) => ({
    accountabilityChain: t.field({
      type: [OversightStep],
      description:
        "Transitive overseers: who oversees this (depth 1), who oversees the overseers (depth 2) ..., each with the " +
        "Oversight relationship, its kind and sources. Each overseer appears once, at its smallest depth.",
      args: {
        maxDepth: t.arg.int({ required: false, defaultValue: 4, description: `At most ${MAX_CHAIN_DEPTH}.` }),
        asOf: t.arg({ type: "Date", required: false }),
        includeParents: t.arg.boolean({
          required: false,
          defaultValue: true,
          description: "Also follow oversight of the bodies this one is PART_OF (the EU's auditors for Europol).",
        }),
      },
      resolve: (e, args, ctx) => {
        const maxDepth = args.maxDepth ?? 4;
        if (maxDepth < 1 || maxDepth > MAX_CHAIN_DEPTH)
          throw badInput("maxDepth", `must be between 1 and ${MAX_CHAIN_DEPTH}, got ${maxDepth}`);
        return accountabilityChain(ctx, e.id, { maxDepth, asOf: args.asOf ?? null, includeParents: args.includeParents ?? true });
      },
    }),
  }));
}
