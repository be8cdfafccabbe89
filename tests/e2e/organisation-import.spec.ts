import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import type { Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

const LEAD = "lead@elmshire.example";

// Four letters and digits, so that each run's organisations have their own names and codes.
const uniqueSuffix = () =>
  randomBytes(8)
    .toString("base64")
    .replace(/[^A-Za-z0-9]/g, "")
    .slice(0, 4)
    .toUpperCase();

function writeCsv(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "coalition-import-")), "orgs.csv");
  writeFileSync(file, text);
  return file;
}

async function checkFile(page: Page, file: string) {
  await page.getByLabel("CSV file").setInputFiles(file);
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("heading", { name: "Check the import" })).toBeVisible();
}

const previewRow = (page: Page, rowNumber: number) =>
  page
    .getByRole("table", { name: "What importing the file will do, row by row" })
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: String(rowNumber), exact: true }) });

test.describe("importing and exporting organisations", () => {
  test("a programme lead checks a file, imports its good rows, and a second import changes nothing", async ({
    page,
    expectAccessible,
  }) => {
    // A long journey with several accessibility checks.
    test.slow();
    const suffix = uniqueSuffix();
    const names = [`Heron Lodge ${suffix}`, `Kestrel Practice ${suffix}`];
    const file = writeCsv(
      [
        "Organisation Code,Organisation Name,Role,Locality,Postcode,Size",
        `X${suffix},${names[0]},Care home,Westvale,wv1 1aa,10-49`,
        `,"${names[1]}",GP PRACTICE,westvale,,`,
        `AB-1,Broken ${suffix},NHS TRUST,Atlantis,,`,
      ].join("\r\n"),
    );

    await signInAs(page, LEAD, DEMO_PASSWORD);
    await page.goto("/organisations");
    await page.getByRole("link", { name: "Import from CSV" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import organisations");
    await expect(page).toHaveTitle("Import organisations – Coalition");
    await expectAccessible();

    // No file: the form says so.
    await page.getByRole("button", { name: "Check file" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary.getByRole("link", { name: "Select a CSV file" })).toBeVisible();

    await checkFile(page, file);
    await expect(previewRow(page, 2)).toContainText("Will be added");
    await expect(previewRow(page, 3)).toContainText("Will be added");
    const broken = previewRow(page, 4);
    await expect(broken).toContainText("Error: will be skipped");
    await expect(broken).toContainText(
      "ODS code: ODS code must be 3 to 6 letters and numbers, like ZZR01",
    );
    await expect(broken).toContainText('Type: "NHS TRUST" could be more than one type');
    await expect(broken).toContainText('Place: There is no place called "Atlantis"');
    await expectAccessible();

    await page.getByRole("button", { name: "Import 2 rows" }).click();
    const done = page.getByRole("status").filter({ hasText: "Import complete" });
    await expect(done).toContainText(
      "2 organisations added, 0 updated, 0 unchanged and 1 row with errors skipped.",
    );
    await expectAccessible();

    await page.goto(`/organisations?q=${encodeURIComponent(suffix)}`);
    const table = page.getByRole("table");
    await expect(table.getByRole("link", { name: names[0] })).toBeVisible();
    await expect(table.getByRole("link", { name: names[1] })).toBeVisible();
    await expect(table.getByRole("link", { name: `Broken ${suffix}` })).toHaveCount(0);

    // The same file again: the organisations are found, not added twice.
    await page.goto("/organisations/import");
    await checkFile(page, file);
    await expect(previewRow(page, 2)).toContainText("Unchanged");
    await expect(previewRow(page, 3)).toContainText("Unchanged");
    await expect(
      page.getByText("Nothing to import: no row adds or changes an organisation."),
    ).toBeVisible();
    await page.goto(`/organisations?q=${encodeURIComponent(suffix)}`);
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);

    // A changed file: the preview shows each changed field's value before and after.
    await page.goto("/organisations/import");
    await checkFile(
      page,
      writeCsv(
        [
          "Organisation Code,Organisation Name,Role,Locality,Postcode,Size",
          `X${suffix},${names[0]},Care home,Westvale,WV2 2BB,50-249`,
        ].join("\r\n"),
      ),
    );
    const changed = previewRow(page, 2);
    await expect(changed).toContainText("Will be updated");
    await expect(changed).toContainText(/Postcode:\s*WV1 1AA.*WV2 2BB/i);
    await expect(changed).toContainText(/Size:\s*10 to 49 staff.*50 to 249 staff/);
    await expectAccessible();

    // Tidy up: archived organisations leave the directory and the coalition's counts.
    for (const name of names) {
      await page.goto(`/organisations?q=${encodeURIComponent(name)}`);
      await page.getByRole("link", { name }).click();
      await page.getByRole("button", { name: "Archive organisation" }).click();
      await expect(page.getByText("This organisation is archived.")).toBeVisible();
    }
  });

  test("a member exports the directory they searched, and is not offered importing", async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, "nurse@larchwood.example", DEMO_PASSWORD);
    await page.goto("/organisations?q=larch");
    await expect(page.getByRole("link", { name: "Import from CSV" })).toHaveCount(0);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export to CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^organisations-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(await file.path());
    // A byte order mark first, so that spreadsheets read the file as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").trim().split("\r\n");
    expect(lines[0]).toBe(
      '"ODS code","Name","Type","Place","Engagement","Address","Postcode","Website","Size"',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"Larchwood Care Home","Care home"');

    const response = await page.goto("/organisations/import");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "You do not have access to this page",
    );
    await expectAccessible();
  });
});
