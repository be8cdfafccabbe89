// Serves the production build (`npm run serve`): Next.js's own request handler behind a plain
// Node.js HTTP server, so that the app knows which address each request's connection came from.
// Route handlers and server actions never see the socket, so its address goes into a header of
// our own, after any copy the client sent has been removed; lib/http/client-address.ts reads it,
// and believes X-Forwarded-For only from the proxies named in TRUSTED_PROXIES.
import { AsyncLocalStorage } from "node:async_hooks";
import { createServer } from "node:http";

import next from "next";

import peerAddress from "../lib/http/peer-address.json" with { type: "json" };

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;

// Tells lib/http/client-address.ts that the header is this server's, not a client's.
process.env[peerAddress.stampedEnv] = "1";

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

// The benchmark's count of SQL statements (BENCH_COUNT_QUERIES=true; see lib/db/query-count.ts):
// each request runs with its own tally, added to the totals when its response has gone, and
// GET /__bench/queries answers the totals. Off (always, outside the benchmark), none of this runs.
const countQueries = process.env.BENCH_COUNT_QUERIES === "true";
const tallyKey = Symbol.for("coalition.benchQueryTally");
globalThis[tallyKey] ??= new AsyncLocalStorage();
const tallies = globalThis[tallyKey];
const totals = { requests: 0, queries: 0 };

// A request with the header x-bench-explain has each read statement EXPLAINed once
// (lib/db/query-count.ts); GET /__bench/scans answers the tables read whole since it was last asked.
let scans = [];

function answer(response, body) {
  response.setHeader("Content-Type", "application/json");
  response.end(JSON.stringify(body));
}

function counted(request, response, handler) {
  if (request.url === "/__bench/queries") return answer(response, totals);
  if (request.url === "/__bench/scans") {
    answer(response, scans);
    scans = [];
    return;
  }
  const tally = { queries: 0 };
  if (request.headers["x-bench-explain"]) tally.explain = { statements: new Set(), scans: [] };
  response.once("finish", () => {
    totals.requests += 1;
    totals.queries += tally.queries;
    if (tally.explain) scans.push(...tally.explain.scans);
  });
  tallies.run(tally, handler);
}

const server = createServer((request, response) => {
  // Node.js lower-cases header names; a client's own copy is dropped whatever its case.
  delete request.headers[peerAddress.header];
  const address = request.socket.remoteAddress;
  if (address) request.headers[peerAddress.header] = address;
  const run = () =>
    handle(request, response).catch((error) => {
      console.error("Request failed", error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  if (countQueries) counted(request, response, run);
  else void run();
});

server.listen(port, hostname, () => {
  console.log(`Coalition is listening on http://${hostname ?? "localhost"}:${port}`);
});
