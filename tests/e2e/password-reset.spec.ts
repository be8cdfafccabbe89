import { randomBytes } from "node:crypto";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

const FIRST_PASSWORD = "a first throwaway passphrase";
const NEW_PASSWORD = "a second throwaway passphrase";

test.describe("forgotten passwords", () => {
  test("forgot, read the link in the outbox, reset, sign in with the new password", async ({
    page,
    browser,
    expectAccessible,
  }) => {
    // A long journey across several people: more time than one page needs.
    test.slow();
    const email = `forgetful-${randomBytes(4).toString("hex")}@example.org`;

    // A throwaway account: invited by a lead, password chosen through the invitation.
    const admin = await browser.newPage();
    await signInAs(admin, "admin@elmshire.example", DEMO_PASSWORD);
    await admin.goto("/organisations?q=Larchwood%20Care%20Home");
    await admin.getByRole("link", { name: "Larchwood Care Home" }).click();
    await admin.getByRole("link", { name: "Invite someone" }).click();
    await admin.getByLabel("Email address").fill(email);
    await admin.getByLabel("Full name").fill("Forgetful Person");
    await admin.getByRole("button", { name: "Send invitation" }).click();
    await expect(admin.getByText("Invitation queued: no mail server is configured")).toBeVisible();
    const readLink = async () => {
      await admin.goto("/admin/outbox");
      await admin.getByRole("row").filter({ hasText: email }).first().getByRole("link").click();
      return new URL((await admin.getByTestId("outbox-link").getAttribute("href"))!).pathname;
    };
    await page.goto(await readLink());
    await page.getByLabel("Password", { exact: true }).fill(FIRST_PASSWORD);
    await page.getByLabel("Type the password again").fill(FIRST_PASSWORD);
    await page.getByRole("button", { name: "Set password and join" }).click();
    await expect(page.getByText("Your password is set and you have joined")).toBeVisible();

    // They forget it.
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forgot your password?");
    await expectAccessible();
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByRole("status")).toContainText(
      "If there is an account for that email address",
    );

    // An unknown email gets the very same answer.
    await page.goto("/forgot-password");
    await page
      .getByLabel("Email address")
      .fill(`nobody-${randomBytes(4).toString("hex")}@example.org`);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByRole("status")).toContainText(
      "If there is an account for that email address",
    );

    const resetLink = await readLink();
    expect(resetLink).toMatch(/^\/reset-password\/[A-Za-z0-9_-]{43}$/);
    await admin.close();
    await page.goto(resetLink);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
    await expectAccessible();
    await page.getByLabel("Password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Type the password again").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Sign in with your new password")).toBeVisible();

    await page.goto(resetLink);
    await expect(page.getByText("This link has already been used")).toBeVisible();

    await signInAs(page, email, NEW_PASSWORD);
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
  });
});
