import { randomBytes } from "node:crypto";

import type { Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";
import { watchPage } from "./support/page-health";
import { batchPayloads, injectedMarkers, XSS_CORPUS } from "./support/xss-corpus";

// Stored XSS: every payload of the corpus goes into the text fields of an organisation of the
// test's own (its details, systems, key contacts and data needs) through the forms, and every page
// that shows them is opened in Chromium. A payload that ran or became part of the page shows as a
// dialog, an element or address it marks, a Content-Security-Policy report or a console error.

const LEAD = "lead@elmshire.example";
const ADMIN = "admin@elmshire.example";

/** Watches a page for dialogs, console errors and policy reports from its first navigation on. */
async function guard(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const watch = await watchPage(page);
  return {
    /** Opens `path`, which must show `shown` as text, and checks that nothing was injected. */
    async expectSafe(path: string, shown: string) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("main")).toContainText(shown);
      expect(await page.evaluate(injectedMarkers), `injected on ${path}`).toEqual([]);
      expect(dialogs, `dialogs on ${path}`).toEqual([]);
      expect(await watch.problems(), `console errors and policy reports on ${path}`).toEqual([]);
    },
  };
}

async function submit(page: Page, button: string, heading: string | RegExp) {
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
}

test("payloads saved in an organisation's details, systems, contacts and needs never run", async ({
  page,
  browser,
}) => {
  // Many records to write through the forms, then six pages to read: a long journey.
  test.setTimeout(300_000);
  const suffix = randomBytes(3).toString("hex").toUpperCase();
  const name = `Hostile Lodge ${suffix} ${XSS_CORPUS[0]}`;
  const checks = await guard(page);
  await signInAs(page, LEAD, DEMO_PASSWORD);

  // The organisation: its name and address.
  await page.goto("/organisations/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Type").selectOption({ label: "Other" });
  await page.getByLabel("Place").selectOption({ label: "Westvale" });
  await page.getByLabel("Address").fill(batchPayloads(XSS_CORPUS, 300)[0]!);
  await submit(page, "Add organisation", name);
  const profile = new URL(page.url()).pathname;

  try {
    // Systems: every payload in a system's notes, and some as supplier and product.
    const notes = batchPayloads(XSS_CORPUS, 500);
    for (const [index, value] of notes.entries()) {
      await page.goto(`${profile}/systems/new`);
      await page.getByLabel("Kind of system").selectOption({ index: 1 });
      await page.getByLabel("Supplier").fill(XSS_CORPUS[index + 1]!);
      await page.getByLabel("Product").fill(`P${index} ${XSS_CORPUS[index + 20]}`);
      await page.getByLabel("Notes (optional)").fill(value);
      await submit(page, "Add system", name);
    }

    // Key contacts: a name and a role each.
    for (const index of [7, 17, 37]) {
      await page.goto(`${profile}/contacts/new`);
      await page.getByLabel("Full name").fill(XSS_CORPUS[index]!);
      await page.getByLabel("Role in the programme").fill(XSS_CORPUS[index + 1]!);
      await submit(page, "Add contact", name);
    }

    // Data needs: every payload in what the data is needed for, or the decision it informs.
    const needs = batchPayloads(XSS_CORPUS, 1000);
    for (let index = 0; index < needs.length; index += 2) {
      await page.goto(`${profile}/data-needs/new`);
      await page.getByLabel("Team or role that needs the data").fill(XSS_CORPUS[index + 40]!);
      await page.getByLabel("Kind of data").selectOption({ index: 1 });
      await page.getByLabel("Where the data comes from").selectOption({ index: 1 });
      await page.getByLabel("How soon it is needed").selectOption({ index: 1 });
      await page.getByLabel("What it is needed for").fill(needs[index]!);
      const decision = needs[index + 1];
      if (decision) await page.getByLabel(/decision/i).fill(decision);
      await page.getByLabel("How important it is").selectOption({ index: 1 });
      await page.getByLabel("How far the need is met today").selectOption({ index: 1 });
      await page.getByRole("button", { name: "Record data need" }).click();
      await expect(page.getByRole("alert", { name: "Success" })).toBeVisible();
    }

    // Every page that shows them.
    await checks.expectSafe(profile, "onerror=alert");
    await checks.expectSafe(
      `/organisations?q=${encodeURIComponent(`Hostile Lodge ${suffix}`)}`,
      name,
    );
    await checks.expectSafe(`${profile}/data-needs`, "onerror=alert");
    // The coalition's needs page shows counts, not the text of needs.
    await checks.expectSafe("/data-needs", "Data needs across the coalition");

    // The audit trail names the records, as a platform admin sees it.
    const admin = await browser.newPage();
    try {
      const adminChecks = await guard(admin);
      await signInAs(admin, ADMIN, DEMO_PASSWORD);
      await adminChecks.expectSafe("/audit", "Hostile Lodge");
      await adminChecks.expectSafe(profile, "onerror=alert");
    } finally {
      await admin.close();
    }
  } finally {
    // Tidy up: archived organisations leave the directory and the coalition's counts.
    await page.goto(profile);
    await page.getByRole("button", { name: "Archive organisation" }).click();
    await expect(page.getByText("This organisation is archived.")).toBeVisible();
  }
});
