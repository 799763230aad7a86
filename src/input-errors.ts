// Makes every client mistake about arguments a BAD_USER_INPUT error that names the argument:
// - a literal that fails a scalar's parsing (`asOf: "1999-99-99"`) is reported by graphql-js without saying
//   which argument held it; we find the argument in the document and name it;
// - Pothos' relay plugin rejects a negative `first`/`last` with its own error and no code; we give it one.
import { GraphQLError, visit, type ASTNode, type DocumentNode } from "graphql";
import type { Plugin } from "graphql-yoga";

function argumentAt(doc: DocumentNode, node: ASTNode | undefined): string | undefined {
  const start = node?.loc?.start;
  if (start === undefined) return undefined;
  let found: string | undefined;
  visit(doc, {
    Argument(arg) {
      if (arg.value.loc && arg.value.loc.start <= start && start < arg.value.loc.end) found = arg.name.value;
    },
    ObjectField(field) {
      if (field.value.loc && field.value.loc.start <= start && start < field.value.loc.end && found)
        found = `${found}.${field.name.value}`;
    },
  });
  return found;
}

const RELAY_ARG = /^Argument "(\w+)" must be (.*)$/;

export function useInputErrors(): Plugin {
  return {
    onValidate({ params }) {
      return ({ result, setResult }) => {
        if (!result.length) return;
        setResult(
          result.map((err) => {
            // Literals that fail their type (ValuesOfCorrectTypeRule) carry the literal's node but no code.
            const wrongValue = !err.extensions?.code && /^(Expected value of type|\w+ cannot represent)/.test(err.message);
            if (!wrongValue || err.extensions?.argument) return err;
            const argument = argumentAt(params.documentAST, err.nodes?.[0]);
            if (!argument) return err;
            return new GraphQLError(`Argument '${argument}': ${err.message}`, {
              nodes: err.nodes,
              extensions: { ...err.extensions, code: "BAD_USER_INPUT", argument },
            });
          }),
        );
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors?.length) return;
          setResult({
            ...result,
            errors: result.errors.map((err) => {
              const m = RELAY_ARG.exec(err.message);
              if (!m || err.extensions?.code) return err;
              return new GraphQLError(`Argument '${m[1]}': must be ${m[2]}`, {
                nodes: err.nodes,
                path: err.path,
                extensions: { code: "BAD_USER_INPUT", argument: m[1] },
              });
            }),
          });
        },
      };
    },
  };
}
