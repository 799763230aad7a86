// The neighbourhood of an entity as an interactive graph (cytoscape, loaded only on this page): drag, zoom, click
// or tap a node to open its page. The same nodes and relationships are listed below for keyboard and screen
// reader users.
import cytoscape from "cytoscape";
import { useEffect, useMemo, useRef, useState } from "react";
import type { EntityKind, RelationKind } from "../../../client/generated/graphql";
import { useNeighbourhoodQuery } from "../../../client/generated/hooks";
import { EntityLink } from "../components/EntityLink";
import { Status } from "../components/Status";
import { RELATION_LABEL, displayName, shortName } from "../labels";
import { Link, entityPath, useNavigate } from "../router";

const KIND_COLOUR: Record<EntityKind, string> = {
  ORGANIZATION: "#1f5fa8",
  MISSION: "#a3470c",
  COUNTRY: "#2f7d32",
  LEGAL_TOOL: "#6a3d9a",
  CRIME_AREA: "#b3174f",
  MISSION_TYPE: "#7a5c00",
  REQUIREMENT: "#4d5a66",
  TOPIC: "#00696f",
  CITY: "#5b4a8b",
};

export default function GraphPage({ id }: { id: string }) {
  const navigate = useNavigate();
  const [depth, setDepth] = useState(1);
  const [{ data, fetching, error }] = useNeighbourhoodQuery({ variables: { of: id, depth, limit: depth === 1 ? 60 : 120 } });
  const container = useRef<HTMLDivElement>(null);
  const hood = data?.neighbourhood;
  const centre = hood?.nodes.find((n) => n.id === id);
  const byId = useMemo(() => new Map(hood?.nodes.map((n) => [n.id, n]) ?? []), [hood]);

  useEffect(() => {
    if (centre) document.title = `Around ${displayName(centre)} · Policing graph explorer`;
  }, [centre]);

  useEffect(() => {
    if (!container.current || !hood) return;
    const cy = cytoscape({
      container: container.current,
      elements: [
        ...hood.nodes.map((n) => ({ data: { id: n.id, label: shortName(n), colour: KIND_COLOUR[n.kind], centre: n.id === id ? 1 : 0 } })),
        ...hood.relationships.map((r) => ({ data: { id: r.id, source: r.from.id, target: r.to.id, label: RELATION_LABEL[r.kind as RelationKind][0].toLowerCase() } })),
      ],
      style: [
        {
          selector: "node",
          style: {
            "background-color": "data(colour)",
            label: "data(label)",
            color: "#111",
            "font-size": 11,
            "text-valign": "bottom",
            "text-margin-y": 4,
            "text-wrap": "ellipsis",
            "text-max-width": "110px",
            "text-background-color": "#fff",
            "text-background-opacity": 0.85,
            "text-background-padding": "1px",
            width: 22,
            height: 22,
          },
        },
        { selector: "node[centre = 1]", style: { width: 34, height: 34, "border-width": 3, "border-color": "#111", "font-weight": "bold" } },
        {
          selector: "edge",
          style: {
            width: 1.5,
            "line-color": "#8a96a3",
            "target-arrow-color": "#8a96a3",
            "target-arrow-shape": "triangle",
            "curve-style": "bezier",
            label: "data(label)",
            "font-size": 8,
            color: "#44505c",
            "text-rotation": "autorotate",
          },
        },
        { selector: "node:active, node:selected", style: { "overlay-opacity": 0.15 } },
      ],
      layout: { name: "cose", animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 20 },
      wheelSensitivity: 0.3,
    });
    cy.on("tap", "node", (evt) => navigate(entityPath(evt.target.id() as string)));
    cy.on("mouseover", "node", () => container.current && (container.current.style.cursor = "pointer"));
    cy.on("mouseout", "node", () => container.current && (container.current.style.cursor = ""));
    return () => cy.destroy();
  }, [hood, id, navigate]);

  return (
    <>
      <h1>Around {centre ? <Link href={entityPath(centre.id)}>{displayName(centre)}</Link> : "…"}</h1>
      <form className="inline-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="depth">Hops</label>
        <select id="depth" value={depth} onChange={(e) => setDepth(Number(e.target.value))}>
          <option value={1}>1</option>
          <option value={2}>2</option>
        </select>
      </form>
      <Status fetching={fetching} error={error}>
        {hood ? `${hood.nodes.length} entities, ${hood.relationships.length} relationships${hood.truncated ? " (cut short)" : ""}. Click a node to open its page.` : ""}
      </Status>
      <div ref={container} className="graph" role="img" aria-label={`Graph of ${hood?.nodes.length ?? 0} entities around ${centre ? displayName(centre) : "this entity"}; the same is listed below.`} data-testid="graph" />
      {hood ? (
        <div className="graph-lists">
          <section aria-labelledby="nodes-heading">
            <h2 id="nodes-heading">Entities</h2>
            <ul className="plain">
              {hood.nodes.map((n) => (
                <li key={n.id}>
                  <span className="dot" style={{ background: KIND_COLOUR[n.kind] }} aria-hidden="true" /> <EntityLink entity={n} showKind />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="rels-heading">
            <h2 id="rels-heading">Relationships</h2>
            <ul className="plain">
              {hood.relationships.map((r) => {
                const a = byId.get(r.from.id);
                const b = byId.get(r.to.id);
                return (
                  <li key={r.id}>
                    {a ? shortName(a) : "?"} <em>{RELATION_LABEL[r.kind as RelationKind][0].toLowerCase()}</em> {b ? shortName(b) : "?"}
                    {r.sources.length ? <span className="muted small"> — {r.sources.map((s) => s.title).join("; ")}</span> : null}
                  </li>
                );
              })}
            </ul>
          </section>
        </div>
      ) : null}
    </>
  );
}
