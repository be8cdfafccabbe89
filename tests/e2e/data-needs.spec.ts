import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";

import type { Browser, Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

const LARCHWOOD = "Larchwood Care Home";
const uniqueSuffix = () => randomBytes(3).toString("hex");

async function openLarchwoodNeeds(page: Page) {
  await page.goto(`/organisations?q=${encodeURIComponent(LARCHWOOD)}`);
  await page.getByRole("link", { name: LARCHWOOD }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(LARCHWOOD);
  await page
    .getByRole("link", { name: `Data needs of ${LARCHWOOD}, and what others need from it` })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Data needs of ${LARCHWOOD}`);
}

/** The address of the page that changes one of Larchwood's needs, as its admin sees it. */
async function larchwoodNeedEditPath(browser: Browser): Promise<string> {
  const admin = await browser.newPage();
  try {
    await signInAs(admin, "manager@larchwood.example", DEMO_PASSWORD);
    await openLarchwoodNeeds(admin);
    const href = await admin
      .locator('a[href*="/data-needs/"][href$="/edit"]')
      .first()
      .getAttribute("href");
    return href!;
  } finally {
    await admin.close();
  }
}

test.describe("data needs", () => {
  test("an organisation admin records a need with the keyboard, sees it and what others need from them", async ({
    page,
    expectAccessible,
  }) => {
    const team = `Night nurses ${uniqueSuffix()}`;
    await signInAs(page, "manager@larchwood.example", DEMO_PASSWORD);
    await openLarchwoodNeeds(page);
    await expectAccessible();

    const others = page.getByRole("region", { name: `What others need from ${LARCHWOOD}` });
    await expect(others.getByRole("table")).toContainText("Assessments");
    await expect(others.getByRole("table")).toContainText("Any care home");

    await page.getByRole("link", { name: "Record a data need" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Record a data need of ${LARCHWOOD}`,
    );
    await expectAccessible();

    // A first try with only the team: the form says what is missing and saves nothing.
    await page.getByLabel("Team or role that needs the data").focus();
    await page.keyboard.type(team);
    await page.keyboard.press("Enter");
    const summary = page.getByRole("alert", { name: "There is a problem" });
    for (const message of [
      "Select the kind of data needed",
      "Select the organisation, or the type of organisation, the data comes from",
      "Select how soon the data is needed",
      "Enter what the data is needed for",
      "Select how important the data is",
      "Select how far the need is met today",
    ]) {
      await expect(summary.getByRole("link", { name: message })).toBeVisible();
    }
    await expect(summary).toBeFocused();
    await expectAccessible();

    await page
      .getByLabel("Kind of data")
      .selectOption({ label: "Allergies and adverse reactions" });
    await page
      .getByLabel("Where the data comes from")
      .selectOption({ label: "Elmshire Royal Hospitals NHS Trust" });
    await page.getByLabel("How soon it is needed").selectOption({ label: "Same day" });
    await page.getByLabel("Records a month (optional)").focus();
    await page.keyboard.type("1,200");
    await page.getByLabel("What it is needed for").focus();
    await page.keyboard.type("Safe care on the first night back from hospital");
    await page.getByLabel("How important it is").selectOption({ label: "Essential" });
    await page
      .getByLabel("How far the need is met today")
      .selectOption({ label: "Not met at all" });
    await page.getByRole("button", { name: "Record data need" }).focus();
    await page.keyboard.press("Enter");

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Data needs of ${LARCHWOOD}`);
    await expect(page.getByRole("alert", { name: "Success" })).toContainText(
      "The data need has been saved.",
    );
    const row = page.getByRole("row").filter({ hasText: team });
    await expect(row).toContainText("Allergies and adverse reactions");
    await expect(row).toContainText("Elmshire Royal Hospitals NHS Trust");
    await expect(row).toContainText("Not met at all");
    await expectAccessible();

    // Clean up: remove it again, confirming first.
    await row.getByRole("link", { name: /^Remove/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Remove the need for");
    await expectAccessible();
    await page.getByRole("button", { name: "Remove data need" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Data needs of ${LARCHWOOD}`);
    await expect(page.getByRole("row").filter({ hasText: team })).toHaveCount(0);
  });

  test("a member sees their organisation's needs but cannot change them", async ({
    page,
    browser,
    expectAccessible,
  }) => {
    const editPath = await larchwoodNeedEditPath(browser);
    await signInAs(page, "nurse@larchwood.example", DEMO_PASSWORD);
    await openLarchwoodNeeds(page);
    await expect(page.getByRole("region", { name: `What ${LARCHWOOD} needs` })).toContainText(
      "Medications and medical devices",
    );
    await expect(page.getByRole("link", { name: "Record a data need" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /^Change/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /^Remove/ })).toHaveCount(0);
    await expectAccessible();

    const base = new URL(page.url()).pathname;
    for (const path of [`${base}/new`, editPath, editPath.replace(/edit$/, "remove")]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
    // The coalition view is for leads.
    expect((await page.goto("/data-needs"))?.status()).toBe(403);
    expect((await page.request.get("/data-needs/export.csv")).status()).toBe(403);
  });

  test("a lead filters the heatmap, drills down to a need and downloads the CSV", async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, "lead@elmshire.example", DEMO_PASSWORD);
    await page
      .getByRole("navigation", { name: /primary/i })
      .getByRole("link", { name: "Data needs" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Data needs across the coalition",
    );
    await expectAccessible();

    await page.getByLabel("Place of the organisation that needs the data").selectOption({
      label: "Northmoor",
    });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]place=/);
    await expect(page.getByLabel("Place of the organisation that needs the data")).toHaveValue(
      /.+/,
    );
    const table = page.getByRole("table", { name: /Data needs not fully met/ });
    await expect(table.getByRole("columnheader", { name: "Care home" })).toBeVisible();
    await expectAccessible();

    await table
      .getByRole("link", {
        name: /not fully met: Medications and medical devices needed by care homes/,
      })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Medications and medical devices, needed by care homes",
    );
    await expect(page).toHaveURL(/type=CARE_HOME/);
    const need = page.getByRole("row").filter({ hasText: LARCHWOOD });
    await expect(need).toContainText("Nurses and senior carers");
    await expect(need).toContainText("Elmshire Royal Hospitals NHS Trust");
    await expectAccessible();

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download these data needs as CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^data-needs-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), "utf8");
    expect(csv).toContain("Organisation,Organisation type,Team or role");
    expect(csv).toContain(`${LARCHWOOD},Care home,Nurses and senior carers`);
    // Only Northmoor's care homes: Riverside's Elms Nursing Home is left out.
    expect(csv).not.toContain("The Elms Nursing Home");
  });

  test("a lead goes from a pathway to the data needs on its steps", async ({ page }) => {
    await signInAs(page, "lead@elmshire.example", DEMO_PASSWORD);
    await page.goto("/pathways");
    await page.getByRole("link", { name: "Hospital discharge home with a care package" }).click();
    await page.getByRole("link", { name: "Data needs on this pathway's steps" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Data needs across the coalition",
    );
    await expect(page).toHaveURL(/[?&]pathway=/);
    await expect(page.getByLabel("Pathway")).toHaveValue(/.+/);
    await expect(page.getByText(/not fully met with these filters/)).toBeVisible();
  });
});
