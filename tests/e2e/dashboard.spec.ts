import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";

import { REPORT_SHEETS } from "@/lib/dashboard/labels";
import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

const LEAD = "lead@elmshire.example";

/** A figure of the "at a glance" cards, and the link to the list behind it. */
function glanceCard(page: Page, label: string) {
  return page
    .getByRole("list", { name: "The programme at a glance" })
    .getByRole("link", { name: new RegExp(`^\\d+ ${label}`) });
}

const figureOf = async (page: Page, label: string) =>
  Number(await glanceCard(page, label).locator("[data-figure]").textContent());

/** The total a paged list says it shows: "Showing 1 to 25 of 42 organisations". */
async function listTotal(page: Page): Promise<number> {
  const text = await page.getByRole("navigation", { name: "Pages" }).textContent();
  return Number(/of (\d+)/.exec(text ?? "")?.[1]);
}

test.describe("the programme dashboard and the board report", () => {
  test("a lead's figures match the lists behind them", async ({ page, expectAccessible }) => {
    test.setTimeout(120_000);
    await signInAs(page, LEAD, DEMO_PASSWORD);
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programme dashboard");
    await expectAccessible();

    // Other journeys add organisations and agreements while this one runs: a figure and its
    // list are compared as a pair, read again until no other journey has changed either between.
    const matchesItsList = (figure: () => Promise<number>, open: () => Promise<void>) =>
      expect
        .poll(
          async () => {
            await page.goto("/dashboard");
            const shown = await figure();
            await open();
            return (await listTotal(page)) - shown;
          },
          { timeout: 60_000 },
        )
        .toBe(0);

    expect(await figureOf(page, "Organisations")).toBeGreaterThan(0);
    await matchesItsList(
      () => figureOf(page, "Organisations"),
      async () => {
        await glanceCard(page, "Organisations").click();
        // Archived organisations (which a lead's directory can show) are not counted.
        await expect(page).toHaveURL(/\/organisations\?status=active$/);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisations");
      },
    );

    await matchesItsList(
      () => figureOf(page, "Active agreements"),
      async () => {
        await glanceCard(page, "Active agreements").click();
        await expect(page).toHaveURL(/\/agreements\?status=ACTIVE$/);
      },
    );

    // A figure of a table: draft agreements.
    const drafts = () =>
      page
        .getByRole("table", { name: "Data sharing agreements by status" })
        .getByRole("row", { name: /^Draft/ })
        .getByRole("link");
    await matchesItsList(
      async () => Number(await drafts().textContent()),
      async () => {
        await drafts().click();
        await expect(page).toHaveURL(/\/agreements\?status=DRAFT$/);
      },
    );
  });

  test("the board report prints with every chart drawn, and downloads as a spreadsheet", async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, LEAD, DEMO_PASSWORD);
    await page.goto("/dashboard");
    await page.getByRole("link", { name: /The board report/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Board report: the whole coalition",
    );
    await expectAccessible();

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /as a spreadsheet/ }).click();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await (await download).path());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([...REPORT_SHEETS]);
    expect(workbook.getWorksheet("Engagement")?.getCell("A1").value).toBe(
      "Organisations by engagement",
    );

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("link", { name: "Back to the dashboard" })).toBeHidden();
    const charts = page.locator("[data-board-report] [data-chart]");
    expect(await charts.count()).toBeGreaterThanOrEqual(5);
    for (const chart of await charts.all()) {
      const marks = await chart.evaluate(
        (frame) =>
          Array.from(frame.querySelectorAll("[data-mark]")).filter((mark) => {
            const box = mark.getBoundingClientRect();
            return box.width > 0 || box.height > 0;
          }).length,
      );
      expect(marks, (await chart.getAttribute("aria-label")) ?? "chart").toBeGreaterThan(0);
    }
    const pdf = await page.pdf({ format: "A4" });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
  });

  test("a member sees the coalition as counts, and names only from their own organisation", async ({
    page,
  }) => {
    await signInAs(page, "nurse@larchwood.example", DEMO_PASSWORD);
    await page.goto("/dashboard");
    await expect(page.getByText(/You see the coalition's figures as counts/)).toBeVisible();
    await expect(page.getByRole("link", { name: /The board report/ })).toHaveCount(0);
    await expect(
      page.getByRole("heading", { name: "Your organisations' most overdue commitments" }),
    ).toBeVisible();
    for (const item of await page.getByTestId("overdue-commitments").getByRole("listitem").all()) {
      await expect(item).toContainText("Larchwood Care Home");
    }
    expect(await figureOf(page, "Organisations")).toBeGreaterThan(0);

    expect((await page.request.get("/dashboard/report")).status()).toBe(403);
    expect((await page.request.get("/dashboard/report/export.xlsx")).status()).toBe(403);
  });
});
