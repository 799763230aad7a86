// The real server (src/http/serve.ts) with one extra route, GET /stray, that leaves a promise rejected with no
// one listening: what a library bug would do. test/http/process-guard.test.ts runs it as a child process.
import { loadConfig } from "../../src/config.js";
import { serve } from "../../src/http/serve.js";

await serve(loadConfig(), {
  plugins: () => [
    {
      onRequest({ url, endResponse }) {
        if (url.pathname !== "/stray") return;
        void Promise.reject(new Error("a stray rejection"));
        endResponse(new Response("rejected a promise", { status: 200 }));
      },
    },
  ],
});
