// The sources of a fact: titles (linked when public), each with the seed passage that states it when there is one.
import type { SourceRefFragment } from "../../../client/generated/graphql";

interface CitationLike {
  source: { id: string };
  evidence?: { excerpt: string } | null;
}

export function Sources({ sources, citations = [], label = "Sources" }: { sources: SourceRefFragment[]; citations?: CitationLike[]; label?: string }) {
  if (!sources.length) return null;
  return (
    <div className="sources">
      <span className="sources-label">{label}:</span>
      <ul>
        {sources.map((s) => {
          const excerpts = citations.filter((c) => c.source.id === s.id && c.evidence).map((c) => c.evidence!.excerpt);
          return (
            <li key={s.id}>
              {s.url ? (
                <a href={s.url} rel="noreferrer noopener" target="_blank" className="source-title">
                  {s.title}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              ) : (
                <span className="source-title">{s.title}</span>
              )}
              {s.year ? <span className="muted"> ({s.year})</span> : null}
              {excerpts.map((x, i) => (
                <blockquote key={i} className="evidence">
                  “{x}”
                </blockquote>
              ))}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
