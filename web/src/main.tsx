import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Provider } from "urql";
import App from "./App";
import { createClient } from "./client";
import { Router } from "./router";
import "./styles.css";

const client = createClient();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Provider value={client}>
      <Router>
        <App />
      </Router>
    </Provider>
  </StrictMode>,
);
