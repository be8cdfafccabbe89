import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { ExportLinks } from "@/components/pathways/export-links";
import { FlowsTable } from "@/components/pathways/flows-table";
import { MapSection } from "@/components/pathways/map-section";
import { PathwayHeader } from "@/components/pathways/pathway-header";
import { PathwayMap } from "@/components/pathways/pathway-map";
import { ReadinessSummary } from "@/components/pathways/readiness-summary";
import { StepsList, STEPS_PAGE_SIZE } from "@/components/pathways/steps-list";
import { requireActor } from "@/lib/auth/require-actor";
import { coalitionHref } from "@/lib/data-needs/links";
import { dataNeedPolicy } from "@/lib/data-needs/policy";
import { getPrisma } from "@/lib/db/client";
import { pageOf } from "@/lib/paging/page-of";
import { countLessonsByStep } from "@/lib/lessons/placements";
import { getPathway } from "@/lib/pathways/get-pathway";
import { pathwayPolicy } from "@/lib/pathways/policy";
import { pathwayTablesSearch } from "@/lib/pathways/tables-search";

const loadPathway = cache(async (pathwayId: string, wanted: "draft" | "published") => {
  const actor = await requireActor(`/pathways/${pathwayId}`);
  return { actor, view: await getPathway(actor, pathwayId, wanted) };
});

type Props = {
  params: Promise<{ pathwayId: string }>;
  searchParams: Promise<{ version?: string; published?: string; flows?: string; steps?: string }>;
};

const wantedVersion = (version: string | undefined) =>
  version === "published" ? "published" : "draft";

export default async function PathwayPage({ params, searchParams }: Props) {
  const { pathwayId } = await params;
  const query = await searchParams;
  const { actor, view } = await loadPathway(pathwayId, wantedVersion(query.version));
  if (!view) notFound();
  const editor = pathwayPolicy.canEdit(actor);
  const stepsPage = Number(query.steps) || 1;
  const lessonCounts = await countLessonsByStep(
    await getPrisma(),
    actor,
    pageOf(view.content.steps, stepsPage, STEPS_PAGE_SIZE).items.map((step) => step.id),
  );
  // Each table's page links keep the other table's page and the version shown.
  const pageHref = (changes: { steps?: number; flows?: number }, anchor: string) =>
    `/pathways/${view.id}${pathwayTablesSearch({
      published: view.showing === "published",
      steps: stepsPage,
      flows: Number(query.flows) || 1,
      ...changes,
    })}#${anchor}`;
  return (
    <div>
      <p className="mb-2">
        <Link href="/pathways">All pathways</Link>
      </p>
      {query.published ? (
        <div role="status" className="nhs-card border-l-8 border-l-nhs-green">
          <p className="mb-0 font-bold">Version {query.published} is published.</p>
        </div>
      ) : null}
      <PathwayHeader view={view} editor={editor} />
      {editor && view.published ? (
        <nav aria-label="Versions" className="mb-6">
          <ul className="flex flex-wrap gap-6">
            <li>
              {view.showing === "draft" ? (
                <strong aria-current="page">Working draft</strong>
              ) : (
                <Link href={`/pathways/${view.id}`}>Working draft</Link>
              )}
            </li>
            <li>
              {view.showing === "published" ? (
                <strong aria-current="page">Published version {view.published.number}</strong>
              ) : (
                <Link href={`/pathways/${view.id}?version=published`}>
                  Published version {view.published.number}
                </Link>
              )}
            </li>
          </ul>
        </nav>
      ) : null}
      <ReadinessSummary summary={view.readiness.summary} />
      <ul className="mb-6 list-none pl-0">
        <li>
          <Link
            href={`/pathways/${view.id}/agreements${view.showing === "published" ? "?version=published" : ""}`}
          >
            Data sharing agreements for these flows
          </Link>
        </li>
        {dataNeedPolicy.canSeeCoalition(actor) ? (
          <li>
            <Link href={coalitionHref("/data-needs", { pathway: view.id })}>
              Data needs on this pathway&apos;s steps
            </Link>
          </li>
        ) : null}
      </ul>
      <MapSection
        intro="One lane for each organisation, or type of organisation, and its steps in order. The
          tables below hold everything the map shows."
      >
        <PathwayMap
          pathwayId={view.id}
          published={view.showing === "published"}
          dataKey={view.derivedKey}
          editable={false}
        />
      </MapSection>
      <StepsList
        content={view.content}
        lessonCounts={lessonCounts}
        page={stepsPage}
        pageHref={(page) => pageHref({ steps: page }, "steps-caption")}
      />
      <FlowsTable
        content={view.content}
        readiness={view.readiness}
        page={Number(query.flows) || 1}
        pageHref={(page) => pageHref({ flows: page }, "flows-caption")}
      />
      <ExportLinks pathwayId={view.id} published={view.showing === "published"} />
    </div>
  );
}

export async function generateMetadata({ params, searchParams }: Props) {
  const { view } = await loadPathway(
    (await params).pathwayId,
    wantedVersion((await searchParams).version),
  );
  return { title: view?.content.name ?? "Pathway" };
}
