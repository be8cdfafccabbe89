import { randomBytes } from "node:crypto";

import type { Browser, Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

const LEAD = "lead@elmshire.example";
const LARCHWOOD_ADMIN = "manager@larchwood.example";
const INVITEE_PASSWORD = "a fresh invitee passphrase";

const unique = () => randomBytes(4).toString("hex");

async function openProfile(page: Page, name: string) {
  await page.goto(`/organisations?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

/**
 * Whoever sent the invitation reads the newest email to this address in the outbox, and its link:
 * only they see it while no mail server is configured.
 */
async function linkFromOutbox(browser: Browser, to: string, inviter: string): Promise<string> {
  const page = await browser.newPage();
  await signInAs(page, inviter, DEMO_PASSWORD);
  await page.goto("/admin/outbox");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Outbox");
  const row = page.getByRole("row").filter({ hasText: to }).first();
  await row.getByRole("link").click();
  await expect(page.getByText(to)).toBeVisible();
  const href = await page.getByTestId("outbox-link").getAttribute("href");
  await page.close();
  return new URL(href!).pathname;
}

/** Invites someone through the profile's "Invite someone" link. */
async function invite(page: Page, details: { email: string; name: string; role: string }) {
  await page.getByRole("link", { name: "Invite someone" }).click();
  await page.getByLabel("Email address").fill(details.email);
  await page.getByLabel("Full name").fill(details.name);
  await page.getByLabel("Role").selectOption({ label: details.role });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Invitation queued: no mail server is configured" }),
  ).toBeVisible();
}

test.describe("inviting people", () => {
  test("invite, accept, sign in, edit one's own organisation, and be refused another's", async ({
    page,
    browser,
    expectAccessible,
  }) => {
    // A long journey across several people: more time than one page needs.
    test.slow();
    const suffix = unique().toUpperCase();
    const organisation = `Hollybank House ${suffix}`;
    const email = `hollybank-${suffix.toLowerCase()}@example.org`;

    // A programme lead adds a throwaway organisation and invites its first admin.
    await signInAs(page, LEAD, DEMO_PASSWORD);
    await page.goto("/organisations/new");
    await page.getByLabel("Name", { exact: true }).fill(organisation);
    await page.getByLabel("Type").selectOption({ label: "Care home" });
    await page.getByLabel("Place").selectOption({ label: "Westvale" });
    await page.getByRole("button", { name: "Add organisation" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(organisation);
    await invite(page, { email, name: "Robin Hollybank", role: "Organisation admin" });
    const invitations = page.getByRole("table", { name: "Invitations waiting to be accepted" });
    await expect(invitations.getByRole("row").filter({ hasText: email })).toContainText(
      "Organisation admin",
    );
    await expectAccessible();
    await page.context().clearCookies();

    // The invitee follows the emailed link, read from the outbox.
    const link = await linkFromOutbox(browser, email, LEAD);
    expect(link).toMatch(/^\/invitations\/[A-Za-z0-9_-]{43}$/);
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Join ${organisation}`);
    await expectAccessible();
    await page.getByLabel("Password", { exact: true }).fill("password123");
    await page.getByLabel("Type the password again").fill("password123");
    await page.getByRole("button", { name: "Set password and join" }).click();
    await expect(
      page
        .getByRole("alert", { name: "There is a problem" })
        .getByRole("link", { name: /too common/ }),
    ).toBeVisible();
    await expectAccessible();
    await page.getByLabel("Password", { exact: true }).fill(INVITEE_PASSWORD);
    await page.getByLabel("Type the password again").fill(INVITEE_PASSWORD);
    await page.getByRole("button", { name: "Set password and join" }).click();
    await expect(page.getByText("Your password is set and you have joined")).toBeVisible();
    // The sign-in page is filled in with the address they were invited at.
    await expect(page.getByLabel("Email address")).toHaveValue(email);

    // The link works once.
    await page.goto(link);
    await expect(page.getByText("This invitation has already been accepted")).toBeVisible();

    // They sign in and change their own organisation's profile.
    await signInAs(page, email, INVITEE_PASSWORD);
    await openProfile(page, organisation);
    await page.getByRole("link", { name: "Change details" }).click();
    await page.getByLabel("Website").fill("https://hollybank.example");
    await page.getByRole("button", { name: "Save details" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(organisation);
    // The save is confirmed in a success banner that is announced and takes focus.
    const banner = page.getByRole("alert", { name: "Success" });
    await expect(banner).toContainText("The organisation's details have been saved.");
    await expect(banner).toBeFocused();
    await expectAccessible();
    await expect(page.getByRole("link", { name: "https://hollybank.example" })).toBeVisible();

    // Another organisation's edit page refuses them.
    await openProfile(page, "Moorside Surgery");
    const response = await page.goto(`${page.url()}/edit`);
    expect(response?.status()).toBe(403);

    // Tidy up: archived organisations leave the directory and the coalition's counts.
    await page.context().clearCookies();
    await signInAs(page, LEAD, DEMO_PASSWORD);
    await openProfile(page, organisation);
    await page.getByRole("button", { name: "Archive organisation" }).click();
    await expect(page.getByText("This organisation is archived.")).toBeVisible();
  });

  test("an organisation admin invites a member, then revokes the invitation", async ({
    page,
    browser,
    expectAccessible,
  }) => {
    // A long journey across several people: more time than one page needs.
    test.slow();
    const email = `larchwood-carer-${unique()}@example.org`;
    await signInAs(page, LARCHWOOD_ADMIN, DEMO_PASSWORD);
    await openProfile(page, "Larchwood Care Home");

    // Someone already a member is told so.
    await page.getByRole("link", { name: "Invite someone" }).click();
    await page.getByLabel("Email address").fill("nurse@larchwood.example");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(
      page
        .getByRole("alert", { name: "There is a problem" })
        .getByRole("link", { name: /is already a member of Larchwood Care Home/ }),
    ).toBeVisible();
    await expectAccessible();
    await page.getByRole("link", { name: "Cancel" }).click();

    await invite(page, { email, name: "Sam Carer", role: "Member" });
    const link = await linkFromOutbox(browser, email, LARCHWOOD_ADMIN);

    await page.getByRole("link", { name: "Revoke the invitation of Sam Carer" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Revoke the invitation of Sam Carer?",
    );
    await expectAccessible();
    await page.getByRole("button", { name: "Revoke invitation" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Larchwood Care Home");
    await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);

    await page.context().clearCookies();
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "This invitation link cannot be used",
    );
    await expect(page.getByText("This invitation was withdrawn")).toBeVisible();
    await expectAccessible();
  });

  test("a member is offered no invitations", async ({ page }) => {
    await signInAs(page, "nurse@larchwood.example", DEMO_PASSWORD);
    await openProfile(page, "Larchwood Care Home");
    await expect(page.getByRole("link", { name: "Invite someone" })).toHaveCount(0);
    const response = await page.goto(`${page.url()}/invite`);
    expect(response?.status()).toBe(403);
  });
});
