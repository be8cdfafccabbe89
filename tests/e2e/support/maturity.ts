import type { Page } from "@playwright/test";

import { expect } from "../fixtures";

// Steps of the digital maturity journeys that more than one spec takes, as a lead would.

/** A lead adds a throwaway care home, so that rounds invite nobody the demo accounts rely on. */
export async function addCareHome(page: Page, name: string): Promise<string> {
  await page.goto("/organisations/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Type").selectOption({ label: "Care home" });
  await page.getByLabel("Place").selectOption({ label: "Westvale" });
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return page.url().split("/").at(-1)!;
}

const day = (offset: number) =>
  new Date(Date.now() + offset * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/**
 * A lead opens a round of What Good Looks Like for one organisation only, open from today for
 * four weeks; answers with the round's id.
 */
export async function openRoundFor(
  page: Page,
  details: { organisation: string; round: string },
): Promise<string> {
  await page.goto("/maturity/rounds/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open an assessment round");
  await page.getByLabel("Name of the round").fill(details.round);
  await page.getByLabel("Framework").selectOption({ label: "What Good Looks Like" });
  const picker = page.getByRole("group", { name: "Also invite these organisations (optional)" });
  await picker.getByLabel("Search by name or code").fill(details.organisation);
  await picker.getByRole("checkbox", { name: `${details.organisation} (Care home)` }).check();
  await page.getByLabel("Opens on").fill(day(0));
  await page.getByLabel("Closes on").fill(day(28));
  await page.getByRole("button", { name: "Open round" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(details.round, {
    timeout: 15_000,
  });
  return page.url().split("/").at(-1)!;
}
