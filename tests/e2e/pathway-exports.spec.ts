import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";
import { demoPathwayFile } from "./support/pathway-file";

const LEAD = "lead@elmshire.example";
const PATHWAY_URL = /\/pathways\/([0-9a-f-]{36})$/;

test.describe("importing and exporting pathways", () => {
  test("a lead imports a pathway file, then exports it in every format", async ({
    page,
    expectAccessible,
  }) => {
    // A long journey: three forms, three accessibility checks and five downloads.
    test.slow();
    await signInAs(page, LEAD, DEMO_PASSWORD);
    await page.goto("/pathways/import");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import a pathway");
    await expectAccessible();

    // No file: a clear error, linked to the field.
    await page.getByRole("button", { name: "Import pathway" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary.getByRole("link", { name: "Select a pathway file (JSON)" })).toBeVisible();

    // An organisation the coalition lacks: every problem listed, nothing created.
    const unknown = demoPathwayFile({ moorsideOdsCode: "ZZZ99" });
    unknown.file.lanes[0]!.organisation!.name = "Nowhere Surgery";
    unknown.file.flows[0]!.dataCategories = ["Star signs"];
    await page.getByLabel("Pathway file (JSON)").setInputFiles({
      name: "unknown.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(unknown.file)),
    });
    await page.getByRole("button", { name: "Import pathway" }).click();
    const problems = page.getByTestId("import-problems");
    await expect(problems).toContainText(
      'Organisation "Nowhere Surgery" (ODS code ZZZ99): no organisation in the coalition has this ODS code or name.',
    );
    await expect(problems).toContainText(
      `These kinds of data are not in the coalition's list: "Star signs".`,
    );
    await expectAccessible();

    // A good file: a new draft, opened at its own address.
    const { name, file, buffer } = demoPathwayFile();
    await page.getByLabel("Pathway file (JSON)").setInputFiles({
      name: "pathway.json",
      mimeType: "application/json",
      buffer,
    });
    await page.getByRole("button", { name: "Import pathway" }).click();
    await page.waitForURL(PATHWAY_URL);
    const pathwayId = PATHWAY_URL.exec(new URL(page.url()).pathname)![1]!;

    // The print view shows the pathway, its map and its flows, and passes axe.
    await page.goto(`/pathways/${pathwayId}/print`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByRole("img", { name })).toBeVisible();
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText("Admit resident");
    await expect(rows.nth(1)).toContainText("Blocked");
    await expect(rows.nth(1)).toContainText(
      "The receiver has nowhere for the data to land in its own system.",
    );
    await expectAccessible();

    // Each export link on the print view downloads its file.
    const download = async (label: string, type: string) => {
      const href = await page.getByRole("link", { name: label }).getAttribute("href");
      expect(href).toBe(
        `/pathways/${pathwayId}/export/${
          {
            "Flows table (CSV)": "flows.csv",
            "Map (SVG)": "map.svg",
            "Map (PNG)": "map.png",
            "BPMN 2.0 (XML)": "pathway.bpmn",
            "Pathway file (JSON)": "pathway.json",
          }[label]
        }`,
      );
      const response = await page.request.get(href!);
      expect(response.status(), label).toBe(200);
      expect(response.headers()["content-type"], label).toBe(type);
      expect(response.headers()["content-disposition"], label).toMatch(
        /^attachment; filename="care-home-medicines-review-[0-9a-f]{6}-draft[a-z-]*\.[a-z]+"$/,
      );
      return response;
    };

    const csv = await (await download("Flows table (CSV)", "text/csv; charset=utf-8")).text();
    expect(csv).toContain('"Admit resident","Larchwood Care Home","Structured medication review"');
    expect(csv).toContain('"Blocked"');

    const svg = await (await download("Map (SVG)", "image/svg+xml; charset=utf-8")).text();
    expect(svg).toContain("<svg");
    expect(svg).toContain(name.replace("<", "&lt;").replace(">", "&gt;"));
    expect(svg).not.toContain(name);

    const png = await (await download("Map (PNG)", "image/png")).body();
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.length).toBeGreaterThan(5_000);

    const bpmn = await (await download("BPMN 2.0 (XML)", "application/xml; charset=utf-8")).text();
    expect(bpmn).toContain('name="Moorside Surgery"');
    expect(bpmn).toContain('name="Structured medication review"');
    expect(bpmn.match(/<bpmn:messageFlow /g)).toHaveLength(2);

    const exported = (await (
      await download("Pathway file (JSON)", "application/json; charset=utf-8")
    ).json()) as typeof file;
    expect(exported.pathway).toEqual(file.pathway);
    expect(exported.steps.map((step) => [step.name, step.performerRole])).toEqual(
      file.steps.map((step) => [step.name, step.performerRole]),
    );
    expect(exported.lanes.map((lane) => lane.organisation?.name ?? lane.organisationType)).toEqual([
      "Larchwood Care Home",
      "Moorside Surgery",
      "PHARMACY",
    ]);
    expect(exported.flows).toHaveLength(2);
  });

  test("a member is refused the import page, and sees nothing of a draft", async ({ page }) => {
    await signInAs(page, "nurse@larchwood.example", DEMO_PASSWORD);
    const response = await page.goto("/pathways/import");
    expect(response?.status()).toBe(403);
    const missing = await page.request.get(
      "/pathways/00000000-0000-4000-8000-000000000000/export/pathway.json",
    );
    expect(missing.status()).toBe(404);
  });
});
