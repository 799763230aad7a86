// Calendar days, one parser for the whole product: the GraphQL `Date` scalar, export query parameters and CLI
// options, import rows and the data files all accept exactly the same days, so a day one of them accepts never
// fails later in a database. A day is `YYYY-MM-DD` in UTC, proleptic Gregorian, years 0001..9999: both SQLite
// (ISO text) and PostgreSQL (`timestamp`, which has no year 0) store every such day; year 0000 or a fifth digit is
// refused here rather than by PostgreSQL mid-export.
import { z } from "zod";

export const DAY_FORMAT = "YYYY-MM-DD";
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A UTC instant from its parts. Date.UTC (and `new Date(y, ...)`) read years 0..99 as 1900..1999, which would
 * turn 0050-06-01 into 1950-06-01; setUTCFullYear takes the year as it is.
 */
export function utcDate(year: number, monthIndex: number, day: number, hours = 0, minutes = 0, seconds = 0): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  d.setUTCHours(hours, minutes, seconds, 0);
  return d;
}

const daysIn = (year: number, month: number) => utcDate(year, month, 0).getUTCDate();

function partsProblem(y: number, m: number | undefined, d: number | undefined): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR) return `year ${String(y).padStart(4, "0")} is out of range (${String(MIN_YEAR).padStart(4, "0")}..${MAX_YEAR})`;
  if (m !== undefined && (m < 1 || m > 12)) return `there is no month ${String(m).padStart(2, "0")}`;
  if (m !== undefined && d !== undefined && (d < 1 || d > daysIn(y, m)))
    return `there is no day ${String(d).padStart(2, "0")} in ${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
  return null;
}

/** Why `value` is not a day we accept (a short sentence), or null when it is one. */
export function dayProblem(value: unknown): string | null {
  if (typeof value !== "string") return `expected a string ${DAY_FORMAT}`;
  const m = DAY.exec(value);
  if (!m) return `expected a date ${DAY_FORMAT}`;
  return partsProblem(Number(m[1]), Number(m[2]), Number(m[3]));
}

export class InvalidDay extends Error {
  constructor(
    readonly value: unknown,
    readonly reason: string,
  ) {
    super(`invalid date '${String(value).slice(0, 40)}': ${reason}`);
    this.name = "InvalidDay";
  }
}

/** Midnight UTC of a day; throws InvalidDay (value and reason) for anything else. */
export function parseDay(value: unknown): Date {
  const problem = dayProblem(value);
  if (problem) throw new InvalidDay(value, problem);
  const [y, m, d] = (value as string).split("-").map(Number);
  return utcDate(y, m - 1, d);
}

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * The `YYYY-MM-DD` of a stored instant (always four year digits for years 0001..9999). From the UTC parts rather
 * than `toISOString().slice(0, 10)`: a sixth of the cost, paid for every date of a response.
 */
export function formatDay(d: Date): string {
  const y = d.getUTCFullYear();
  if (!(y >= 0 && y <= 9999)) return d.toISOString().slice(0, 10); // NaN throws RangeError as before; ±YYYYYY as before
  return `${y >= 1000 ? y : String(y).padStart(4, "0")}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
}

/** A day as a zod string (kept as the string), with parseDay's reasons as issue messages. */
export const DayString = z.string().superRefine((s, ctx) => {
  const problem = dayProblem(s);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** Why a data-file date ("2007", "2007-06" or "2007-06-01") is not one, or null. */
export function partialDayProblem(value: string): string | null {
  const m = PARTIAL.exec(value);
  if (!m) return `expected YYYY, YYYY-MM or ${DAY_FORMAT}`;
  return partsProblem(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
}

/** "2007" -> 2007-01-01 (start) or 2007-12-31 (end); "2007-06" likewise; full dates as they are. */
export function partialDay(value: string, edge: "start" | "end"): Date {
  const problem = partialDayProblem(value);
  if (problem) throw new InvalidDay(value, problem);
  const [y, m, d] = value.split("-").map(Number);
  if (d) return utcDate(y, m - 1, d);
  if (m) return edge === "start" ? utcDate(y, m - 1, 1) : utcDate(y, m, 0);
  return edge === "start" ? utcDate(y, 0, 1) : utcDate(y, 11, 31);
}
