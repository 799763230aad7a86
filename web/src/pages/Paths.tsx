// The path finder: pick two entities, get the shortest connections between them, step by step, with the
// relationship and the sources of each step.
import { useState } from "react";
import type { EntityRefFragment } from "../../../client/generated/graphql";
import { useEntityPageQuery, usePathsQuery } from "../../../client/generated/hooks";
import { EntityLink } from "../components/EntityLink";
import { SearchPicker } from "../components/SearchPicker";
import { Sources } from "../components/Sources";
import { Status } from "../components/Status";
import { displayName, period, stepVerb } from "../labels";
import { pathsPath, useLocation, useNavigate } from "../router";
import type { RelationKind } from "../../../client/generated/graphql";

/** The picker's initial entity, from the URL's id. */
function usePreset(id: string | null): EntityRefFragment | null | undefined {
  const [{ data, fetching }] = useEntityPageQuery({ variables: { id: id ?? "" }, pause: !id });
  if (!id) return null;
  if (fetching || !data) return undefined;
  const n = data.node;
  return n && "kind" in n ? { id: n.id, kind: n.kind, slug: n.slug, name: n.name, acronym: n.acronym } : null;
}

export default function PathsPage() {
  const { search } = useLocation();
  const fromId = search.get("from");
  const toId = search.get("to");
  const fromPreset = usePreset(fromId);
  const toPreset = usePreset(toId);
  if (fromPreset === undefined || toPreset === undefined) return <Status fetching />;
  return <PathFinder key={`${fromId}|${toId}`} initialFrom={fromPreset} initialTo={toPreset} />;
}

function PathFinder({ initialFrom, initialTo }: { initialFrom: EntityRefFragment | null; initialTo: EntityRefFragment | null }) {
  const navigate = useNavigate();
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const submitted = initialFrom && initialTo ? { from: initialFrom, to: initialTo } : null;
  const [{ data, fetching, error }] = usePathsQuery({
    variables: { from: submitted?.from.id ?? "", to: submitted?.to.id ?? "", maxHops: 4, k: 3 },
    pause: !submitted,
  });
  const paths = submitted ? (data?.paths ?? []) : [];
  return (
    <>
      <h1>Path finder</h1>
      <p className="lead">What connects two entities, through which relationships, and who says so.</p>
      <form
        className="paths-form"
        aria-label="Find paths"
        onSubmit={(e) => {
          e.preventDefault();
          if (from && to) navigate(pathsPath(from.id, to.id));
        }}
      >
        <SearchPicker label="From" name="from" value={from} onChange={setFrom} />
        <SearchPicker label="To" name="to" value={to} onChange={setTo} />
        <button type="submit" disabled={!from || !to}>
          Find paths
        </button>
      </form>
      <section aria-labelledby="paths-heading">
        <h2 id="paths-heading">{submitted ? `From ${displayName(submitted.from)} to ${displayName(submitted.to)}` : "Paths"}</h2>
        <Status fetching={fetching} error={error} empty={submitted && data && paths.length === 0 ? "No path within 4 steps." : false}>
          {submitted ? (paths.length ? `${paths.length} path${paths.length === 1 ? "" : "s"} found, shortest first.` : "") : "Pick two entities, then Find paths."}
        </Status>
        <ol className="paths">
          {paths.map((p, i) => (
            <li key={i} className="path" aria-label={`Path ${i + 1}, ${p.length} step${p.length === 1 ? "" : "s"}`}>
              <h3>
                Path {i + 1} <span className="count">{p.length} step{p.length === 1 ? "" : "s"}</span>
              </h3>
              <ol className="steps">
                {p.steps.map((s, j) => {
                  const when = period(s.relationship.since, s.relationship.until);
                  return (
                    <li key={j} className="step">
                      <div>
                        <EntityLink entity={s.from} /> <span className="verb">{stepVerb(s.relationship.kind as RelationKind, s.forward)}</span> <EntityLink entity={s.to} />
                        {s.relationship.subtype ? <span className="tag">{s.relationship.subtype.replace(/_/g, " ").toLowerCase()}</span> : null}
                        {when ? <span className="period">{when}</span> : null}
                      </div>
                      {s.relationship.agreement ? <p className="rel-detail">Agreement: {s.relationship.agreement}</p> : null}
                      <Sources sources={s.relationship.sources} />
                    </li>
                  );
                })}
              </ol>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
