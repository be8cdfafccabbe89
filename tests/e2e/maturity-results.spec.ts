import { readFile } from "node:fs/promises";

import type { Browser, Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

const LARCHWOOD = "Larchwood Care Home";
const MOORSIDE = "Moorside Surgery";
const LARCHWOOD_ADMIN = "manager@larchwood.example";
const MOORSIDE_ADMIN = "practice.manager@moorside.example";
const LEAD = "lead@elmshire.example";

/** Opens an organisation's profile from the directory; returns its id. */
async function openProfile(page: Page, name: string): Promise<string> {
  await page.goto(`/organisations?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return page.url().split("/").at(-1)!;
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await browser.newPage();
  await signInAs(page, email, DEMO_PASSWORD);
  return page;
}

/** Opens the coalition's results of the round an organisation's results page shows. */
async function openRoundResults(page: Page, organisationId: string) {
  await page.goto(`/organisations/${organisationId}/maturity`);
  await page.getByRole("link", { name: /How organisations compare across the coalition/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results of 2026 Q2");
}

async function setLarchwoodSharing(page: Page, larchwood: string, share: boolean) {
  await page.goto(`/organisations/${larchwood}/maturity`);
  const button = page.getByRole("button", {
    name: share ? "Share our named results with the coalition" : "Stop sharing our named results",
  });
  if (await button.isVisible()) {
    await button.click();
    await expect(page.getByRole("status")).toContainText(share ? "now shared" : "no longer shared");
  }
}

test.describe("maturity results", () => {
  test("an organisation admin sees its scores against its peers, in a chart and a table", async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, LARCHWOOD_ADMIN, DEMO_PASSWORD);
    await openProfile(page, LARCHWOOD);
    await page.getByRole("link", { name: `Digital maturity results of ${LARCHWOOD}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Digital maturity results: ${LARCHWOOD}`,
    );

    const radar = page.getByRole("img", { name: /Radar chart of Larchwood Care Home's scores/ });
    await expect(radar).toBeVisible();
    await expect(radar.locator("svg.recharts-surface").first()).toBeVisible();
    const table = page.getByRole("table", { name: /Scores by dimension, from 1 to 5/ });
    await expect(table.getByRole("row", { name: /Well led/ })).toContainText("4.0");
    await expect(table.getByRole("columnheader", { name: "Peers' median" })).toBeVisible();
    await expect(
      page.getByRole("table", { name: /in each round of What Good Looks Like/ }),
    ).toContainText("2025 Q4");
    await expect(
      page.getByRole("heading", { name: "Who could help where you are weakest" }),
    ).toBeVisible();
    // Each weak dimension opens the peer finder on it.
    const findPeers = page.getByRole("link", { name: /^Find people who have solved this \(/ });
    const weakest = /\((.+)\)$/.exec((await findPeers.first().textContent())!)![1]!;
    const resultsUrl = page.url();
    await findPeers.first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who has solved this?");
    await expect(
      page.getByLabel("A maturity dimension you are weak on").locator("option:checked"),
    ).toHaveText(weakest);
    await page.goto(resultsUrl);

    // The round picker shows the earlier round too.
    await page.getByRole("combobox", { name: "Round" }).selectOption({ label: "2025 Q4" });
    await page.getByRole("button", { name: "Show results" }).click();
    await expect(page).toHaveURL(/round=/);
    await expect(page.getByText("2025 Q4, assessed against What Good Looks Like")).toBeVisible();
    await expectAccessible();
  });

  test("named results stay with the organisation until its admin shares them", async ({
    browser,
  }) => {
    test.slow();
    const moorside = await signedIn(browser, MOORSIDE_ADMIN);
    const larchwoodAdmin = await signedIn(browser, LARCHWOOD_ADMIN);
    const larchwood = await openProfile(moorside, LARCHWOOD);
    try {
      // Not shared: no link on the profile, and the address answers 404.
      await expect(moorside.getByRole("link", { name: /Digital maturity results/ })).toHaveCount(0);
      const refused = await moorside.request.get(`/organisations/${larchwood}/maturity`);
      expect(refused.status()).toBe(404);

      const moorsideId = await openProfile(moorside, MOORSIDE);
      await openRoundResults(moorside, moorsideId);
      await expect(moorside.getByRole("heading", { name: "Completion" })).toHaveCount(0);
      await expect(
        moorside.getByRole("heading", { name: "Organisations that share their results" }),
      ).toBeVisible();
      await expect(
        moorside.getByRole("table", { name: /Spread of Well led scores/ }),
      ).toContainText("Care home");
      await expect(moorside.getByRole("main")).not.toContainText(LARCHWOOD);
      await expect(moorside.getByRole("main")).toContainText(MOORSIDE);

      await setLarchwoodSharing(larchwoodAdmin, larchwood, true);

      await moorside.reload();
      await expect(
        moorside.getByRole("table", { name: /Scores from 1 to 5 by organisation/ }),
      ).toContainText(LARCHWOOD);
      await moorside.getByRole("link", { name: LARCHWOOD }).click();
      await expect(moorside.getByRole("heading", { level: 1 })).toHaveText(
        `Digital maturity results: ${LARCHWOOD}`,
      );
      // Only the organisation's admins choose.
      await expect(moorside.getByRole("button", { name: /sharing/ })).toHaveCount(0);
    } finally {
      await setLarchwoodSharing(larchwoodAdmin, larchwood, false);
      await moorside.close();
      await larchwoodAdmin.close();
    }
  });

  test("a lead sees every organisation, downloads the results and prints the board report", async ({
    page,
    expectAccessible,
  }) => {
    test.slow();
    await signInAs(page, LEAD, DEMO_PASSWORD);
    const larchwood = await openProfile(page, LARCHWOOD);
    await openRoundResults(page, larchwood);
    await expect(page.getByRole("heading", { name: "Completion" })).toBeVisible();
    const heatmap = page.getByRole("table", { name: /Scores from 1 to 5 by organisation/ });
    await expect(heatmap.getByRole("row", { name: new RegExp(LARCHWOOD) })).toContainText(
      "Submitted",
    );
    await expect(heatmap).toContainText("Not started");

    await heatmap.getByRole("link", { name: /^Well led/ }).click();
    await expect(page.getByRole("columnheader", { name: /Well led/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await page
      .getByRole("combobox", { name: "Type of organisation" })
      .selectOption({ label: "Care home" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByText("Showing 1 to 6 of 6 organisations")).toBeVisible();
    await expectAccessible();

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download every organisation's results as CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("maturity-results-2026-q2.csv");
    const csv = await readFile(await download.path(), "utf8");
    expect(csv).toContain(
      '"Organisation","ODS code","Type","Place","Status","Shares named results","Well led"',
    );
    expect(csv).toMatch(
      /"Larchwood Care Home","ZZC01","Care home","Northmoor","Submitted","No","4\.0"/,
    );

    await page.getByRole("link", { name: "Print the board report" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Digital maturity: 2026 Q2");
    await expect(
      page.getByRole("table", { name: /Scores from 1 to 5 by organisation/ }),
    ).toContainText(LARCHWOOD);
    await expectAccessible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("link", { name: "Back to the results" })).toBeHidden();
  });
});
