"use client";

import dynamic from "next/dynamic";
import { useEffect, useState } from "react";

import type { MapProps } from "@/lib/pathways/map-props";

// The canvas draws in the browser only: it positions everything with script-set styles, which
// the content security policy allows, where server-rendered style attributes it would refuse.
const PathwayCanvas = dynamic(() => import("./pathway-canvas"), {
  ssr: false,
  loading: () => <Loading />,
});

const Loading = () => <p className="nhs-card">Loading the map…</p>;

type State = { props: MapProps } | { failed: true };

/**
 * The pathway map, its data fetched once the page has loaded (a long pathway's layout is large,
 * and the tables below the map hold everything it shows). `dataKey` changes with every change to
 * the pathway, so a refreshed page fetches the map again.
 */
export function PathwayMap({
  pathwayId,
  published = false,
  dataKey,
  editable,
}: {
  pathwayId: string;
  published?: boolean;
  dataKey: string;
  editable: boolean;
}) {
  const [state, setState] = useState<State>();
  const url = `/pathways/${pathwayId}/map-data?${new URLSearchParams({
    ...(published ? { version: "published" } : {}),
    key: dataKey,
  }).toString()}`;

  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`The map's data answered ${response.status}`);
        setState({ props: (await response.json()) as MapProps });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ failed: true });
      });
    return () => controller.abort();
  }, [url]);

  // Until the data for the current version arrives, the last version's map stays in view.
  if (!state) return <Loading />;
  if ("failed" in state) {
    return (
      <p className="nhs-card">
        The map could not be loaded. The tables below hold everything it shows.
      </p>
    );
  }
  return <PathwayCanvas pathwayId={pathwayId} editable={editable} {...state.props} />;
}
