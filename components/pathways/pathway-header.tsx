import Link from "@/components/ui/link";

import type { PathwayView } from "@/lib/pathways/get-pathway";
import { pathwayStatusLabels } from "@/lib/pathways/types";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** A pathway's name, population, purpose and status, with what leads can do next. */
export function PathwayHeader({ view, editor }: { view: PathwayView; editor: boolean }) {
  const { content } = view;
  return (
    <header className="mb-6">
      <h1 className="mb-2">{content.name}</h1>
      <p className="nhs-lede">{content.population}</p>
      <p>{content.purpose}</p>
      <dl className="mb-4 flex flex-wrap gap-x-8 gap-y-1">
        <div>
          <dt className="inline font-bold">Status: </dt>
          <dd className="inline" data-testid="pathway-status">
            {pathwayStatusLabels[view.status]}
            {editor && view.status === "PUBLISHED" && view.hasUnpublishedChanges
              ? ", with unpublished changes"
              : ""}
          </dd>
        </div>
        {view.published ? (
          <div>
            <dt className="inline font-bold">Published: </dt>
            <dd className="inline">
              version {view.published.number}, {dateFormat.format(view.published.publishedAt)}
            </dd>
          </div>
        ) : null}
        {view.owner ? (
          <div>
            <dt className="inline font-bold">Owner: </dt>
            <dd className="inline">{view.owner}</dd>
          </div>
        ) : null}
      </dl>
      {editor ? (
        <ul className="flex flex-wrap gap-6" aria-label="Pathway actions">
          {view.status !== "ARCHIVED" ? (
            <>
              <li>
                <Link href={`/pathways/${view.id}/edit`} className="nhs-button">
                  Edit pathway
                </Link>
              </li>
              <li>
                <Link href={`/pathways/${view.id}/publish`}>Publish</Link>
              </li>
            </>
          ) : null}
          <li>
            <Link href={`/pathways/${view.id}/history`}>Change history</Link>
          </li>
          <li>
            <Link href={`/pathways/${view.id}/archive`}>
              {view.status === "ARCHIVED" ? "Restore" : "Archive"}
            </Link>
          </li>
        </ul>
      ) : null}
    </header>
  );
}
