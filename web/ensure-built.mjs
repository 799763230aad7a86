// `npm start`'s prestart: builds the web explorer into web/dist/ when it is not there yet (a fresh clone), so
// `npm ci && npm start` serves it at http://localhost:4000/. An existing build is kept: after changing web/ or
// client/, run `npm run web:build` (or use `npm run web:dev`). Never fails the start: without Vite (an install
// without dev dependencies) the server explains at / how to build.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
if (!existsSync(`${root}web/dist/index.html`)) {
  if (!existsSync(`${root}node_modules/vite/package.json`)) {
    console.warn("web/dist is missing and Vite is not installed: the explorer is not served (npm run web:build).");
  } else {
    console.log("Building the web explorer (web/dist) ...");
    const res = spawnSync("npm", ["run", "--silent", "web:build"], { cwd: root, stdio: "inherit" });
    if (res.status !== 0) console.warn("The web explorer could not be built; the API starts anyway.");
  }
}
