import "./globals.css";

import type { Metadata } from "next";
import { headers } from "next/headers";
import { type ReactNode, Suspense } from "react";

import { RequestIdProvider } from "@/components/errors/request-id-context";
import { SiteFooter } from "@/components/layout/site-footer";
import { SERVICE_NAME, SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { SavedBanner } from "@/components/ui/saved-banner";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";

export const metadata: Metadata = {
  title: { default: SERVICE_NAME, template: `%s – ${SERVICE_NAME}` },
  description:
    "Coalition helps NHS trusts, GP practices, social care, care providers and voluntary organisations share care information.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const requestId = (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  return (
    <html lang="en-GB">
      <body>
        <SkipLink />
        <SiteHeader />
        <RequestIdProvider value={requestId}>
          <div className="nhs-width-container flex-1 py-8 md:py-12">
            <main id="main-content" tabIndex={-1}>
              <Suspense fallback={null}>
                <SavedBanner />
              </Suspense>
              {children}
            </main>
          </div>
        </RequestIdProvider>
        <SiteFooter />
      </body>
    </html>
  );
}
