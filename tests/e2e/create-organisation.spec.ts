import { randomBytes } from "node:crypto";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

// Four letters and digits, so that each run's organisation has its own name and ODS code.
const uniqueSuffix = () =>
  randomBytes(8)
    .toString("base64")
    .replace(/[^A-Za-z0-9]/g, "")
    .slice(0, 4)
    .toUpperCase();

test.describe("adding an organisation", () => {
  test("a programme lead fixes their mistakes, adds an organisation, then archives it", async ({
    page,
    expectAccessible,
  }) => {
    const suffix = uniqueSuffix();
    const name = `Brookfield Lodge ${suffix}`;
    const odsCode = `Y${suffix}`;
    await signInAs(page, "lead@elmshire.example", DEMO_PASSWORD);
    await page.goto("/organisations");
    await page.getByRole("link", { name: "Add an organisation" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add an organisation");
    await expect(page).toHaveTitle("Add an organisation – Coalition");
    await expectAccessible();

    await page.getByLabel("ODS code").fill("AB-1");
    await page.getByLabel("Postcode").fill("nowhere");
    await page.getByRole("button", { name: "Add organisation" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    for (const message of [
      "Enter the organisation's name",
      "ODS code must be 3 to 6 letters and numbers, like ZZR01",
      "Select the type of organisation",
      "Select a place",
      "Enter a real postcode, like LS1 4AP",
    ]) {
      await expect(summary.getByRole("link", { name: message })).toBeVisible();
    }
    await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expectAccessible();

    // The summary's links take the person to the field.
    await summary.getByRole("link", { name: "Select a place" }).click();
    await expect(page.getByLabel("Place")).toBeFocused();

    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Type").selectOption({ label: "Other" });
    await page.getByLabel("Place").selectOption({ label: "Westvale" });
    await page.getByLabel("Postcode").fill("wv2 3cd");
    // An ODS code that Larchwood Care Home already has: only the server can know.
    await page.getByLabel("ODS code").fill("zzc01");
    await page.getByRole("button", { name: "Add organisation" }).click();
    await expect(
      summary.getByRole("link", { name: "Another organisation has that ODS code" }),
    ).toBeVisible();
    await expect(page.getByText("Error: Another organisation has that ODS code")).toBeVisible();
    await expectAccessible();

    await page.getByLabel("ODS code").fill(odsCode.toLowerCase());
    await page.getByRole("button", { name: "Add organisation" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByRole("definition").filter({ hasText: odsCode })).toBeVisible();
    await expect(page.getByText("WV2 3CD")).toBeVisible();
    await expect(page.getByText("No systems recorded yet.")).toBeVisible();

    // Tidy up: archived organisations leave the directory and the coalition's counts.
    await page.getByRole("button", { name: "Archive organisation" }).click();
    await expect(page.getByText("This organisation is archived.")).toBeVisible();
  });

  for (const email of ["manager@larchwood.example", "nurse@larchwood.example"]) {
    test(`${email} is not offered adding organisations and is refused the page`, async ({
      page,
      expectAccessible,
    }) => {
      await signInAs(page, email, DEMO_PASSWORD);
      await page.goto("/organisations");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisations");
      await expect(page.getByRole("link", { name: "Add an organisation" })).toHaveCount(0);

      const response = await page.goto("/organisations/new");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "You do not have access to this page",
      );
      await expectAccessible();
      expect((await page.goto("/organisations/places"))?.status()).toBe(403);
    });
  }
});

test.describe("places", () => {
  test("a programme lead sees the places and is told what is wrong with a new one", async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, "lead@elmshire.example", DEMO_PASSWORD);
    await page.goto("/organisations");
    await page.getByRole("link", { name: "Places", exact: true }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Places");
    const table = page.getByRole("table", { name: "Places and their organisations" });
    await expect(table.getByRole("row", { name: /Riverside/ })).toContainText("12");
    await expectAccessible();

    await page.getByRole("button", { name: "Add place" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary.getByRole("link", { name: "Enter the place's name" })).toBeVisible();
    await expectAccessible();

    // Places are one of a kind whatever their case. (A new place would change the counts that
    // other journeys check, so adding one is covered by the integration tests.)
    await page.getByLabel("Name of the place").fill("  riverside ");
    await page.getByRole("button", { name: "Add place" }).click();
    await expect(
      summary.getByRole("link", { name: "There is already a place with that name" }),
    ).toBeVisible();
    await expectAccessible();

    await page.getByRole("link", { name: "Add an organisation" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add an organisation");
  });
});
