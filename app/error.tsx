"use client";

import { ProblemPage } from "@/components/errors/problem-page";
import { useRequestId } from "@/components/errors/request-id-context";

// Shown for unexpected errors. It never shows the error's message or stack: only a reference
// that matches the server's log line.
export default function UnexpectedError({ error }: { error: Error & { digest?: string } }) {
  const requestId = useRequestId();
  return (
    <ProblemPage title="Sorry, there is a problem with the service">
      <p>Try again later.</p>
      <p>If the problem continues, contact your programme lead and quote this reference:</p>
      <dl className="nhs-card">
        <dt className="font-bold">Request ID</dt>
        <dd className="mb-2 font-mono" data-testid="request-id">
          {requestId ?? "not available"}
        </dd>
        {error.digest ? (
          <>
            <dt className="font-bold">Error reference</dt>
            <dd className="font-mono">{error.digest}</dd>
          </>
        ) : null}
      </dl>
    </ProblemPage>
  );
}
