import { formatLondonTime } from "@/lib/audit/local-time";
import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

const LEAD = "lead@elmshire.example";

test("a programme lead filters the audit trail to sign-ins and finds their own", async ({
  page,
  expectAccessible,
}) => {
  await signInAs(page, LEAD, DEMO_PASSWORD);
  await page
    .getByRole("navigation", { name: "Primary" })
    .getByRole("link", { name: "Audit" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit trail");
  await expectAccessible();

  await page.getByLabel("Action").selectOption("auth.sign_in");
  await page.getByRole("button", { name: "Filter" }).click();

  await expect(page).toHaveURL(/\/audit\?action=auth\.sign_in&/);
  const table = page.getByRole("table", { name: "Audit records, newest first" });
  // Each record says what happened in words, and keeps the action's code beside them.
  // Read once the filtered page has replaced the unfiltered one.
  await expect
    .poll(async () => [
      ...new Set(await table.locator("tbody tr td:nth-child(3) code").allTextContents()),
    ])
    .toEqual(["auth.sign_in"]);
  const mine = table.getByRole("row").filter({ hasText: LEAD });
  await expect(mine.first()).toBeVisible();
  await expect(mine.first().getByRole("cell").nth(2)).toContainText("Signed in");
  // The person by name, linked to their page, and the time in UK time.
  await expect(
    mine
      .first()
      .getByRole("cell")
      .nth(1)
      .getByRole("link", { name: `Priya Shah (${LEAD})` }),
  ).toBeVisible();
  await expect(mine.first().locator("time")).toContainText(
    formatLondonTime(new Date()).split(",")[0]!,
  );
  await expect(mine.first()).toContainText("Request ");
  await expectAccessible();

  await page.getByLabel("Email address of who did it").fill(LEAD.toUpperCase());
  const today = new Date().toISOString().slice(0, 10);
  await page.getByLabel("From (UTC)").fill(today);
  await page.getByLabel("To (UTC)").fill(today);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/actor=/);
  // Every row, once the filtered page has arrived, is the lead's.
  await expect
    .poll(async () => {
      const emails = await table.locator("tbody tr td:nth-child(2)").allTextContents();
      return emails.length > 0 && emails.every((email) => email.includes(LEAD));
    })
    .toBe(true);
});

test("a refused attempt shows in the trail with what was attempted", async ({
  page,
  browser,
  expectAccessible,
}) => {
  const member = await browser.newPage();
  await signInAs(member, "nurse@larchwood.example", DEMO_PASSWORD);
  expect((await member.goto("/audit"))?.status()).toBe(403);
  await member.close();

  await signInAs(page, LEAD, DEMO_PASSWORD);
  await page.goto("/audit?action=access.&actor=nurse%40larchwood.example");
  await expect(page.getByLabel("Action")).toHaveValue("access.");
  const row = page
    .getByRole("table", { name: "Audit records, newest first" })
    .getByRole("row")
    .filter({ hasText: "audit.browse" })
    .first();
  await expect(row).toContainText("access.denied");
  await expect(row).toContainText("Was refused access: audit browse");
  await expect(row).toContainText("attempted: audit.browse");

  await row.getByText("Before and after").click();
  await expect(row.getByText('"attempted": "audit.browse"')).toBeVisible();
  await expectAccessible();
});

test("filters that match nothing say so, and the trail pages", async ({ page }) => {
  await signInAs(page, LEAD, DEMO_PASSWORD);
  await page.goto("/audit?action=auth.sign_in&from=2001-01-01&to=2001-01-31");
  await expect(page.getByText("Nothing matches.")).toBeVisible();
  await expect(page.getByText("Showing 0 to 0 of 0 records")).toBeVisible();

  await page.goto("/audit?from=not-a-day&organisation=nope");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit trail");
  await expect(page.getByLabel("From (UTC)")).toHaveValue("");
});
