import type { Browser, Page } from "@playwright/test";

import { createThrowawayAccount, expect, signInAs, test } from "./fixtures";

// These journeys change the account they sign in with, so each uses a throwaway account: the rest
// of the suite shares the demo accounts' sessions, and finds them by their names.
test.describe.configure({ mode: "default" });

const TEMPORARY_PASSWORD = "a temporary password for the journey";

async function openAccount(page: Page) {
  await page.getByTestId("signed-in-as").click();
  await expect(page).toHaveURL("/account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
}

async function secondBrowser(browser: Browser, email: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email, password);
  return { context, page };
}

async function changePassword(page: Page, current: string, next: string) {
  await page.getByLabel("Current password").fill(current);
  await page.getByLabel("New password", { exact: true }).fill(next);
  await page.getByLabel("Type the new password again").fill(next);
  await page.getByRole("button", { name: "Change password" }).click();
}

test("a member changes their name and job title from the account page", async ({
  page,
  browser,
  expectAccessible,
}) => {
  const member = await createThrowawayAccount(browser, "Jo Throwaway");
  await signInAs(page, member.email, member.password);
  await openAccount(page);
  await expect(page.getByRole("heading", { name: "Your details" })).toBeVisible();
  const organisations = page.getByRole("table", { name: "Organisations you act for" });
  await expect(organisations.getByRole("row", { name: /Larchwood Care Home/ })).toContainText(
    "Member",
  );
  await expect(page.getByText("15 characters or more recommended")).toBeVisible();
  await expectAccessible();

  await page.getByLabel("Name").fill("  ");
  await page.getByLabel("Job title (optional)").fill("j".repeat(121));
  await page.getByRole("button", { name: "Save details" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary.getByRole("link", { name: "Enter your name" })).toBeVisible();
  await expect(
    summary.getByRole("link", { name: "Job title must be 120 characters or fewer" }),
  ).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible();

  await page.getByLabel("Name").fill("Jo Throwaway-Reid");
  await page.getByLabel("Job title (optional)").fill("Ward sister");
  await page.getByRole("button", { name: "Save details" }).click();

  await expect(page.getByText("Your details have been saved.")).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toHaveText("Signed in as Jo Throwaway-Reid");
  await expectAccessible();
  await page.reload();
  await expect(page.getByLabel("Name")).toHaveValue("Jo Throwaway-Reid");
  await expect(page.getByLabel("Job title (optional)")).toHaveValue("Ward sister");
});

test("changing the password ends every session; the new password then signs in", async ({
  page,
  browser,
  expectAccessible,
}) => {
  const disposable = await createThrowawayAccount(browser);
  await signInAs(page, disposable.email, disposable.password);
  const other = await secondBrowser(browser, disposable.email, disposable.password);
  try {
    await openAccount(page);

    await changePassword(page, "not the password", TEMPORARY_PASSWORD);
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(
      summary.getByRole("link", { name: "Your current password is not right" }),
    ).toBeVisible();
    await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible();

    await page.getByLabel("Current password").fill(disposable.password);
    await page.getByLabel("Type the new password again").fill("not the same");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(
      summary.getByRole("link", { name: "The new passwords do not match" }),
    ).toBeVisible();

    await changePassword(page, disposable.password, TEMPORARY_PASSWORD);

    await expect(page).toHaveURL("/sign-in?notice=password-changed");
    await expect(page.getByRole("status")).toContainText("Your password has been changed");
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await expectAccessible();

    // The other browser's session ended too.
    await other.page.goto("/account");
    await expect(other.page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);

    await signInAs(page, disposable.email, TEMPORARY_PASSWORD);
    await expect(page.getByTestId("signed-in-as")).toHaveText(`Signed in as ${disposable.name}`);
  } finally {
    await other.context.close();
  }
});

test("signing out everywhere ends the session in another browser too", async ({
  page,
  browser,
}) => {
  const disposable = await createThrowawayAccount(browser);
  await signInAs(page, disposable.email, disposable.password);
  const other = await secondBrowser(browser, disposable.email, disposable.password);
  try {
    await openAccount(page);
    await page.getByRole("button", { name: "Sign out everywhere" }).click();

    await expect(page).toHaveURL("/sign-in?notice=signed-out-everywhere");
    await expect(page.getByRole("status")).toContainText("You have been signed out everywhere");

    await other.page.goto("/");
    await expect(
      other.page.getByRole("banner").getByRole("link", { name: "Sign in" }),
    ).toBeVisible();
    await other.page.goto("/account");
    await expect(other.page).toHaveURL(/\/sign-in/);
  } finally {
    await other.context.close();
  }
});
