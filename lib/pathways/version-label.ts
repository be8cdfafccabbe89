import type { PathwayView } from "./get-pathway";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/**
 * Which version of a pathway a page shows, in words. A lead reads the working draft, but a draft
 * with no change since it was published is that published version, and says so.
 */
export function pathwayVersionLabel(
  view: Pick<PathwayView, "showing" | "published" | "hasUnpublishedChanges" | "updatedAt">,
): string {
  const { published } = view;
  if (published && (view.showing === "published" || !view.hasUnpublishedChanges)) {
    return `Published version ${published.number}, ${dateFormat.format(published.publishedAt)}`;
  }
  const asItStood = `as it stood on ${dateFormat.format(view.updatedAt)}`;
  return published
    ? `Draft with changes since published version ${published.number}, ${asItStood}`
    : `Draft, ${asItStood}`;
}
