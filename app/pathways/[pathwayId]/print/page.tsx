import "./print.css";

import { notFound } from "next/navigation";
import { cache } from "react";

import { PathwayPrintView } from "@/components/pathways/pathway-print-view";
import { requireActor } from "@/lib/auth/require-actor";
import { getPathway } from "@/lib/pathways/get-pathway";

// The page and its title both need the pathway: one read per request serves both.
const loadPathway = cache(async (pathwayId: string, wanted: "draft" | "published") => {
  const actor = await requireActor(`/pathways/${pathwayId}/print`);
  const view = await getPathway(actor, pathwayId, wanted);
  // A lead asking for a published version that does not exist gets no draft in its place.
  return view && (wanted === "draft" || view.showing === "published") ? view : null;
});

type Props = {
  params: Promise<{ pathwayId: string }>;
  searchParams: Promise<{ version?: string | string[] }>;
};

const wantedVersion = async (searchParams: Props["searchParams"]) =>
  (await searchParams).version === "published" ? "published" : "draft";

export default async function PathwayPrintPage({ params, searchParams }: Props) {
  const view = await loadPathway((await params).pathwayId, await wantedVersion(searchParams));
  if (!view) notFound();
  return <PathwayPrintView view={view} />;
}

export async function generateMetadata({ params, searchParams }: Props) {
  const view = await loadPathway((await params).pathwayId, await wantedVersion(searchParams));
  return { title: view ? `${view.content.name}: print view` : "Pathway" };
}
