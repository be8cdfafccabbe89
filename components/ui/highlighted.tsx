import { Fragment } from "react";

import { splitHighlights } from "@/lib/search/highlight";

/** Search text with its matched words in <mark> elements; the text itself is never HTML. */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {splitHighlights(text).map((part, index) =>
        part.highlighted ? (
          <mark key={index} className="bg-nhs-yellow px-0.5 text-nhs-text">
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
