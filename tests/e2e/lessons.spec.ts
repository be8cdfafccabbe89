import { randomBytes } from "node:crypto";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

const MANAGER = "manager@larchwood.example";
const DISCHARGE = "Hospital discharge home with a care package";
const STEP = "Start the care package";

/** A made-up word, in letters only, that nothing else in the demo data holds. */
const uniqueWord = () =>
  `quill${[...randomBytes(4).toString("hex")].map((c) => "abcdefghijklmnop"["0123456789abcdef".indexOf(c)]).join("")}`;

test.describe("lessons learned", () => {
  test("a care-home manager records a lesson on their system and a step; the step, search and the peer finder find it", async ({
    page,
    browser,
    expectAccessible,
  }) => {
    const word = uniqueWord();
    const title = `Hoist training records in Tendly Care ${word}`;
    await signInAs(page, MANAGER, DEMO_PASSWORD);
    await page.goto("/lessons/new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Record a lesson learned");
    await expectAccessible();

    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Worked", { exact: true }).check();
    await page.getByLabel("Who it is for").fill("care homes recording moving and handling");
    await page
      .locator('[id="systems.0.category"]')
      .selectOption({ label: "Digital social care record" });
    await page.locator('[id="systems.0.supplier"]').fill("Tendly");
    await page.locator('[id="systems.0.product"]').fill("Tendly Care");
    await page.getByLabel("Pathway step (optional)").selectOption({ label: `3. ${STEP}` });
    await page
      .getByLabel("What we tried")
      .fill(`Logged every hoist check in the app, ${word} style.`);
    await page.getByLabel("What happened").fill("Checks were never missed on handover.");
    await page
      .getByLabel("Why", { exact: true })
      .fill("The reminder came up on the carer's phone.");
    await page.getByLabel("What we recommend").fill("Put equipment checks in the care record.");
    await page.getByRole("button", { name: "Record the lesson" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("The lesson has been saved.")).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Tendly Care");
    await expect(page.getByRole("link", { name: DISCHARGE })).toBeVisible();

    // On the step's row of the pathway page.
    await page.goto("/pathways");
    await page.getByRole("link", { name: DISCHARGE }).click();
    await page.getByRole("link", { name: new RegExp(`lessons? about ${STEP}$`) }).click();
    await expect(page.getByRole("link", { name: title })).toBeVisible();

    // Search finds it by a word of its body, and by a misspelt system name.
    await page.goto(`/lessons?q=${word}`);
    await expect(page.getByRole("status")).toHaveText("1 lesson");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await expect(page.locator("mark", { hasText: word })).toBeVisible();
    await page.goto("/lessons?q=Tendlly");
    await expect(page.getByRole("link", { name: title })).toBeVisible();

    // Another organisation's lead finds Larchwood, and its manager, in the peer finder.
    const lead = await browser.newPage();
    try {
      await signInAs(lead, "lead@elmshire.example", DEMO_PASSWORD);
      await lead.goto("/peers");
      await lead.getByLabel("A system").selectOption("Tendly Care");
      await lead.getByRole("button", { name: "Find peers" }).click();
      const organisations = lead.getByRole("region", { name: "Organisations" });
      const larchwood = lead
        .getByRole("listitem")
        .filter({ hasText: "Larchwood Care Home" })
        .first();
      await expect(larchwood).toContainText("Wrote 1 lesson on Tendly Care");
      const manager = lead.getByRole("listitem").filter({ hasText: "Sam Okafor" }).first();
      await expect(manager).toContainText("Wrote 1 lesson on Tendly Care");
      await expect(
        manager.getByRole("link", { name: "Send Sam Okafor a private message" }),
      ).toHaveAttribute("href", /^\/forums\/messages\/new\?to=/);
      await expect(lead.getByRole("main")).not.toContainText(MANAGER);
      await expect(organisations).toBeVisible();
    } finally {
      await lead.close();
    }
  });
});
