import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";
import { draftFromTemplate, LARCHWOOD_IG, sendForSignature, signAs } from "./support/agreements";

test("an IG lead drafts from the template; one party declines, then both sign a new version and it is active", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `Discharge to Larchwood ${Date.now().toString(36)}`;
  const hospital = await browser.newPage();
  const id = await draftFromTemplate(hospital, title);

  // Flows of a published demo pathway, and the template's kinds of data.
  await hospital.goto(`/agreements/${id}/data`);
  await hospital
    .getByRole("group", { name: "Pathway flows the agreement covers" })
    .getByRole("checkbox")
    .first()
    .check();
  await hospital.getByRole("button", { name: "Save flows" }).click();
  await expect(hospital.getByText("The agreement has been saved.")).toBeVisible();
  await expect(hospital.getByRole("heading", { name: "Pathway flows it covers" })).toBeVisible();
  await expect(hospital.getByText("Allergies and adverse reactions")).toBeVisible();

  await sendForSignature(hospital, id);
  await signAs(hospital, id);

  // Larchwood's signatory declines the first version.
  const larchwood = await browser.newPage();
  await signInAs(larchwood, LARCHWOOD_IG, DEMO_PASSWORD);
  await larchwood.goto(`/agreements/${id}/sign`);
  await expect(
    larchwood.getByText(/I, Morgan Ellis, am authorised to sign for Larchwood Care Home/),
  ).toBeVisible();
  await larchwood.getByRole("button", { name: "Sign the agreement" }).click();
  await expect(
    larchwood.getByText("Tick the statement to confirm you sign for the organisation").first(),
  ).toBeVisible();
  await larchwood.goto(`/agreements/${id}/decline`);
  await larchwood
    .getByLabel("Why your organisation declines to sign")
    .fill("Retention must be 8 years");
  await larchwood.getByRole("button", { name: "Decline to sign" }).click();
  await expect(larchwood.getByText(/refusal has been recorded/)).toBeVisible();
  await expect(larchwood.getByText("Draft", { exact: true }).first()).toBeVisible();

  // The hospital changes the retention, sends version 2, and both sign it.
  await hospital.goto(`/agreements/${id}/edit`);
  await hospital.getByLabel("Retention and disposal").fill("Kept for **8 years**, then destroyed.");
  await hospital.getByRole("button", { name: "Save details" }).click();
  await sendForSignature(hospital, id);
  await signAs(hospital, id);

  await signAs(larchwood, id);
  await expect(larchwood.getByText("Active", { exact: true }).first()).toBeVisible();
  await expect(larchwood.getByText("Version 2").first()).toBeVisible();

  // In force, it cannot be edited: the form sends people back to the agreement, which says why.
  await larchwood.goto(`/agreements/${id}/edit`);
  await expect(larchwood).toHaveURL(new RegExp(`/agreements/${id}\\?not-now=1$`));
  await expect(larchwood.getByText(/cannot be changed in its present state/)).toBeVisible();

  await larchwood.goto(`/agreements/${id}/versions?from=1&to=2`);
  await expect(
    larchwood.getByRole("table", { name: /Changes from version 1 to version 2/ }),
  ).toContainText("Retention and disposal");
  await hospital.close();
  await larchwood.close();
});

test("the register finds an agreement by a party's name and exports it", async ({ page }) => {
  await signInAs(page, "lead@elmshire.example", DEMO_PASSWORD);
  await page.goto("/agreements?q=Larchwood");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data sharing agreements");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export to CSV" }).click();
  expect((await download).suggestedFilename()).toMatch(/^agreements-\d{4}-\d{2}-\d{2}\.csv$/);
});
