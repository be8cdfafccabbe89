import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { identityProviderName } from "./support/identity-provider-settings";

/** Signs in at the identity provider with `login`, as a person would after choosing SSO. */
async function signInAtIdentityProvider(page: Page, login: string) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Sign in with ${identityProviderName}` }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: /sign-in/i }).click();
  const consent = page.getByRole("button", { name: /continue/i });
  if (await consent.isVisible().catch(() => false)) await consent.click();
}

test.describe("single sign-on through the organisation's identity provider", () => {
  test("offers single sign-on beside email and password, accessibly", async ({
    page,
    expectAccessible,
  }) => {
    await page.goto("/sign-in");
    await expect(
      page.getByRole("button", { name: `Sign in with ${identityProviderName}` }),
    ).toBeVisible();
    await expect(page.getByLabel("Email address")).toBeVisible();
    await expectAccessible();
  });

  test("an invited person signs in with their organisation's account", async ({ page }) => {
    await signInAtIdentityProvider(page, "nurse@larchwood.example");
    await expect(page.getByTestId("signed-in-as")).toContainText("Jo Walsh");
    await page.goto("/organisations");
    await expect(page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
  });

  test("someone nobody invited is turned away with a reason", async ({
    page,
    expectAccessible,
  }) => {
    await signInAtIdentityProvider(page, "stranger@elsewhere.example");
    await expect(page).toHaveURL(/\/sign-in\?error=no_account/);
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText(
      "There is no account for the email",
    );
    await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
    await expectAccessible();
  });

  test("an unverified email never matches an invited account", async ({ page }) => {
    await signInAtIdentityProvider(page, "unverified.lead@elmshire.example");
    await expect(page).toHaveURL(/\/sign-in\?error=unverified_email/);
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText(
      "did not confirm your email address",
    );
    await page.goto("/organisations");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
