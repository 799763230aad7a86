// Date (a calendar day, YYYY-MM-DD, UTC) and DateTime (ISO 8601). An invalid value is a BAD_USER_INPUT error that
// names the argument (GraphQL reports which argument failed to parse; our message says why).
import { GraphQLError, Kind } from "graphql";
import { builder } from "./builder.js";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDay(value: unknown): Date {
  if (typeof value !== "string" || !DAY.test(value))
    throw new GraphQLError(`Invalid Date '${String(value).slice(0, 40)}': expected YYYY-MM-DD`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  const [, y, m, d] = DAY.exec(value)!.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    throw new GraphQLError(`Invalid Date '${value}': no such day`, { extensions: { code: "BAD_USER_INPUT" } });
  return date;
}

builder.scalarType("Date", {
  description: "A calendar day in UTC, as YYYY-MM-DD.",
  serialize: (d) => (d instanceof Date ? d : new Date(d as string)).toISOString().slice(0, 10),
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
