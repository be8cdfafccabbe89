"use client";

import dynamic from "next/dynamic";

// The canvas draws in the browser only: it positions everything with script-set styles, which
// the content security policy allows, where server-rendered style attributes it would refuse.
export const PathwayMap = dynamic(() => import("./pathway-canvas"), {
  ssr: false,
  loading: () => <p className="nhs-card">Loading the map…</p>,
});
