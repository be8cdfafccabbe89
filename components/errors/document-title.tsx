"use client";

import { useEffect } from "react";

import { SERVICE_NAME } from "@/components/layout/service-name";

/**
 * Names the document after the problem. A page that answers 403 or 404 from inside its own code
 * (forbidden(), notFound()) has already given Next.js its own title, such as "Import
 * organisations", which would otherwise stay over "You do not have access".
 */
export function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = `${title} – ${SERVICE_NAME}`;
  }, [title]);
  return null;
}
