import { describe, expect, it } from "vitest";

import { isReadStatement, sequentialScansOf } from "@/lib/db/explain";

const plan = [
  {
    Plan: {
      "Node Type": "Limit",
      Plans: [
        {
          "Node Type": "Hash Join",
          Plans: [
            { "Node Type": "Seq Scan", "Relation Name": "DataNeed" },
            {
              "Node Type": "Hash",
              Plans: [{ "Node Type": "Index Scan", "Relation Name": "Organisation" }],
            },
          ],
        },
        { "Node Type": "Seq Scan", "Relation Name": "DataNeed" },
      ],
    },
  },
];

describe("the benchmark's EXPLAIN check", () => {
  it("names each table a plan reads whole, once, from JSON or its text", () => {
    expect(sequentialScansOf(plan)).toEqual(["DataNeed"]);
    expect(sequentialScansOf(JSON.stringify(plan))).toEqual(["DataNeed"]);
    expect(sequentialScansOf([{ Plan: { "Node Type": "Index Only Scan" } }])).toEqual([]);
  });

  it("explains only statements that read", () => {
    expect(isReadStatement('SELECT "id" FROM "User"')).toBe(true);
    expect(isReadStatement("  with x as (select 1) select * from x")).toBe(true);
    expect(isReadStatement('UPDATE "User" SET "name" = $1')).toBe(false);
    expect(isReadStatement('INSERT INTO "AuditEvent" VALUES ($1)')).toBe(false);
  });
});
