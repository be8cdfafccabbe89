import { html } from "@/lib/html/markup";
import { readinessLabels, type ReadinessStatus } from "@/lib/pathways/readiness";

const tagClass: Record<ReadinessStatus, string> = {
  READY: "nhs-tag nhs-tag-green",
  AT_RISK: "nhs-tag nhs-tag-yellow",
  BLOCKED: "nhs-tag nhs-tag-red",
};

/** A flow's or pathway's readiness as an NHS.UK tag. */
export function ReadinessTag({ status }: { status: ReadinessStatus }) {
  return <strong className={tagClass[status]}>{readinessLabels[status]}</strong>;
}

/** The same tag as markup, in a table built as markup (lib/html/markup). */
export const readinessTagMarkup = (status: ReadinessStatus) =>
  html`<strong class="${tagClass[status]}">${readinessLabels[status]}</strong>`;
