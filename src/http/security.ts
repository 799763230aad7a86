// The HTTP surface's browser-facing defences: which web origins may read answers (CORS), refusing the requests a
// hostile page can make a browser send without asking (CSRF), security headers on every response, and no schema
// hints ("Did you mean ...") when introspection is off.
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * Yoga's `cors` option for an allow-list (`*`: any origin). An allowed origin is echoed (with `Vary: Origin`, set
 * by useSecurityHeaders); any other gets no CORS headers, so its pages cannot read an answer. Never with
 * credentials: the API authenticates with `Authorization` / `x-api-key` headers, not cookies, so a credentialed
 * cross-origin read would only ever carry someone else's ambient cookies or proxy login.
 */
export function corsPolicy(origins: "*" | readonly string[]) {
  const allowed = new Set(origins === "*" ? [] : origins);
  return (request: Request) => {
    const origin = request.headers.get("origin");
    if (!origin || (origins !== "*" && !allowed.has(origin))) return false as const;
    // One origin in the list: whatwg-node's useCORS then sends it as it is (it reflects only for '*' or a list).
    return { origin: [origin], credentials: false, maxAge: 600 };
  };
}

/**
 * Headers that make a request non-"simple", so a browser preflights it cross-site (and CORS decides). The first is
 * Yoga's own; Apollo clients already send the two apollo ones; API-key requests carry one of the last two.
 */
export const CSRF_HEADERS = ["x-graphql-yoga-csrf", "apollo-require-preflight", "x-apollo-operation-name", "authorization", "x-api-key"];

/**
 * Any web page can make a browser send a POST as a form or text/plain without a CORS preflight: such a request must
 * carry one of CSRF_HEADERS (which a page cannot add without a preflight) or it runs nothing. JSON POSTs (what the
 * explorer, GraphiQL and the generated client send) are always preflighted cross-site, so pass. GET stays open, as
 * GraphQL over HTTP requires: it runs queries only (a mutation by GET is a 405), which change nothing, and a page of
 * another origin cannot read the answer (CORS). Yoga's plugin decides; this only gives its refusal a code and a
 * message that says what to do.
 */
export function useCsrfPrevention(): Plugin {
  const csrf = useCSRFPrevention({ requestHeaders: CSRF_HEADERS });
  return {
    onRequestParse(payload) {
      if (payload.request.method === "GET" || payload.request.method === "HEAD") return;
      try {
        return (csrf.onRequestParse as (p: typeof payload) => void)(payload);
      } catch (e) {
        if (!(e instanceof GraphQLError)) throw e;
        throw new GraphQLError(
          "This request could come from any web page (a form or text/plain POST without a custom header): " +
            "send it as a POST with Content-Type: application/json, or add the header x-graphql-yoga-csrf: 1.",
          { extensions: { code: "CSRF_HEADER_REQUIRED", http: { status: 403 } } },
        );
      }
    },
  };
}

const CSP_NONE = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * nosniff, no referrer, no framing, and a Content-Security-Policy on every response. Routes that serve documents
 * (the explorer, GraphiQL) set their own CSP; everything else (GraphQL answers, exports, health, metrics, errors)
 * is data and gets one that runs nothing, should a browser be made to render it (a GraphML export opened as XML).
 */
export function useSecurityHeaders(): Plugin {
  return {
    onResponse({ response }) {
      const h = response.headers;
      if (!h.has("content-security-policy")) h.set("content-security-policy", CSP_NONE);
      h.set("x-content-type-options", "nosniff");
      h.set("x-frame-options", "DENY");
      if (!h.has("referrer-policy")) h.set("referrer-policy", "no-referrer");
      // Answers differ by Origin (CORS headers or none): shared caches must not hand one origin's to another.
      const vary = h.get("vary");
      if (!vary || !/(^|,)\s*origin\s*(,|$)/i.test(vary)) h.set("vary", vary ? `${vary}, Origin` : "Origin");
    },
  };
}

// graphql-js appends its suggestions last: ` Did you mean "a"?`, `"a" or "b"?`, `"a", "b", or "c"?`, and for enums
// ` Did you mean the enum value "A"?`.
const SUGGESTION = /\s*Did you mean (?:the enum value )?"[^"]*"(?:(?:, or|,| or) "[^"]*")*\?/g;

const withoutSuggestion = (err: GraphQLError): GraphQLError => {
  if (typeof err?.message !== "string") return err;
  const message = err.message.replace(SUGGESTION, "");
  if (message === err.message) return err;
  if (!(err instanceof GraphQLError)) return { ...(err as object), message } as GraphQLError;
  return new GraphQLError(message, {
    nodes: err.nodes,
    source: err.source,
    positions: err.positions,
    path: err.path,
    originalError: err.originalError,
    extensions: err.extensions,
  });
};

/**
 * With introspection off the schema is not public, but graphql-js still names the fields, arguments, types and enum
 * values closest to a wrong one ("Did you mean 'organization'?"), enough to map the schema by guessing. Strip those
 * hints from every error (validation, variables, execution), whatever produced it.
 */
export function useHiddenSuggestions(): Plugin {
  const clean = <R extends { errors?: readonly GraphQLError[] }>(r: R): R =>
    r?.errors?.length ? { ...r, errors: r.errors.map(withoutSuggestion) } : r;
  return {
    onResultProcess({ result, setResult }) {
      if (Symbol.asyncIterator in (result as object)) return; // a stream: its documents were validated already
      setResult(Array.isArray(result) ? result.map(clean) : clean(result as { errors?: readonly GraphQLError[] }));
    },
  };
}
