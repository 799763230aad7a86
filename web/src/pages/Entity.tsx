// A page for any entity (by global id): what it is, its typed relationships grouped by kind (each with period,
// sources and the passage that states it), its sourced claims, its accountability chain and its timeline.
import { useEffect, useMemo } from "react";
import type { EntityPageQuery, RelationKind, RelationshipItemFragment } from "../../../client/generated/graphql";
import { useAccountabilityChainQuery, useEntityPageQuery } from "../../../client/generated/hooks";
import { EntityLink } from "../components/EntityLink";
import { Sources } from "../components/Sources";
import { Status } from "../components/Status";
import { KIND_LABEL, RELATION_LABEL, displayName, period } from "../labels";
import { Link, graphPath, pathsPath } from "../router";

type EntityNode = Extract<NonNullable<EntityPageQuery["node"]>, { kind: unknown }>;

/** Groups shown first: the relationships a reader of a body or mission looks for. */
const ORDER = ["HEADQUARTERED_IN:out", "LOCATED_IN:out", "HEADQUARTERED_IN:in", "LOCATED_IN:in", "COOPERATES_WITH", "OVERSEES:in", "OVERSEES:out", "MANDATES:in", "LEADS:in", "LEADS:out", "PART_OF:out", "PART_OF:in", "MEMBER_OF:out", "MEMBER_OF:in", "HOSTED_IN:out"];

interface Group {
  key: string;
  label: string;
  items: { rel: RelationshipItemFragment; other: RelationshipItemFragment["from"] }[];
}

function groupRelations(id: string, rels: RelationshipItemFragment[]): Group[] {
  const groups = new Map<string, Group>();
  for (const rel of rels) {
    const outgoing = rel.from.id === id;
    const symmetric = rel.kind === "COOPERATES_WITH";
    const key = symmetric ? rel.kind : `${rel.kind}:${outgoing ? "out" : "in"}`;
    const label = RELATION_LABEL[rel.kind as RelationKind][outgoing || symmetric ? 0 : 1];
    const g = groups.get(key) ?? { key, label, items: [] };
    g.items.push({ rel, other: outgoing ? rel.to : rel.from });
    groups.set(key, g);
  }
  const rank = (key: string) => {
    const i = ORDER.indexOf(key);
    return i < 0 ? ORDER.length : i;
  };
  return [...groups.values()].sort((a, b) => rank(a.key) - rank(b.key) || b.items.length - a.items.length || a.label.localeCompare(b.label));
}

/** A country's or city's UN M49 regions and, for a city, its coordinates when a source states them. */
interface PlaceFields {
  region?: string | null;
  subregion?: string | null;
  intermediateRegion?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}
function Place({ node }: { node: EntityNode }) {
  if (node.kind !== "CITY" && node.kind !== "COUNTRY") return null;
  // The `... on City` / `... on Country` fields of EntityPage (the generated type leaves the variants unnamed).
  const p = node as PlaceFields;
  const regions = [p.region, p.subregion, p.intermediateRegion].filter(Boolean);
  const coords = p.latitude != null && p.longitude != null ? `${p.latitude}, ${p.longitude}` : null;
  if (!regions.length && !coords) return null;
  return (
    <dl className="place">
      {regions.length ? (
        <>
          <dt>UN M49 region</dt>
          <dd>{regions.join(" › ")}</dd>
        </>
      ) : null}
      {coords ? (
        <>
          <dt>Coordinates</dt>
          <dd>{coords}</dd>
        </>
      ) : null}
    </dl>
  );
}

const slugId = (key: string) => key.toLowerCase().replace(/[^a-z0-9]+/g, "-");

