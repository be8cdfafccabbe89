import { randomBytes } from "node:crypto";

import type { Locator, Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

const LEAD = "lead@elmshire.example";
const DEMO_PATHWAY = "Hospital discharge home with a care package";

/** The size text is drawn at on screen: its font size times the map's zoom. */
async function drawnFontSizes(canvas: Locator, selector: string): Promise<number[]> {
  return canvas.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const viewport = element.closest(".react-flow__viewport");
      const scale = viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a : 1;
      return parseFloat(getComputedStyle(element).fontSize) * scale;
    }),
  );
}

async function openDemoPathway(page: Page) {
  await page.goto("/pathways");
  await page.getByRole("link", { name: DEMO_PATHWAY }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_PATHWAY);
}

test.describe("the pathway map", () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAs(page, LEAD, DEMO_PASSWORD);
  });

  test("reads at full size across the screen, with a key to its lines", async ({
    page,
    expectAccessible,
  }) => {
    await openDemoPathway(page);

    // The map takes the screen's width, not the reading column's 900 px.
    const section = (await page.getByTestId("map-section").boundingBox())!;
    expect(section.width).toBeGreaterThan(1150);

    const canvas = page.getByTestId("pathway-canvas");
    await expect(canvas.locator(".react-flow__node-step")).toHaveCount(5);
    const steps = await drawnFontSizes(canvas, "[data-testid=map-step-name]");
    expect(steps).toHaveLength(5);
    for (const size of steps) expect(size).toBeGreaterThanOrEqual(12);
    const labels = await drawnFontSizes(canvas, ".pathway-flow-label text");
    expect(labels.length).toBeGreaterThan(0);
    for (const size of labels) expect(size).toBeGreaterThanOrEqual(12);

    const legend = page.getByTestId("map-legend").first();
    for (const line of ["Ready flow", "At risk flow", "Blocked flow"]) {
      await expect(legend.getByText(line)).toBeVisible();
    }
    // Every flow is drawn, and a read-only map offers no connection handles and no adding.
    await expect(canvas.locator(".react-flow__edge")).toHaveCount(5);
    for (const handle of await canvas.locator(".react-flow__handle").all()) {
      await expect(handle).toBeHidden();
    }
    await expect(canvas.getByRole("link", { name: /Add step/ })).toHaveCount(0);
    await expectAccessible();

    // On a phone the map scrolls inside itself; the page is no wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(canvas).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });

  test("a lead adds steps from the map, and its handles are big enough to hit", async ({
    page,
    expectAccessible,
  }) => {
    await page.goto("/pathways/new");
    const name = `Map ${randomBytes(3).toString("hex")}`;
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Population or condition").fill("Anyone");
    await page.getByLabel("Purpose").fill("To add steps from the map");
    await page.getByRole("button", { name: "Start pathway" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit ${name}`);

    const canvas = page.getByTestId("pathway-canvas");
    // From the keyboard: focus the map's link, then Enter.
    await canvas.getByRole("link", { name: "Add step", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Add a step to");
    await page.getByLabel("Step", { exact: true }).fill("Call the practice");
    await page.getByLabel("Who does it").selectOption({ label: "Any GP practice" });
    await page.getByLabel("Role", { exact: true }).fill("Receptionist");
    await page.getByRole("button", { name: "Add step" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit ${name}`);
    await expect(
      canvas.locator(".react-flow__node-step", { hasText: "Call the practice" }),
    ).toBeVisible();

    // A lane's own link opens the same form with its lane chosen.
    await canvas.getByRole("link", { name: "Add step here in Any GP practice" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Who does it")).toHaveValue("type:GP_PRACTICE");
    await page.getByLabel("Step", { exact: true }).fill("See the GP");
    await page.getByLabel("Role", { exact: true }).fill("GP");
    await page.getByRole("button", { name: "Add step" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit ${name}`);
    await expect(canvas.locator(".react-flow__node-step")).toHaveCount(2);

    const handles = canvas.locator(".react-flow__handle");
    await expect(handles).toHaveCount(4);
    for (const handle of await handles.all()) {
      const box = (await handle.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    await expectAccessible();
  });

  test("full screen opens and closes from the keyboard, and focus follows", async ({
    page,
    expectAccessible,
  }) => {
    await openDemoPathway(page);
    await page.getByRole("link", { name: "Edit pathway" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit ${DEMO_PATHWAY}`);

    const open = page.getByRole("button", { name: "Open the map full screen" });
    await open.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Map" });
    await expect(dialog).toBeVisible();
    const leave = dialog.getByRole("button", { name: "Leave full screen" });
    await expect(leave).toBeFocused();
    const box = (await dialog.getByTestId("pathway-canvas").boundingBox())!;
    expect(box.width).toBeGreaterThan(1200);
    expect(box.height).toBeGreaterThan(600);
    await expectAccessible();

    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
    await expect(page.getByTestId("pathway-canvas")).toBeVisible();

    await page.keyboard.press("Enter");
    await expect(leave).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
  });
});
