// The web explorer's build: `npm run web:build` writes web/dist/, which the server serves at / (src/web.ts).
// `npm run web:dev` serves it with hot reload on :5173 and proxies the API to the server on :4000.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: here,
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    proxy: { "/graphql": "http://localhost:4000" },
  },
});
