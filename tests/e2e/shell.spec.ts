import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

test.describe("the service shell", () => {
  test("home page shows the demo coalition inside the NHS.UK layout", async ({
    page,
    expectAccessible,
  }) => {
    await page.goto("/");

    await expect(page).toHaveTitle("Coalition");
    await expect(
      page.getByRole("banner").getByRole("link", { name: "Coalition: home" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Share care information across the coalition",
    );
    await expect(page.getByText(/42\s+organisations across\s+4\s+places/)).toBeVisible();
    const byPlace = page.getByRole("table", { name: "Organisations by place" });
    await expect(byPlace.getByRole("row", { name: /Riverside/ })).toContainText("12");
    await expect(page.getByRole("contentinfo")).toBeVisible();
    await expectAccessible();
  });

  test("navigation lists only areas that exist and marks the current one", async ({ page }) => {
    await page.goto("/about");

    const nav = page.getByRole("navigation", { name: "Primary" });
    await expect(nav.getByRole("link")).toHaveText(["Home", "About"]);
    await expect(nav.getByRole("link", { name: "About" })).toHaveAttribute("aria-current", "page");
    await nav.getByRole("link", { name: "Home" }).click();
    await expect(page).toHaveURL("/");
    await expect(nav.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
  });

  test("a page view asks the server for nothing more: its links in view are not prefetched", async ({
    page,
  }) => {
    await signInAs(page, "lead@elmshire.example", DEMO_PASSWORD);
    const prefetches: string[] = [];
    page.on("request", (request) => {
      if (request.headers()["next-router-prefetch"]) prefetches.push(request.url());
    });
    // The directory: the lead's whole navigation, sort links and a page of organisations in view.
    await page.goto("/organisations");
    await page.waitForLoadState("networkidle");
    expect(prefetches).toEqual([]);

    // Following a link still works, and still asks for nothing ahead.
    await page
      .getByRole("navigation", { name: "Primary" })
      .getByRole("link", { name: "Pathways" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pathways");
    await page.waitForLoadState("networkidle");
    expect(prefetches).toEqual([]);
  });

  test("about page is accessible", async ({ page, expectAccessible }) => {
    await page.goto("/about");

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("About this service");
    await expectAccessible();
  });

  test("the skip link is the first stop and moves focus to the main content", async ({ page }) => {
    await page.goto("/");

    await page.keyboard.press("Tab");
    const skipLink = page.getByRole("link", { name: "Skip to main content" });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });

  test("keyboard focus is yellow with dark text", async ({ page }) => {
    await page.goto("/");

    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const focused = page.getByRole("banner").getByRole("link", { name: "Coalition: home" });
    await expect(focused).toBeFocused();
    await expect(focused).toHaveCSS("background-color", "rgb(255, 235, 59)");
    await expect(focused).toHaveCSS("color", "rgb(33, 43, 50)");
  });

  test("text is set in Frutiger with Arial as the fallback", async ({ page }) => {
    await page.goto("/");

    await expect(page.locator("body")).toHaveCSS("font-family", /^"Frutiger W01", Frutiger, Arial/);
    await expect(page.getByRole("banner")).toHaveCSS("background-color", "rgb(0, 94, 184)");
  });
});
