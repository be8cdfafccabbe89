import {
  moveDimensionInOrder,
  moveQuestionInOrder,
} from "@/app/maturity/frameworks/[frameworkId]/actions";

/**
 * "Move up" or "Move down" for a dimension or a question: a plain form with a real button, so it
 * works from the keyboard and without JavaScript.
 */
export function MoveButton({
  frameworkId,
  opened,
  record,
  direction,
  name,
}: {
  frameworkId: string;
  /** The newest version and its counter, as the page was opened. */
  opened: { versionId: string; version: number };
  record: { kind: "dimension" | "question"; id: string };
  direction: "up" | "down";
  /** What moves, for the button's accessible name. */
  name: string;
}) {
  const label = direction === "up" ? "Move up" : "Move down";
  return (
    <form action={record.kind === "dimension" ? moveDimensionInOrder : moveQuestionInOrder}>
      <input type="hidden" name="frameworkId" value={frameworkId} />
      <input type="hidden" name={`${record.kind}Id`} value={record.id} />
      <input type="hidden" name="direction" value={direction} />
      <input type="hidden" name="versionId" value={opened.versionId} />
      <input type="hidden" name="version" value={opened.version} />
      <button
        type="submit"
        aria-label={`${label}: ${name}`}
        className="cursor-pointer text-nhs-blue underline"
      >
        {label}
      </button>
    </form>
  );
}
