import { publishConfirmed } from "@/app/pathways/[pathwayId]/actions";
import { BackLink } from "@/components/pathways/back-link";
import { ConfirmChange } from "@/components/pathways/confirm-change";
import { ReadinessSummary } from "@/components/pathways/readiness-summary";
import { loadForEditing } from "@/lib/pathways/load-for-editing";

export const metadata = { title: "Publish a pathway" };

export default async function PublishPathwayPage({
  params,
}: {
  params: Promise<{ pathwayId: string }>;
}) {
  const { pathwayId } = await params;
  const { view } = await loadForEditing(
    pathwayId,
    `/pathways/${pathwayId}/publish`,
    "pathway.publish",
  );
  const next = (view.published?.number ?? 0) + 1;
  const unchanged = view.published !== null && !view.hasUnpublishedChanges;
  const empty = view.content.steps.length === 0;
  return (
    <div className="max-w-[720px]">
      <BackLink href={`/pathways/${view.id}`}>Back to {view.content.name}</BackLink>
      <h1>Publish {view.content.name}</h1>
      {unchanged ? (
        <p className="nhs-card" role="status">
          Nothing has changed since version {view.published?.number} was published.
        </p>
      ) : empty ? (
        <p className="nhs-card" role="status">
          Add at least one step before publishing the pathway.
        </p>
      ) : (
        <>
          <p>
            Everyone in the coalition will see the pathway as it is now, as version {next}.
            {view.published
              ? ` It replaces version ${view.published.number}, which stays in the change history.`
              : ""}
          </p>
          <ReadinessSummary summary={view.readiness.summary} />
          <ConfirmChange
            action={publishConfirmed}
            hiddenFields={{ pathwayId: view.id }}
            buttonLabel={`Publish version ${next}`}
            cancelHref={`/pathways/${view.id}`}
          />
        </>
      )}
    </div>
  );
}
