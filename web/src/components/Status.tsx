// Loading and error states of a query, announced to screen readers (aria-live).
import type { CombinedError } from "urql";

export function Status({ fetching, error, empty, children }: { fetching?: boolean; error?: CombinedError; empty?: string | false; children?: string }) {
  let text = "";
  if (error) text = `Could not load: ${error.graphQLErrors[0]?.message ?? error.message}`;
  else if (fetching) text = "Loading…";
  else if (empty) text = empty;
  else if (children) text = children;
  return (
    <p className={error ? "status error" : "status"} role={error ? "alert" : "status"} aria-live="polite">
      {text}
    </p>
  );
}
