// Values over time: which of an entity's sourced claims held on a day or during an interval, and which one is the
// value of a property then. The claims come from the batched claims loader (context.ts, one statement per level,
// charged to the row budget); these filters are pure, with the same rule as relationships under `asOf`
// (where.ts UndatedRule): a stated end closes a claim, an unstated end leaves it open, an unstated start
// is open only under INCLUDE.
import type { Claim } from "../generated/prisma/sqlite/client.js";
import type { UndatedRule } from "./where.js";

export interface ClaimWindow {
  /** Held on this day. */
  asOf?: Date | null;
  /** Its period overlaps [from, to] (a bound left out is open). */
  during?: { from?: Date | null; to?: Date | null } | null;
  undated?: UndatedRule;
}

type Dated = Pick<Claim, "validFrom" | "validTo">;

const startedBy = (c: Dated, d: Date, undated: UndatedRule) => (c.validFrom ? c.validFrom.getTime() <= d.getTime() : undated === "INCLUDE");
const notEndedBefore = (c: Dated, d: Date) => !c.validTo || c.validTo.getTime() >= d.getTime();

/** The claims of the window, in the loader's order (property, validFrom, id). */
export function claimsIn<T extends Dated>(claims: readonly T[], w: ClaimWindow): T[] {
  const undated = w.undated ?? "INCLUDE";
  return claims.filter((c) => {
    if (w.asOf && !(startedBy(c, w.asOf, undated) && notEndedBefore(c, w.asOf))) return false;
    if (w.during) {
      const { from, to } = w.during;
      // Under EXCLUDE an unstated start matches no interval, bounded above or not.
      if (!c.validFrom && undated === "EXCLUDE") return false;
      if (to && !startedBy(c, to, undated)) return false;
      if (from && !notEndedBefore(c, from)) return false;
    }
    return true;
  });
}

/**
 * The value of one property on a day: among its claims held then, the preferred one if it is among them, else the
 * one with the latest stated start (a dated claim before an undated one), ties to the later record. Null when no
 * claim held.
 */
export function claimAt<T extends Dated & Pick<Claim, "preferred" | "id">>(claims: readonly T[], asOf: Date, undated: UndatedRule = "INCLUDE"): T | null {
  const held = claimsIn(claims, { asOf, undated });
  if (!held.length) return null;
  const preferred = held.find((c) => c.preferred);
  if (preferred) return preferred;
  const start = (c: T) => c.validFrom?.getTime() ?? Number.NEGATIVE_INFINITY;
  return held.reduce((best, c) => (start(c) > start(best) || (start(c) === start(best) && c.id > best.id) ? c : best));
}
