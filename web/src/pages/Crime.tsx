// Cooperation against one crime area: who works on it, who cooperates on it and through which agreements, and
// which legal instruments are used.
import { useEffect } from "react";
import { useCooperationOnCrimeQuery, useCrimeAreasQuery } from "../../../client/generated/hooks";
import { EntityLink } from "../components/EntityLink";
import { Sources } from "../components/Sources";
import { Status } from "../components/Status";
import { period } from "../labels";
import { crimePath, useNavigate } from "../router";

export default function CrimePage({ slug }: { slug: string | null }) {
  const navigate = useNavigate();
  const [areas] = useCrimeAreasQuery();
  const [{ data, fetching, error }] = useCooperationOnCrimeQuery({ variables: { crimeArea: slug ?? "" }, pause: !slug });
  const c = slug ? data?.cooperationOnCrime : undefined;
  useEffect(() => {
    if (c) document.title = `Cooperation on ${c.crimeArea.name} · Policing graph explorer`;
  }, [c]);
  return (
    <>
      <h1>Cooperation by crime area</h1>
      <form className="inline-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="crime-area">Crime area</label>
        <select id="crime-area" value={slug ?? ""} onChange={(e) => navigate(crimePath(e.target.value || undefined))}>
          <option value="">Choose a crime area…</option>
          {areas.data?.crimeAreas.edges.map(({ node }) => (
            <option key={node.id} value={node.slug}>
              {node.name}
            </option>
          ))}
        </select>
      </form>
      <Status fetching={fetching || areas.fetching} error={error ?? areas.error}>
        {c ? `${c.actors.length} actors, ${c.cooperations.length} cooperations, ${c.instruments.length} instruments` : slug ? "" : "Choose a crime area."}
      </Status>
      {c ? (
        <div className="crime">
          {c.crimeArea.description ? <p className="lead">{c.crimeArea.description}</p> : null}
          <section aria-labelledby="actors-heading">
            <h2 id="actors-heading">Actors</h2>
            <ul className="rel-list">
              {c.actors.map((a) => (
                <li key={a.id} className="rel">
                  <div className="rel-head">
                    <EntityLink entity={a.actor} showKind />
                    {a.focus ? <span className="tag">{a.focus.replace(/_/g, " ").toLowerCase()}</span> : null}
                    {period(a.since, a.until) ? <span className="period">{period(a.since, a.until)}</span> : null}
                  </div>
                  <Sources sources={a.sources} />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="coops-heading">
            <h2 id="coops-heading">Cooperations</h2>
            {c.cooperations.length === 0 ? <p className="muted">None recorded.</p> : null}
            <ul className="rel-list">
              {c.cooperations.map((co) => (
                <li key={co.id} className="rel">
                  <div className="rel-head">
                    {co.parties.map((p, i) => (
                      <span key={p.id}>
                        {i > 0 ? " ↔ " : ""}
                        <EntityLink entity={p} />
                      </span>
                    ))}
                    {co.cooperationKind ? <span className="tag">{co.cooperationKind.replace(/_/g, " ").toLowerCase()}</span> : null}
                    {period(co.since, co.until) ? <span className="period">{period(co.since, co.until)}</span> : null}
                  </div>
                  {co.agreement ? <p className="rel-detail">Agreement: {co.agreement}</p> : null}
                  <Sources sources={co.sources} />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="instruments-heading">
            <h2 id="instruments-heading">Instruments</h2>
            <ul className="rel-list">
              {c.instruments.map((t) => (
                <li key={t.id} className="rel">
                  <EntityLink entity={t} />
                  {t.toolKind ? <span className="tag">{t.toolKind.replace(/_/g, " ").toLowerCase()}</span> : null}
                </li>
              ))}
            </ul>
            {c.toolUses.length ? (
              <>
                <h3>Who uses them</h3>
                <ul className="rel-list">
                  {c.toolUses.map((u) => (
                    <li key={u.id} className="rel">
                      <EntityLink entity={u.user} /> {u.role ? u.role.toLowerCase() : "uses"} <EntityLink entity={u.tool} />
                      <Sources sources={u.sources} />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        </div>
      ) : null}
    </>
  );
}
