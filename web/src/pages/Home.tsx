// Home: search as you type over every entity (debounced); Enter opens the best match.
import { useEffect, useState } from "react";
import { useSearchQuery } from "../../../client/generated/hooks";
import { Status } from "../components/Status";
import { KIND_LABEL, displayName } from "../labels";
import { Link, entityPath, useLocation, useNavigate } from "../router";
import { useDebounced } from "../useDebounced";

export default function Home() {
  const location = useLocation();
  const navigate = useNavigate();
  const [text, setText] = useState(location.search.get("q") ?? "");
  const query = useDebounced(text.trim(), 200);
  const [{ data, fetching, error }] = useSearchQuery({ variables: { query, first: 12 }, pause: query.length < 2 });
  const edges = query.length >= 2 ? (data?.search.edges ?? []) : [];

  // Keep the query in the URL (back button, shareable), without adding history entries per keystroke.
  useEffect(() => {
    const url = query ? `/?q=${encodeURIComponent(query)}` : "/";
    if (window.location.pathname === "/" && url !== window.location.pathname + window.location.search) window.history.replaceState(null, "", url);
  }, [query]);

  return (
    <>
      <h1>Explore international policing</h1>
      <p className="lead">
        Who polices across borders, through which legal tools, who oversees whom — every fact with its source.
      </p>
      <form
        role="search"
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          const first = edges[0];
          if (first && query === text.trim()) navigate(entityPath(first.node.id));
        }}
      >
        <label htmlFor="search">Search bodies, missions, legal tools, crime areas, countries</label>
        <div className="search-row">
          <input id="search" name="q" type="search" autoComplete="off" spellCheck={false} value={text} placeholder="e.g. europol, extradition, Kosovo" onChange={(e) => setText(e.target.value)} aria-describedby="search-hint" aria-controls="results" />
          <button type="submit">Open</button>
        </div>
        <p id="search-hint" className="muted small">
          Results appear as you type; Enter opens the best match. Typos and accents are tolerated.
        </p>
      </form>
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="visually-hidden">
          Results
        </h2>
        <Status fetching={fetching} error={error} empty={query.length >= 2 && !fetching && data && edges.length === 0 ? `Nothing matches “${query}”.` : false}>
          {edges.length ? `${data!.search.totalCount} result${data!.search.totalCount === 1 ? "" : "s"} for “${query}”` : query.length < 2 ? "Type at least two letters." : ""}
        </Status>
        <ul id="results" className="results">
          {edges.map(({ node, score }) => (
            <li key={node.id}>
              <Link href={entityPath(node.id)} className="result-link">
                <span className="result-name">{displayName(node)}</span>
                <span className={`kind kind-${node.kind.toLowerCase()}`}>{KIND_LABEL[node.kind]}</span>
              </Link>
              {node.description ? <p className="result-desc">{node.description}</p> : null}
              <span className="visually-hidden">relevance {Math.round(score * 100)}%</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="more-heading" className="cards">
        <h2 id="more-heading">More ways in</h2>
        <ul>
          <li>
            <Link href="/paths">Path finder</Link>: what connects two bodies, and who says so.
          </li>
          <li>
            <Link href="/crime/human-trafficking">Cooperation by crime area</Link>: actors, cooperations and instruments.
          </li>
        </ul>
      </section>
    </>
  );
}
