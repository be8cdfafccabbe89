import { randomBytes } from "node:crypto";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";
import { addCareHome } from "./support/maturity";

const LEAD = "lead@elmshire.example";
const ICB = "NHS Elmshire Integrated Care Board";

const day = (offset: number) =>
  new Date(Date.now() + offset * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

test.describe("choosing the organisations a round invites", () => {
  test("a lead names a round, searches, ticks one by name and a whole type, and opens it", async ({
    page,
    expectAccessible,
  }) => {
    const suffix = randomBytes(3).toString("hex");
    const home = `Picker Lodge ${suffix}`;
    const round = `Picked round ${suffix}`;
    await signInAs(page, LEAD, DEMO_PASSWORD);
    await addCareHome(page, home);

    await page.goto("/maturity/rounds/new");
    await page.getByLabel("Name of the round").fill(round);
    await page
      .getByLabel("Framework")
      .selectOption({ label: "Socio-organisational readiness for shared care" });
    const picker = page.getByRole("group", { name: "Also invite these organisations (optional)" });
    const search = picker.getByLabel("Search by name or code");

    // Searching narrows the list as you type, and keeps the name already typed.
    await search.fill(`picker lodge ${suffix}`);
    await expect(picker.getByRole("checkbox")).toHaveCount(1);
    await search.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open an assessment round");
    await picker.getByRole("checkbox", { name: `${home} (Care home)` }).check();
    await expect(page.getByLabel("Name of the round")).toHaveValue(round);
    await expect(picker.getByTestId("organisationIds-count")).toContainText("1 selected");

    // A search that finds nothing says so; clearing it shows every organisation, still ticked.
    await search.fill("no organisation is called this");
    await expect(picker.getByText("No organisations match")).toBeVisible();
    await search.fill("");
    await expect(picker.getByRole("checkbox", { name: `${home} (Care home)` })).toBeChecked();
    expect(await picker.getByRole("checkbox").count()).toBeGreaterThan(40);

    // A whole type at once, and it can be cleared again.
    const byType = picker.getByRole("button", { name: /^All Integrated care board \(\d+\)$/ });
    await byType.click();
    await expect(
      picker.getByRole("checkbox", { name: `${ICB} (Integrated care board)` }),
    ).toBeChecked();
    await expect(picker.getByTestId("organisationIds-count")).toContainText("2 selected");
    await picker.getByRole("button", { name: /^Clear Integrated care board/ }).click();
    await expect(picker.getByTestId("organisationIds-count")).toContainText("1 selected");
    await byType.click();
    await expect(picker.getByTestId("organisationIds-count")).toContainText("2 selected");
    await expectAccessible();

    // Upcoming, so that nobody's in-tray changes for the other journeys.
    await page.getByLabel("Opens on").fill(day(60));
    await page.getByLabel("Closes on").fill(day(90));
    await page.getByRole("button", { name: "Open round" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(round, { timeout: 15_000 });
    const assessments = page.getByRole("table", { name: `Assessments in ${round}` });
    await expect(assessments.getByRole("row")).toHaveCount(3);
    await expect(assessments).toContainText(home);
    await expect(assessments).toContainText(ICB);
  });

  test("without JavaScript the picker is a plain list of checkboxes", async ({ page, browser }) => {
    await signInAs(page, LEAD, DEMO_PASSWORD);
    const context = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await page.context().storageState(),
    });
    const plain = await context.newPage();
    await plain.goto(new URL("/maturity/rounds/new", page.url()).toString());
    const picker = plain.getByRole("group", { name: "Also invite these organisations (optional)" });
    expect(await picker.getByRole("checkbox").count()).toBeGreaterThan(40);
    await expect(picker.getByLabel("Search by name or code")).toHaveCount(0);
    const first = picker.getByRole("checkbox").first();
    await first.check();
    await expect(first).toBeChecked();
    await context.close();
  });
});
