import { randomBytes } from "node:crypto";

import type { Browser, Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";
import { addCareHome, openRoundFor } from "./support/maturity";

const LEAD = "lead@elmshire.example";
const PASSWORD = "a throwaway maturity passphrase";

const unique = () => randomBytes(3).toString("hex");

/**
 * The newest invitation to `email` is read from the outbox by the lead who sent it (only they
 * see its link while no mail server is configured) and accepted with a password.
 */
async function acceptInvitation(browser: Browser, email: string) {
  const admin = await browser.newPage();
  await signInAs(admin, LEAD, DEMO_PASSWORD);
  await admin.goto("/admin/outbox");
  await admin.getByRole("row").filter({ hasText: email }).first().getByRole("link").click();
  const href = await admin.getByTestId("outbox-link").getAttribute("href");
  await admin.close();

  const invitee = await browser.newPage();
  await invitee.goto(new URL(href!).pathname);
  await invitee.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await invitee.getByLabel("Type the password again").fill(PASSWORD);
  await invitee.getByRole("button", { name: "Set password and join" }).click();
  await expect(invitee.getByText("Your password is set and you have joined")).toBeVisible();
  await invitee.close();
}

async function invite(page: Page, email: string, name: string, role: string) {
  await page.getByRole("link", { name: "Invite someone" }).click();
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Role").selectOption({ label: role });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Invitation queued" })).toBeVisible();
}

/** The row of the round's completion table for one status. */
const statusCount = (page: Page, status: string) =>
  page.getByRole("table", { name: "Assessments by status" }).getByRole("row", { name: status });

/** Waits for the answering page's autosave to reach the server and be announced. */
async function autosaved(page: Page, change: () => Promise<void>) {
  const response = page.waitForResponse(
    (candidate) =>
      candidate.request().method() === "POST" && candidate.url().includes("/dimensions/"),
  );
  await change();
  await response;
  await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
}

/** Answers every question of every section at level 3, one section at a time. */
async function answerEverything(page: Page, overview: string) {
  await page.goto(overview);
  const sections = await page
    .getByRole("table")
    .locator('a[href*="/dimensions/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  for (const section of sections) {
    await page.goto(section);
    for (const question of await page.getByRole("group").all()) {
      await question.getByLabel(/^Level 3:/).check();
    }
    await page.getByRole("button", { name: "Save answers" }).click();
    await expect(page.getByText("Your answers have been saved.")).toBeVisible();
  }
}

