import type { ReactNode } from "react";

/** The body of a page that explains a problem: a heading, what happened, what to do next. */
export function ProblemPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="max-w-[640px]">
      <h1>{title}</h1>
      {children}
    </div>
  );
}