export default function EntityPage({ id }: { id: string }) {
  const [{ data, fetching, error }] = useEntityPageQuery({ variables: { id } });
  const node = data?.node && "kind" in data.node ? (data.node as EntityNode) : null;
  const isOrg = node?.kind === "ORGANIZATION";
  const [chain] = useAccountabilityChainQuery({ variables: { slug: node?.slug ?? "" }, pause: !isOrg });
  const groups = useMemo(() => (node ? groupRelations(node.id, node.relations) : []), [node]);

  useEffect(() => {
    if (node) document.title = `${displayName(node)} · Policing graph explorer`;
  }, [node]);

  if (!node)
    return (
      <>
        <h1>{fetching ? "Loading…" : "Not found"}</h1>
        <Status fetching={fetching} error={error} empty={!fetching && !error ? "There is no entity with this id." : false} />
      </>
    );

  const chainItems = chain.data?.organization?.accountabilityChain ?? [];
  return (
    <article className="entity" aria-labelledby="entity-title">
      <header className="entity-header">
        <p className="eyebrow">
          <span className={`kind kind-${node.kind.toLowerCase()}`}>{KIND_LABEL[node.kind]}</span>
        </p>
        <h1 id="entity-title">{displayName(node)}</h1>
        {node.aliases.length ? <p className="muted">Also known as {node.aliases.join(", ")}</p> : null}
        {node.description ? <p className="lead">{node.description}</p> : null}
        <Place node={node} />
        <Sources sources={node.sources} />
        <nav aria-label="About this entity" className="actions">
          <Link href={graphPath(node.id)} className="button">
            Neighbourhood graph
          </Link>
          <Link href={pathsPath(node.id)} className="button">
            Find a path from here
          </Link>
          {node.kind === "CRIME_AREA" ? (
            <Link href={`/crime/${encodeURIComponent(node.slug)}`} className="button">
              Who cooperates on it
            </Link>
          ) : null}
        </nav>
        <nav aria-label="On this page" className="toc">
          <a href="#relationships">Relationships ({node.relations.length})</a>
          <a href="#claims">Claims ({node.claims.length})</a>
          {isOrg ? <a href="#accountability">Accountability</a> : null}
          <a href="#timeline">Timeline ({node.timeline.length})</a>
        </nav>
      </header>

      <section id="relationships" aria-labelledby="relationships-heading">
        <h2 id="relationships-heading">Relationships</h2>
        {groups.length === 0 ? <p className="muted">No relationships recorded.</p> : null}
        {groups.map((g) => (
          <section key={g.key} className="rel-group" aria-labelledby={`rel-${slugId(g.key)}`}>
            <h3 id={`rel-${slugId(g.key)}`}>
              {g.label} <span className="count">{g.items.length}</span>
            </h3>
            <ul className="rel-list">
              {g.items.map(({ rel, other }) => {
                const when = period(rel.since, rel.until);
                return (
                  <li key={rel.id} className="rel">
                    <div className="rel-head">
                      <EntityLink entity={other} showKind />
                      {rel.subtype ? <span className="tag">{rel.subtype.replace(/_/g, " ").toLowerCase()}</span> : null}
                      {when ? <span className="period">{when}</span> : null}
                    </div>
                    {rel.agreement ? <p className="rel-detail">Agreement: {rel.agreement}</p> : null}
                    {rel.via ? (
                      <p className="rel-detail">
                        Through <EntityLink entity={rel.via} />
                      </p>
                    ) : null}
                    {rel.description ? <p className="rel-detail">{rel.description}</p> : null}
                    <Sources sources={rel.sources} citations={rel.citations} />
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </section>

      <section id="claims" aria-labelledby="claims-heading">
        <h2 id="claims-heading">Sourced claims</h2>
        {node.claims.length === 0 ? (
          <p className="muted">No claims recorded.</p>
        ) : (
          <ul className="claims">
            {node.claims.map((c, i) => (
              <li key={i} className={c.preferred ? "claim preferred" : "claim"}>
                <div>
                  <strong>{c.property}</strong>: {c.value}
                  {c.unit ? ` ${c.unit}` : ""}
                  {period(c.validFrom, c.validTo) ? <span className="period">{period(c.validFrom, c.validTo)}</span> : null}
                  {c.preferred ? <span className="tag">preferred</span> : null}
                  {c.dispute ? (
                    <span className="tag" title={`Sources disagree or do not date these values (${c.dispute})`}>
                      sources disagree
                    </span>
                  ) : null}
                </div>
                {c.note ? <p className="rel-detail">{c.note}</p> : null}
                <Sources sources={c.sources} citations={c.citations} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {isOrg ? (
        <section id="accountability" aria-labelledby="accountability-heading">
          <h2 id="accountability-heading">Who oversees it</h2>
          <Status fetching={chain.fetching} error={chain.error} empty={!chain.fetching && chain.data && chainItems.length === 0 ? "No oversight recorded." : false} />
          <ol className="chain">
            {chainItems.map((o, i) => (
              <li key={i} style={{ marginInlineStart: `${(o.depth - 1) * 1.25}rem` }}>
                {o.inherited && o.inheritedFrom ? (
                  <>
                    <EntityLink entity={o.overseer} /> oversees <EntityLink entity={o.inheritedFrom} />, which{" "}
                    <EntityLink entity={o.overseen} /> is part of
                  </>
                ) : (
                  <>
                    <EntityLink entity={o.overseer} /> oversees <EntityLink entity={o.overseen} />
                  </>
                )}
                <span className="tag">{o.inherited ? "inherited" : "direct"}</span>
                {o.oversightKind ? <span className="tag">{o.oversightKind.replace(/_/g, " ").toLowerCase()}</span> : null}
                {o.how ? <p className="rel-detail">{o.how}</p> : null}
                <Sources sources={o.sources} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section id="timeline" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        {node.timeline.length === 0 ? (
          <p className="muted">No dated events.</p>
        ) : (
          <ol className="timeline">
            {node.timeline.map((t, i) => (
              <li key={i}>
                <time dateTime={t.date}>{t.date}</time>
                <div>
                  {t.label}
                  <Sources sources={t.sources} />
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
