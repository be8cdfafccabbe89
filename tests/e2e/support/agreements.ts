import type { Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs } from "../fixtures";

export const HOSPITAL_IG = "ig@elmshire-royal.example";
export const LARCHWOOD_IG = "ig@larchwood.example";
export const HOSPITAL = "Elmshire Royal Hospitals NHS Trust";
export const LARCHWOOD = "Larchwood Care Home";

const idFrom = (url: string, fromEnd: number) => new URL(url).pathname.split("/").at(fromEnd)!;

/**
 * The hospital's information governance lead drafts an agreement from the direct care template,
 * with its dates, Larchwood as the second party and each party's signatory. Returns its id.
 */
export async function draftFromTemplate(page: Page, title: string): Promise<string> {
  await signInAs(page, HOSPITAL_IG, DEMO_PASSWORD);
  await page.goto("/agreements/new");
  await page.getByLabel("From a template").check();
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Start the agreement" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Edit the details of");
  const id = idFrom(page.url(), -2);

  await page.getByLabel("Start date", { exact: true }).fill("2027-01-01");
  await page.getByLabel("Review date", { exact: true }).fill("2028-01-01");
  await page.getByLabel("End date", { exact: true }).fill("2029-12-31");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);

  await page.goto(`/agreements/${id}/parties`);
  await page.getByLabel("Organisation", { exact: true }).selectOption({ label: LARCHWOOD });
  await page.getByRole("button", { name: "Add party" }).click();
  await expect(page.getByRole("link", { name: LARCHWOOD })).toBeVisible();
  for (const [organisation, signatory] of [
    [HOSPITAL, "Dana Whitfield"],
    [LARCHWOOD, "Morgan Ellis"],
  ] as const) {
    await page.getByRole("link", { name: organisation }).click();
    await page
      .getByLabel("Who signs for this organisation")
      .selectOption({ label: `${signatory} (Information governance lead)` });
    await page.getByRole("button", { name: "Save party" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Parties to/);
  }
  return id;
}

/** Sends the agreement for signature from its status page. */
export async function sendForSignature(page: Page, id: string) {
  await page.goto(`/agreements/${id}/status`);
  await page.getByRole("button", { name: "Send for signature" }).click();
  await expect(page.getByText("Awaiting signatures").first()).toBeVisible();
}

/** Signs as the signed-in signatory: the statement ticked and the password entered again. */
export async function signAs(page: Page, id: string) {
  await page.goto(`/agreements/${id}/sign`);
  await page.getByRole("checkbox").check();
  await page.getByLabel("Your password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign the agreement" }).click();
  await expect(page.getByText("Your signature has been recorded.")).toBeVisible();
}
