import type { Instrumentation } from "next";

export async function register() {
  // Only the Node.js server owns the database; the build never opens it.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("./lib/server/startup");
  await startServer();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./lib/server/logger");
  const requestId = request.headers["x-request-id"];
  logger.error(`Unhandled error in ${context.routeType} ${request.method} ${request.path}`, {
    requestId: Array.isArray(requestId) ? requestId[0] : requestId,
    digest:
      typeof error === "object" && error && "digest" in error ? String(error.digest) : undefined,
    error:
      error instanceof Error
        ? { name: error.name, message: error.message, stack: error.stack }
        : String(error),
  });
};
