import type { Browser, Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

const LEAD = "lead@elmshire.example";
const MEADOWVIEW = "Meadowview Care Centre";
const KINGFISHER = "Kingfisher Court Care Home";
// The demo's open round: both care homes have an assessment in it, answered and ready to submit.
const OPEN_ROUND = "2026 Q4 care homes and practices";
const PASSWORD = "a mobilisation journey passphrase";

/** Meadowview has no demo account: the lead invites an admin, who sets a password. */
async function inviteAdmin(page: Page, browser: Browser, email: string) {
  await page.goto(`/organisations?q=${encodeURIComponent(MEADOWVIEW)}`);
  await page.getByRole("link", { name: MEADOWVIEW }).click();
  await page.getByRole("link", { name: "Invite someone" }).click();
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Full name").fill("Avery Meadow");
  await page.getByLabel("Role").selectOption({ label: "Organisation admin" });
  await page.getByRole("button", { name: "Send invitation" }).click();
  const link = await page
    .getByRole("row")
    .filter({ hasText: email })
    .getByTestId("invitation-link")
    .textContent();
  const invitee = await browser.newPage();
  await invitee.goto(new URL(link!.trim()).pathname);
  await invitee.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await invitee.getByLabel("Type the password again").fill(PASSWORD);
  await invitee.getByRole("button", { name: "Set password and join" }).click();
  await expect(invitee.getByText("Your password is set and you have joined")).toBeVisible();
  await invitee.close();
}

test("a lead logs a meeting with two organisations and a follow-up commitment; the assessment it names is submitted and the commitment is done", async ({
  page,
  browser,
  expectAccessible,
}) => {
  test.setTimeout(180_000);
  const adminEmail = `meadowview-${Date.now().toString(36)}@example.org`;
  await signInAs(page, LEAD, DEMO_PASSWORD);
  await inviteAdmin(page, browser, adminEmail);

  // The lead logs the meeting with both care homes and the commitment Meadowview made at it.
  await page.goto("/interactions/new");
  await page.getByLabel("Kind of interaction").selectOption({ label: "Meeting" });
  await page.getByRole("checkbox", { name: new RegExp(`^${MEADOWVIEW}`) }).check();
  await page.getByRole("checkbox", { name: new RegExp(`^${KINGFISHER}`) }).check();
  await page.getByLabel("Summary").fill("Went through the care homes' maturity round together.");
  await page.getByLabel("How did it go?").selectOption({ label: "Positive" });
  await page.getByRole("button", { name: "Add a commitment" }).click();
  const follow = page.getByTestId("follow-up-commitment");
  await follow
    .getByLabel("Organisation that made it")
    .selectOption({ label: `${MEADOWVIEW} (ZZC06)` });
  await follow.getByLabel("What it promised").fill("Complete the care homes' maturity round");
  const record = follow.getByLabel("Record that proves it (optional)");
  await expect(record.locator("option", { hasText: OPEN_ROUND })).toHaveCount(1);
  await record.selectOption({ label: `Maturity assessment: ${OPEN_ROUND}` });
  await follow.getByLabel("Owner").selectOption({ label: "Avery Meadow" });
  await follow.getByLabel("Due date").fill("2031-01-31");
  await expectAccessible();
  await page.getByRole("button", { name: "Log interaction" }).click();

  await expect(page.getByText("The interaction has been saved.")).toBeVisible();
  await expect(page.getByRole("link", { name: MEADOWVIEW })).toBeVisible();
  await expect(page.getByRole("link", { name: KINGFISHER })).toBeVisible();
  const made = page
    .getByRole("listitem")
    .filter({ hasText: "Complete the care homes' maturity round" });
  await expect(made.getByTestId("commitment-status")).toHaveText("Open");
  const interaction = page.url().split("?")[0]!;
  await expectAccessible();

  // Meadowview's admin submits the assessment through the app.
  const admin = await browser.newPage();
  await signInAs(admin, adminEmail, PASSWORD);
  await admin.goto("/maturity");
  await admin.getByRole("link", { name: `${OPEN_ROUND} for ${MEADOWVIEW}` }).click();
  await admin.getByRole("button", { name: "Submit assessment" }).click();
  await expect(admin.getByText("Submitted", { exact: true })).toBeVisible();
  await admin.close();

  // The commitment followed the assessment: it is done.
  await page.goto(interaction);
  await expect(made.getByTestId("commitment-status")).toHaveText("Done");
  await made.getByRole("link").click();
  await expect(page.getByTestId("commitment-status")).toHaveText("Done");
  await expect(page.getByText(`Maturity assessment: ${OPEN_ROUND}`)).toBeVisible();
  await expectAccessible();
});
