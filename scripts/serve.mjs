// Serves the production build (`npm run serve`): Next.js's own request handler behind a plain
// Node.js HTTP server, so that the app knows which address each request's connection came from.
// Route handlers and server actions never see the socket, so its address goes into a header of
// our own, after any copy the client sent has been removed; lib/http/client-address.ts reads it,
// and believes X-Forwarded-For only from the proxies named in TRUSTED_PROXIES.
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

const server = createServer((request, response) => {
  // Node.js lower-cases header names; a client's own copy is dropped whatever its case.
  delete request.headers[peerAddress.header];
  const address = request.socket.remoteAddress;
  if (address) request.headers[peerAddress.header] = address;
  handle(request, response).catch((error) => {
    console.error("Request failed", error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});

server.listen(port, hostname, () => {
  console.log(`Coalition is listening on http://${hostname ?? "localhost"}:${port}`);
});
