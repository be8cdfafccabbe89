import { readFile } from "node:fs/promises";

import { describe, expect, it } from "vitest";

import {
  bodyLimitFor,
  fileTooLargeMessage,
  ORGANISATION_CSV_MAX_BYTES,
  PATHWAY_FILE_MAX_BYTES,
} from "@/lib/http/upload-limits";
import { MAX_IMPORT_BYTES } from "@/lib/organisations/csv-file";
import { MAX_PATHWAY_FILE_BYTES } from "@/lib/pathways/export/pathway-json";

// Finding 6 of the security review: over-size requests got the framework's generic error page.
const MB = 1024 * 1024;

describe("how much a request may send", () => {
  it("agrees with what each import reads", () => {
    expect(ORGANISATION_CSV_MAX_BYTES).toBe(MAX_IMPORT_BYTES);
    expect(PATHWAY_FILE_MAX_BYTES).toBe(MAX_PATHWAY_FILE_BYTES);
  });

  it("says the file's limit in megabytes on the import pages", () => {
    expect(bodyLimitFor("/organisations/import").message).toBe("The file must be 2 MB or smaller.");
    expect(bodyLimitFor("/pathways/import").message).toBe("The file must be 1 MB or smaller.");
    expect(fileTooLargeMessage(2 * MB)).toBe("The file must be 2 MB or smaller.");
  });

  it("lets each import's largest file through, and a 10 MB one not", () => {
    for (const [path, file] of [
      ["/organisations/import", 2 * MB],
      ["/pathways/import", 1 * MB],
    ] as const) {
      expect(file).toBeLessThan(bodyLimitFor(path).maxBytes);
      expect(10 * MB).toBeGreaterThan(bodyLimitFor(path).maxBytes);
    }
  });

  it("holds every other form to far less, with a clear message", () => {
    const other = bodyLimitFor("/organisations/new");
    expect(other.maxBytes).toBeLessThanOrEqual(1 * MB);
    expect(6 * MB).toBeGreaterThan(other.maxBytes);
    expect(other.message).toMatch(/too large.*1 MB/);
  });

  it("keeps the framework's own limit no larger than the largest page needs", async () => {
    const config = await readFile(new URL("../../next.config.js", import.meta.url), "utf8");
    expect(config).toMatch(/bodySizeLimit: "3mb"/);
    expect(bodyLimitFor("/organisations/import").maxBytes).toBeLessThan(3 * MB);
  });
});
