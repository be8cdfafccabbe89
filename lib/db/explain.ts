// The benchmark's check of each page's statements for sequential scans (see query-count.ts): the
// tables a plan reads whole, from PostgreSQL's EXPLAIN (FORMAT JSON).

interface PlanNode {
  "Node Type"?: string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

/** The tables that a plan scans sequentially, each once, in the order the plan names them. */
export function sequentialScansOf(explained: unknown): string[] {
  const text = typeof explained === "string" ? explained : JSON.stringify(explained);
  const parsed = JSON.parse(text) as { Plan?: PlanNode }[] | { Plan?: PlanNode };
  const roots = (Array.isArray(parsed) ? parsed : [parsed]).flatMap((entry) =>
    entry.Plan ? [entry.Plan] : [],
  );
  const found = new Set<string>();
  const visit = (node: PlanNode) => {
    if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) found.add(node["Relation Name"]);
    for (const child of node.Plans ?? []) visit(child);
  };
  roots.forEach(visit);
  return [...found];
}

/** Whether a statement only reads, so that EXPLAIN of it is safe to send. */
export const isReadStatement = (sql: string) => /^\s*(select|with)\b/i.test(sql);
