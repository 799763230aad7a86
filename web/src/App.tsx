// Layout (skip link, header with navigation, main landmark, footer) and routes. The graph page, the only one that
// needs cytoscape, is loaded on demand.
import { Suspense, lazy, useEffect, useRef } from "react";
import { Status } from "./components/Status";
import CrimePage from "./pages/Crime";
import EntityPage from "./pages/Entity";
import Home from "./pages/Home";
import PathsPage from "./pages/Paths";
import { Link, useLocation } from "./router";

const GraphPage = lazy(() => import("./pages/Graph"));

function route(path: string) {
  let m: RegExpExecArray | null;
  if (path === "/") return <Home />;
  if ((m = /^\/entity\/([^/]+)\/?$/.exec(path))) {
    const id = decodeURIComponent(m[1]);
    return <EntityPage key={id} id={id} />;
  }
  if ((m = /^\/graph\/([^/]+)\/?$/.exec(path))) {
    const id = decodeURIComponent(m[1]);
    return <GraphPage key={id} id={id} />;
  }
  if (/^\/paths\/?$/.test(path)) return <PathsPage />;
  if ((m = /^\/crime(?:\/([^/]+))?\/?$/.exec(path))) return <CrimePage slug={m[1] ? decodeURIComponent(m[1]) : null} />;
  return (
    <>
      <h1>Page not found</h1>
      <p>
        <Link href="/">Search the graph</Link> instead.
      </p>
    </>
  );
}

const NAV = [
  { href: "/", label: "Search" },
  { href: "/paths", label: "Path finder" },
  { href: "/crime", label: "By crime area" },
];

export default function App() {
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After an in-app navigation, move focus to the new page's content (as a full page load would).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (path !== "/") main.current?.focus();
    if (path === "/" || path === "/paths" || path.startsWith("/crime")) document.title = "Policing graph explorer";
  }, [path]);
  const current = (href: string) => (href === "/" ? path === "/" : path.startsWith(href));
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          Policing graph
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.href}>
                <Link href={n.href} aria-current={current(n.href) ? "page" : undefined}>
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<Status fetching />}>{route(path)}</Suspense>
      </main>
      <footer className="site-footer">
        <p>
          Every fact carries its source. Data: the <a href="/graphql">GraphQL API</a>.
        </p>
      </footer>
    </>
  );
}
