// Date (a calendar day, YYYY-MM-DD, UTC) and DateTime (ISO 8601). An invalid value is a BAD_USER_INPUT error that
// names the argument (GraphQL reports which argument failed to parse; our message says why).
import { GraphQLError, Kind } from "graphql";
import { builder } from "./builder.js";
import { formatDay, InvalidDay, parseDay as parseCalendarDay } from "../data/dates.js";

/** src/data/dates.ts's day (years 0001..9999, real calendar days) or a BAD_USER_INPUT error saying why not. */
export function parseDay(value: unknown): Date {
  try {
    return parseCalendarDay(value);
  } catch (e) {
    if (!(e instanceof InvalidDay)) throw e;
    throw new GraphQLError(`Invalid Date '${String(value).slice(0, 40)}': ${e.reason}`, { extensions: { code: "BAD_USER_INPUT" } });
  }
}

builder.scalarType("Date", {
  description: "A calendar day in UTC, as YYYY-MM-DD.",
  serialize: (d) => formatDay(d instanceof Date ? d : new Date(d as string)),
  parseValue: parseDay,
  // A plain Error here lets graphql-js attach the literal's location, so input-errors.ts can name the argument.
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new Error("expected a string YYYY-MM-DD");
    try {
      return parseDay(ast.value);
    } catch (e) {
      throw new Error((e as Error).message);
    }
  },
});

builder.scalarType("DateTime", {
  description: "An instant, as an ISO 8601 string.",
  serialize: (d) => (d instanceof Date ? d : new Date(d as string)).toISOString(),
  parseValue: (v) => {
    const d = new Date(String(v));
    if (typeof v !== "string" || Number.isNaN(d.getTime()))
      throw new GraphQLError("Invalid DateTime: expected ISO 8601", { extensions: { code: "BAD_USER_INPUT" } });
    return d;
  },
});
