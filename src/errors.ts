// Protocol-level errors clients can switch on through `extensions.code`. Unexpected errors are masked by Yoga.
import { GraphQLError } from "graphql";

export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument '${argument}': ${message}`, {
    extensions: { code: "BAD_USER_INPUT", argument },
  });
}

export function notFound(what: string, input: string): GraphQLError {
  return new GraphQLError(`${what} not found: ${input}`, { extensions: { code: "NOT_FOUND", input } });
}