test.describe("assessment rounds", () => {
  test("a lead opens a round; the admin answers, submits, is returned, fixes and resubmits; the lead validates", async ({
    page,
    browser,
    expectAccessible,
  }) => {
    // Several people and every section of a framework: a long journey.
    test.setTimeout(360_000);
    const suffix = unique();
    const organisation = `Rowan Lodge ${suffix}`;
    const round = `Round ${suffix}`;
    const adminEmail = `rowan-admin-${suffix}@example.org`;
    const memberEmail = `rowan-member-${suffix}@example.org`;

    // A lead adds a throwaway care home with an admin and a member, and opens a round for it.
    await signInAs(page, LEAD, DEMO_PASSWORD);
    await addCareHome(page, organisation);
    await invite(page, adminEmail, "Robin Rowan", "Organisation admin");
    await invite(page, memberEmail, "Morgan Rowan", "Member");
    await acceptInvitation(browser, adminEmail);
    await acceptInvitation(browser, memberEmail);
    await openRoundFor(page, { organisation, round });
    await expect(statusCount(page, "Not started")).toContainText("1");
    await expectAccessible();
    const roundPage = page.url();

    // The admin finds it in their in-tray and answers part of the first section.
    await page.context().clearCookies();
    await signInAs(page, adminEmail, PASSWORD);
    await page.getByRole("link", { name: "Digital maturity" }).click();
    await expectAccessible();
    await page.getByRole("link", { name: `${round} for ${organisation}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${round}: ${organisation}`);
    await expectAccessible();
    const overview = page.url();
    await page.getByRole("link", { name: "Well led" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Well led");
    const first = page.getByRole("group").first();
    await autosaved(page, () => first.getByLabel(/^Level 2:/).check());
    await autosaved(page, async () => {
      await page.getByLabel("Evidence (optional) for question 1").fill("Board minutes, May");
    });
    await expectAccessible();

    // They leave, come back, and find their answers kept.
    await page.goto("/maturity");
    await page.goto(overview);
    await expect(page.getByRole("row", { name: /Well led/ })).toContainText("1 of 3 answered");
    await page.getByRole("link", { name: "Well led" }).click();
    await expect(
      page
        .getByRole("group")
        .first()
        .getByLabel(/^Level 2:/),
    ).toBeChecked();
    await expect(page.getByLabel("Evidence (optional) for question 1")).toHaveValue(
      "Board minutes, May",
    );

    // Submitting now lists every question still to answer, section by section.
    await page.goto(overview);
    await page.getByRole("button", { name: "Submit assessment" }).click();
    const problem = page.getByRole("alert", { name: "There is a problem" });
    await expect(problem).toContainText("Answer every question before submitting");
    await expect(problem.getByRole("link", { name: "Well led" })).toBeVisible();
    await expect(problem.getByRole("link", { name: "Safe practice" })).toBeVisible();
    await expect(problem).toContainText(
      "Is there a named leader responsible for digital and data at senior level?",
    );
    await expectAccessible();

    // The member, given no section, reads the answers but cannot change them.
    const member = await browser.newPage();
    await signInAs(member, memberEmail, PASSWORD);
    await member.goto(overview);
    await member.getByRole("link", { name: "Well led" }).click();
    await expect(member.getByText("Your organisation's admins answer this section")).toBeVisible();
    await expect(member.getByRole("radio")).toHaveCount(0);
    await expect(member.getByText(/^Level 2: /)).toBeVisible();
    await member.close();

    // The admin finishes and submits.
    await answerEverything(page, overview);
    await page.goto(overview);
    await page.getByRole("button", { name: "Submit assessment" }).click();
    await expect(page.getByText("Submitted", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Submit assessment" })).toHaveCount(0);

    // The lead returns it with a comment, which is required.
    await page.context().clearCookies();
    await signInAs(page, LEAD, DEMO_PASSWORD);
    await page.goto(roundPage);
    await expect(statusCount(page, "Submitted")).toContainText("1");
    await page.getByRole("link", { name: organisation }).click();
    await page.getByRole("button", { name: "Return assessment" }).click();
    await expect(
      page
        .getByRole("alert", { name: "There is a problem" })
        .getByRole("link", { name: "Say what needs to change before it can be validated" }),
    ).toBeVisible();
    await page.getByLabel("What needs to change").fill("Well led question 1 needs a level 3.");
    await page.getByRole("button", { name: "Return assessment" }).click();
    await expect(page.getByText("Returned", { exact: true })).toBeVisible();

    // The admin reads the comment, changes that answer and submits again.
    await page.context().clearCookies();
    await signInAs(page, adminEmail, PASSWORD);
    await page.goto(overview);
    await expect(page.getByRole("note")).toContainText("Well led question 1 needs a level 3.");
    await page.getByRole("link", { name: "Well led" }).click();
    await autosaved(page, () =>
      page
        .getByRole("group")
        .first()
        .getByLabel(/^Level 4:/)
        .check(),
    );
    await page.goto(overview);
    await page.getByRole("button", { name: "Submit assessment" }).click();
    await expect(page.getByText("Submitted", { exact: true })).toBeVisible();

    // Submitted answers are read-only.
    await page.getByRole("link", { name: "Well led" }).click();
    await expect(page.getByText(/^Submitted answers cannot be changed/)).toBeVisible();
    await expect(page.getByRole("radio")).toHaveCount(0);

    // The lead validates it.
    await page.context().clearCookies();
    await signInAs(page, LEAD, DEMO_PASSWORD);
    await page.goto(overview);
    await page.getByRole("button", { name: "Validate assessment" }).click();
    await expect(page.getByText("Validated", { exact: true })).toBeVisible();
    await page.goto(roundPage);
    await expect(statusCount(page, "Validated")).toContainText("1");
  });
});
