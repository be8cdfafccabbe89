import { createThrowawayAccount, expect, test } from "./fixtures";

test.describe("signing in", () => {
  test("the sign-in page lists the demo accounts and is accessible", async ({
    page,
    expectAccessible,
  }) => {
    await page.goto("/sign-in");

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    await expect(page.getByRole("complementary", { name: "Demo accounts" })).toContainText(
      "lead@elmshire.example",
    );
    await expectAccessible();
  });

  test("empty and wrong credentials get an error summary and no session", async ({
    page,
    expectAccessible,
  }) => {
    await page.goto("/sign-in");

    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText("There is a problem");
    await expect(summary.getByRole("link", { name: "Enter your email address" })).toBeVisible();
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible();

    await page.getByLabel("Email address").fill("lead@elmshire.example");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
      "Enter a correct email address and password",
    );
    await page.goto("/");
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  });

  test("someone signs in with the keyboard, sees their name, and signs out", async ({
    page,
    browser,
  }) => {
    // Signing out ends every session of the account: a throwaway one, not a demo account.
    const account = await createThrowawayAccount(browser, "Robin Keyboard");
    await page.goto("/");
    await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/sign-in");

    await page.getByLabel("Email address").fill(account.email.toUpperCase());
    await page.getByLabel("Password").fill(account.password);
    await page.getByLabel("Password").press("Enter");

    await expect(page).toHaveURL("/");
    await expect(page.getByTestId("signed-in-as")).toHaveText("Signed in as Robin Keyboard");
    const cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name === "coalition.session");
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

    // The old cookie, replayed after sign-out, no longer signs anyone in.
    await page.context().addCookies([session!]);
    await page.goto("/");
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  });
});
