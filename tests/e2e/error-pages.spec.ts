import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

test.describe("error pages", () => {
  test("an unknown address gets a styled 404", async ({ page, expectAccessible }) => {
    const response = await page.goto("/no-such-page");

    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
    await expectAccessible();
  });

  test("a forbidden page gets a styled 403", async ({ page, expectAccessible }) => {
    const response = await page.goto("/diagnostics?show=forbidden");

    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "You do not have access to this page",
    );
    await expectAccessible();
  });

  test("an unexpected error shows the request id and never the error itself", async ({
    page,
    expectAccessible,
  }) => {
    const response = await page.goto("/diagnostics?show=error");

    expect(response?.status()).toBe(500);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Sorry, there is a problem with the service",
    );
    const requestId = response?.headers()["x-request-id"];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await expect(page.getByTestId("request-id")).toHaveText(requestId!);
    await expect(page.locator("body")).not.toContainText("Diagnostic failure");
    expect(await response?.text()).not.toContain("Diagnostic failure");
    await expectAccessible();
  });

  test("a page that refuses someone is titled with the refusal, not with its own name", async ({
    page,
  }) => {
    await signInAs(page, "nurse@larchwood.example", DEMO_PASSWORD);
    const response = await page.goto("/organisations/import");

    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "You do not have access to this page",
    );
    await expect(page).toHaveTitle("You do not have access to this page – Coalition");
  });

  test("a record that is not there is titled as not found", async ({ page }) => {
    await signInAs(page, "nurse@larchwood.example", DEMO_PASSWORD);
    const response = await page.goto("/pathways/00000000-0000-4000-8000-000000000000");

    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle("Page not found – Coalition");
  });
});
