import Link from "@/components/ui/link";

import { BackLink } from "@/components/pathways/back-link";
import { FlowsTable } from "@/components/pathways/flows-table";
import { MapSection } from "@/components/pathways/map-section";
import { PathwayMap } from "@/components/pathways/pathway-map";
import { ReadinessSummary } from "@/components/pathways/readiness-summary";
import { StepsEditorTable } from "@/components/pathways/steps-editor-table";
import { loadForEditing } from "@/lib/pathways/load-for-editing";
import { pathwayTablesSearch } from "@/lib/pathways/tables-search";

export const metadata = { title: "Edit pathway" };

export default async function EditPathwayPage({
  params,
  searchParams,
}: {
  params: Promise<{ pathwayId: string }>;
  searchParams: Promise<{ notice?: string; flows?: string; steps?: string }>;
}) {
  const { pathwayId } = await params;
  const { notice, flows, steps } = await searchParams;
  const { view } = await loadForEditing(pathwayId, `/pathways/${pathwayId}/edit`, "pathway.edit");
  const base = `/pathways/${view.id}`;
  // Each table's page links keep the other table's page.
  const pageHref = (changes: { steps?: number; flows?: number }, anchor: string) =>
    `${base}/edit${pathwayTablesSearch({ steps: Number(steps) || 1, flows: Number(flows) || 1, ...changes })}#${anchor}`;
  return (
    <div>
      <BackLink href={base}>Back to the pathway</BackLink>
      <h1 className="mb-2">Edit {view.content.name}</h1>
      <p className="nhs-secondary-text">
        Every change saves at once to the working draft
        {view.published
          ? `. The coalition goes on seeing published version ${view.published.number} until you publish again.`
          : ". Only programme leads see it until you publish it."}
      </p>
      {notice === "changed" ? (
        <div role="alert" className="nhs-card border-l-8 border-l-nhs-red">
          <p className="mb-0 font-bold">
            Someone else changed that step since you opened this page. Your change has not been
            saved: check the steps below and make it again.
          </p>
        </div>
      ) : null}
      <ul className="mb-6 flex flex-wrap items-center gap-6">
        <li>
          <Link href={`${base}/details`}>Change name, population and purpose</Link>
        </li>
        <li>
          <Link href={`${base}/publish`}>Publish</Link>
        </li>
      </ul>
      <ReadinessSummary summary={view.readiness.summary} />
      <MapSection
        intro={
          <>
            Drag a step to another place or lane, draw a flow from one step&apos;s right edge to
            another step, or add a step from the map. Everything here can also be done with the
            buttons and forms below.
          </>
        }
      >
        <PathwayMap pathwayId={view.id} dataKey={view.derivedKey} editable />
      </MapSection>
      <section aria-labelledby="steps-heading" className="mb-8" id="steps">
        <h2 id="steps-heading">Steps</h2>
        <p>
          <Link href={`${base}/steps/new`} className="nhs-button">
            Add a step
          </Link>
        </p>
        <StepsEditorTable
          pathwayId={view.id}
          content={view.content}
          page={Number(steps) || 1}
          pageHref={(page) => pageHref({ steps: page }, "steps")}
        />
      </section>
      <section aria-labelledby="flows-heading" className="mb-8" id="flows">
        <h2 id="flows-heading">Information flows</h2>
        {view.content.steps.length >= 2 ? (
          <p>
            <Link href={`${base}/flows/new`} className="nhs-button">
              Add a flow
            </Link>
          </p>
        ) : (
          <p>Add at least two steps before adding a flow between them.</p>
        )}
        <FlowsTable
          content={view.content}
          readiness={view.readiness}
          editHref={(flowId) => `${base}/flows/${flowId}`}
          page={Number(flows) || 1}
          pageHref={(page) => pageHref({ flows: page }, "flows")}
        />
      </section>
    </div>
  );
}
