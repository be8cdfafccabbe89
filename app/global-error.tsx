"use client";

import "./globals.css";

// The last resort, when the layout itself failed: a plain page in the same design language.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en-GB">
      <body>
        <main id="main-content" className="nhs-width-container py-12">
          <h1>Sorry, there is a problem with the service</h1>
          <p>Try again later.</p>
          {error.digest ? (
            <p>
              Quote this reference if the problem continues:{" "}
              <span className="font-mono">{error.digest}</span>
            </p>
          ) : null}
        </main>
      </body>
    </html>
  );
}
