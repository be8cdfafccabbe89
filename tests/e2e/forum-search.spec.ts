import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

// Searching the demo forums: their conversations speak of discharge summaries sent to GP
// practices, and a demo lesson's discussion of a care home moving to Tendly Care.

test("a member finds posts by a word in their body and by a misspelt system name", async ({
  page,
  expectAccessible,
}) => {
  await signInAs(page, "nurse@larchwood.example", DEMO_PASSWORD);
  await page.goto("/forums/search");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search the forums");
  await expect(page.getByText("Type a word or a phrase to search")).toBeVisible();

  const searchBox = page.getByRole("searchbox", { name: "Words to find" });
  await searchBox.fill("discharge summary");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/forums\/search\?q=discharge\+summary/);
  const results = page.getByRole("list", { name: "Results" }).getByRole("listitem");
  await expect(results.first()).toBeVisible();
  await expect(results.first().locator("mark").first()).toHaveText(/discharge|summar/i);
  await expectAccessible();

  await searchBox.fill("Tendlly");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=Tendlly/);
  await expect(
    page
      .getByRole("list", { name: "Results" })
      .getByRole("link", { name: /Tendly Care/ })
      .first(),
  ).toBeVisible();

  await searchBox.fill("qqxxzzy");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: 'No results for "qqxxzzy"' })).toBeVisible();
});
