import type { ReactNode } from "react";

import { DocumentTitle } from "./document-title";

/**
 * The body of a page that explains a problem: a heading, what happened, what to do next. The
 * document takes the problem's name too.
 */
export function ProblemPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="max-w-[640px]">
      <DocumentTitle title={title} />
      <h1>{title}</h1>
      {children}
    </div>
  );
}
