import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

test.describe("the organisation directory", () => {
  test("people who are not signed in are sent to sign in, then brought back", async ({ page }) => {
    await page.goto("/organisations?type=CARE_HOME");

    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Forganisations/);
    await expect(page.getByRole("navigation", { name: "Primary" }).getByRole("link")).toHaveText([
      "Home",
      "About",
    ]);
    await page.getByLabel("Email address").fill("nurse@larchwood.example");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL("/organisations");
  });

  test("a member searches, filters, sorts and pages through the directory", async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, "nurse@larchwood.example", DEMO_PASSWORD);
    await page
      .getByRole("navigation", { name: "Primary" })
      .getByRole("link", { name: "Organisations" })
      .click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisations");
    await expect(page.getByText("Showing 1 to 25 of 42 organisations")).toBeVisible();
    await expectAccessible();

    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page.getByText("Showing 26 to 42 of 42 organisations")).toBeVisible();

    await page.getByLabel("Name or ODS code").fill("larch");
    await page.getByRole("button", { name: "Search" }).click();
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText("Larchwood Care Home");

    await page.getByRole("link", { name: "Clear filters" }).click();
    // The cleared page has loaded before the next filter is chosen.
    await expect(page.getByLabel("Name or ODS code")).toHaveValue("");
    await page.getByLabel("Type").selectOption({ label: "Care home" });
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByText("Showing 1 to 6 of 6 organisations")).toBeVisible();

    await page.getByRole("link", { name: /^Name/ }).click();
    await expect(page.getByRole("columnheader", { name: /^Name/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await expect(rows.nth(1)).toContainText("The Elms Nursing Home");
  });

  test("a profile shows the organisation's systems and members", async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, "nurse@larchwood.example", DEMO_PASSWORD);
    await page.goto("/organisations?q=Larchwood");
    await page.getByRole("link", { name: "Larchwood Care Home" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Larchwood Care Home");
    await expect(page).toHaveTitle("Larchwood Care Home – Coalition");
    await expect(page.getByRole("term").filter({ hasText: "ODS code" })).toBeVisible();
    await expect(page.getByText("ZZC01")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Sam Okafor" })).toContainText(
      "Organisation admin",
    );
    await expectAccessible();
  });

  test("an unknown or malformed organisation id is a 404", async ({ page }) => {
    await signInAs(page, "nurse@larchwood.example", DEMO_PASSWORD);

    for (const id of ["00000000-0000-4000-8000-000000000000", "not-an-id"]) {
      const response = await page.goto(`/organisations/${id}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    }
  });
});
