import Link from "@/components/ui/link";

import { HIGHLIGHT_END, HIGHLIGHT_START, type LessonRow } from "@/lib/lessons/list-lessons";
import { lessonOutcomeLabels } from "@/lib/lessons/labels";
import { organisationTypeLabels } from "@/lib/organisations/types";

/** A search snippet with its matched words marked, as text (never as HTML). */
function Snippet({ text }: { text: string }) {
  const parts = text.split(HIGHLIGHT_START);
  return (
    <p className="nhs-secondary-text mb-0">
      {parts.map((part, index) => {
        const [marked, rest] = index === 0 ? [null, part] : part.split(HIGHLIGHT_END);
        return (
          <span key={index}>
            {marked ? <mark>{marked}</mark> : null}
            {rest ?? ""}
          </span>
        );
      })}
    </p>
  );
}

/** The lessons of a register page, each a card with its context. */
export function LessonList({ rows }: { rows: LessonRow[] }) {
  if (rows.length === 0) return <p>No lessons match. Try fewer words or filters.</p>;
  return (
    <ul className="list-none pl-0">
      {rows.map((lesson) => (
        <li key={lesson.id} className="nhs-card mb-4">
          <h2 className="mb-2 text-xl">
            <Link href={`/lessons/${lesson.id}`}>{lesson.title}</Link>
          </h2>
          <p className="mb-2">
            {lessonOutcomeLabels[lesson.outcome]}
            {lesson.organisationName ? `, ${lesson.organisationName}` : ""}
            {!lesson.organisationName && lesson.organisationType
              ? `, ${organisationTypeLabels[lesson.organisationType].toLowerCase()}`
              : ""}
            {lesson.systems.length > 0 ? `. Systems: ${lesson.systems.join(", ")}` : ""}
          </p>
          {lesson.snippet ? <Snippet text={lesson.snippet} /> : null}
        </li>
      ))}
    </ul>
  );
}
