import { randomBytes } from "node:crypto";

import type { Locator, Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

const LEAD = "lead@elmshire.example";
const suffix = () => randomBytes(3).toString("hex");

/** Follows a link or presses a button from the keyboard: focus, then Enter. */
async function activate(control: Locator) {
  await control.focus();
  await control.press("Enter");
}

/** Ticks a checkbox or chooses a radio from the keyboard. */
async function tick(control: Locator) {
  await control.focus();
  await control.press("Space");
}

async function addStep(page: Page, step: { name: string; lane: string; role: string }) {
  await activate(page.getByRole("link", { name: "Add a step" }));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Add a step to");
  await page.getByLabel("Step", { exact: true }).fill(step.name);
  await page.getByLabel("Who does it").selectOption({ label: step.lane });
  await page.getByLabel("Role", { exact: true }).fill(step.role);
  await activate(page.getByRole("button", { name: "Add step" }));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Edit ");
  await expect(page.getByTestId("step-row").filter({ hasText: step.name })).toBeVisible();
}

interface FlowSpec {
  from: string;
  to: string;
  data: string[];
  mechanism: string;
  sender?: "Yes" | "No" | "Not known";
}

async function addFlow(page: Page, flow: FlowSpec) {
  await activate(page.getByRole("link", { name: "Add a flow" }));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Add an information flow");
  await page.getByLabel("From step").selectOption({ label: flow.from });
  await page.getByLabel("To step").selectOption({ label: flow.to });
  for (const data of flow.data) await tick(page.getByRole("checkbox", { name: data }));
  await page.getByLabel("Purpose").fill("Safe, joined-up care");
  await page.getByLabel("How soon").selectOption({ label: "Same day" });
  await page.getByLabel("Records a month (optional)").fill("150");
  await page.getByLabel("How it is shared").selectOption({ label: flow.mechanism });
  await page.getByLabel("Today").selectOption({ label: "Partly digital" });
  const sender = page.getByRole("group", { name: "Does the sender hold this data digitally?" });
  await tick(sender.getByRole("radio", { name: flow.sender ?? "Yes", exact: true }));
  const receiver = page.getByRole("group", {
    name: "Can the receiver take it into its own system?",
  });
  await tick(receiver.getByRole("radio", { name: "Yes", exact: true }));
  await activate(page.getByRole("button", { name: "Add flow" }));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Edit ");
}

test.describe("building a pathway", () => {
  test("a lead builds a 5-step, 4-organisation pathway with 6 flows by keyboard and forms, and publishes it", async ({
    page,
    expectAccessible,
  }) => {
    test.setTimeout(240_000);
    const name = `Falls response ${suffix()}`;
    await signInAs(page, LEAD, DEMO_PASSWORD);
    await page.goto("/pathways");
    await activate(page.getByRole("link", { name: "Start a pathway" }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start a pathway");

    // Nothing filled in: every missing field is named in the error summary.
    await activate(page.getByRole("button", { name: "Start pathway" }));
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary.getByRole("link", { name: "Enter the pathway's name" })).toBeVisible();
    await expectAccessible();

    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Population or condition").fill("Older people who fall at home");
    await page.getByLabel("Purpose").fill("Get help to people who fall, and stop the next fall.");
    await activate(page.getByRole("button", { name: "Start pathway" }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit ${name}`);

    const steps = [
      {
        name: "Attend the fall",
        lane: "Mid-Shires Ambulance Service NHS Trust (ZZR05)",
        role: "Paramedic",
      },
      {
        name: "Treat in the emergency department",
        lane: "Elmshire Royal Hospitals NHS Trust (ZZR01)",
        role: "Emergency nurse",
      },
      {
        name: "Falls clinic",
        lane: "Elmshire Royal Hospitals NHS Trust (ZZR01)",
        role: "Falls specialist",
      },
      { name: "Review at the practice", lane: "Moorside Surgery (Z90001)", role: "GP" },
      { name: "Back at the care home", lane: "Larchwood Care Home (ZZC01)", role: "Senior carer" },
    ];
    for (const step of steps) await addStep(page, step);

    const label = (index: number) => {
      const step = steps[index]!;
      return `${index + 1}. ${step.name} (${step.lane.replace(/ \([A-Z0-9]+\)$/, "")})`;
    };

    // A flow needs kinds of data, and cannot go from a step to itself.
    await activate(page.getByRole("link", { name: "Add a flow" }));
    await page.getByLabel("From step").selectOption({ label: label(0) });
    await page.getByLabel("To step").selectOption({ label: label(0) });
    await activate(page.getByRole("button", { name: "Add flow" }));
    for (const message of [
      "Select at least one kind of data",
      "A flow must go to a different step from the one that sends it",
    ]) {
      await expect(summary.getByRole("link", { name: message })).toBeVisible();
    }
    await expectAccessible();
    await activate(page.getByRole("link", { name: "Cancel" }));

    const flows: FlowSpec[] = [
      {
        from: label(0),
        to: label(1),
        data: ["Encounters and events", "Assessments"],
        mechanism: "API (such as FHIR)",
      },
      {
        from: label(1),
        to: label(2),
        data: ["Problems and diagnoses"],
        mechanism: "Shared care record view",
      },
      {
        from: label(1),
        to: label(3),
        data: ["Medications and medical devices"],
        mechanism: "Message (such as HL7 v2 or MESH)",
      },
      { from: label(2), to: label(3), data: ["Assessments"], mechanism: "Secure email" },
      { from: label(3), to: label(4), data: ["Care and support plans"], mechanism: "Phone" },
      { from: label(4), to: label(0), data: ["Alerts"], mechanism: "Paper or post", sender: "No" },
    ];
    for (const flow of flows) await addFlow(page, flow);
    await expect(page.getByTestId("flow-row")).toHaveCount(6);

    // The map draws every step in its organisation's lane, and every flow.
    const canvas = page.getByTestId("pathway-canvas");
    await expect(canvas.locator(".react-flow__node-step")).toHaveCount(5);
    await expect(canvas.locator(".react-flow__node-lane")).toHaveCount(4);
    await expect(canvas.locator(".react-flow__edge")).toHaveCount(6);
    // The flow from paper is blocked, and so is every flow between two organisations that no
    // agreement covers: all but the one that stays within the hospital.
    await expect(page.getByTestId("readiness-BLOCKED")).toHaveText("5 flows");
    await expectAccessible();

    // Move the last step earlier with the steps table's button.
    const rows = page.getByTestId("step-row");
    await activate(page.getByRole("button", { name: "Move earlier: Back at the care home" }));
    await expect(rows.nth(3)).toContainText("Back at the care home");
    await expect(rows.nth(4)).toContainText("Review at the practice");

    await activate(page.getByRole("link", { name: "Publish" }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Publish ${name}`);
    await expectAccessible();
    await activate(page.getByRole("button", { name: "Publish version 1" }));
    await expect(page.getByText("Version 1 is published.")).toBeVisible();
    await expect(page.getByTestId("pathway-status")).toHaveText("Published");
    await expect(page.getByTestId("flow-row")).toHaveCount(6);
    await expectAccessible();

    // The flows table as CSV and the whole pathway as BPMN, from the pathway's export links.
    const exports = page.getByRole("navigation", { name: "Export this pathway" });
    const download = async (label: string) => {
      const href = await exports.getByRole("link", { name: label }).getAttribute("href");
      const response = await page.request.get(href!);
      expect(response.status(), label).toBe(200);
      return response.text();
    };
    const csv = await download("Flows table (CSV)");
    expect(csv.trim().split(/\r?\n/)).toHaveLength(7);
    expect(csv).toContain("Attend the fall");
    const bpmn = await download("BPMN 2.0 (XML)");
    expect(bpmn).toContain("<bpmn:collaboration");
    expect(bpmn.match(/<bpmn:participant /g)).toHaveLength(4);
    expect(bpmn.match(/<bpmn:task /g)).toHaveLength(5);

    // A member now reads it, and is offered no way to change it.
    const pathwayPath = new URL(page.url()).pathname;
    const member = await page.context().browser()!.newPage();
    try {
      await signInAs(member, "nurse@larchwood.example", DEMO_PASSWORD);
      await member.goto(pathwayPath);
      await expect(member.getByRole("heading", { level: 1 })).toHaveText(name);
      await expect(member.getByRole("link", { name: "Edit pathway" })).toHaveCount(0);
      for (const path of [
        `${pathwayPath}/edit`,
        `${pathwayPath}/steps/new`,
        `${pathwayPath}/publish`,
        "/pathways/new",
      ]) {
        expect((await member.goto(path))?.status(), path).toBe(403);
      }
    } finally {
      await member.close();
    }
  });
});

test.describe("editing together", () => {
  test("a step changed by someone else meanwhile is not overwritten, and the editor says why", async ({
    page,
    browser,
  }) => {
    await signInAs(page, LEAD, DEMO_PASSWORD);
    await page.goto("/pathways?archived=0");
    await page.getByRole("link", { name: "End of life care at home" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("End of life care at home");
    await page.getByRole("link", { name: "Edit pathway" }).click();
    await page.getByRole("link", { name: "Change Respond out of hours" }).click();
    await expect(page.getByLabel("Role", { exact: true })).toHaveValue("Paramedic");

    const other = await browser.newPage();
    try {
      await signInAs(other, "admin@elmshire.example", DEMO_PASSWORD);
      await other.goto(page.url());
      await other.getByLabel("Setting (optional)").fill(`Person's home ${suffix()}`);
      await other.getByRole("button", { name: "Save step" }).click();
      await expect(other.getByRole("alert", { name: "There is a problem" })).toHaveCount(0);
      await expect(other.getByRole("heading", { level: 1 })).toContainText("Edit ", {
        timeout: 20_000,
      });
    } finally {
      await other.close();
    }

    await page.getByLabel("Role", { exact: true }).fill("Out-of-hours paramedic");
    await page.getByRole("button", { name: "Save step" }).click();
    await expect(
      page
        .getByRole("alert", { name: "There is a problem" })
        .getByText(/Someone else changed this step since you opened it/),
    ).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Role", { exact: true })).toHaveValue("Paramedic");
    await expect(page.getByLabel("Setting (optional)")).toHaveValue(/^Person's home /);
  });

  test("removing a step that flows use lists those flows first and removes them with it", async ({
    page,
  }) => {
    await signInAs(page, LEAD, DEMO_PASSWORD);
    await page.goto("/pathways/new");
    const name = `Removal ${suffix()}`;
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Population or condition").fill("Anyone");
    await page.getByLabel("Purpose").fill("To show removal");
    await page.getByRole("button", { name: "Start pathway" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit ${name}`);
    await addStep(page, { name: "Send", lane: "Any GP practice", role: "GP" });
    await addStep(page, { name: "Receive", lane: "Any care home", role: "Carer" });
    await addFlow(page, {
      from: "1. Send (Any GP practice)",
      to: "2. Receive (Any care home)",
      data: ["Alerts"],
      mechanism: "Portal access",
    });
    await page.getByRole("link", { name: "Remove Send" }).click();
    await expect(
      page.getByText("1 information flow uses this step and will be removed with it:"),
    ).toBeVisible();
    await page.getByRole("button", { name: "Remove step and its flows" }).click();
    await expect(page.getByTestId("step-row")).toHaveCount(1);
    await expect(page.getByText("No information flows yet.", { exact: true })).toBeVisible();
  });

  test("dragging a step on the map to the first place saves the new order at once", async ({
    page,
  }) => {
    await signInAs(page, LEAD, DEMO_PASSWORD);
    await page.goto("/pathways/new");
    const name = `Drag ${suffix()}`;
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Population or condition").fill("Anyone");
    await page.getByLabel("Purpose").fill("To show dragging");
    await page.getByRole("button", { name: "Start pathway" }).click();
    await addStep(page, { name: "First", lane: "Any GP practice", role: "GP" });
    await addStep(page, { name: "Second", lane: "Any care home", role: "Carer" });

    const canvas = page.getByTestId("pathway-canvas");
    const second = canvas.locator(".react-flow__node-step", { hasText: "Second" });
    const first = canvas.locator(".react-flow__node-step", { hasText: "First" });
    await canvas.scrollIntoViewIfNeeded();
    await expect(second).toBeInViewport();
    await expect(first).toBeInViewport();
    const from = (await second.boundingBox())!;
    const to = (await first.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2 - 20, from.y + from.height / 2, { steps: 12 });
    await page.mouse.up();
    await expect(
      page.getByRole("status").filter({ hasText: "Moved “Second”. Saved." }),
    ).toBeVisible();
    await expect(page.getByTestId("step-row").first()).toContainText("Second");
  });
});
