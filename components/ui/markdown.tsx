import "server-only";

import { renderMarkdown } from "@/lib/markdown/render";

/**
 * Markdown written by people, shown as HTML. The HTML comes only from renderMarkdown, which
 * sanitises it on the server (tests/unit/markdown-render.test.ts runs the XSS corpus through it).
 */
export function Markdown({ text, empty = "Not recorded" }: { text: string; empty?: string }) {
  const html = renderMarkdown(text);
  if (!html) return <p className="nhs-secondary-text">{empty}</p>;
  return <div className="nhs-markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
