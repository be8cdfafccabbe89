import { expect, type Page } from "@playwright/test";

// What a page must do besides passing axe: no console errors or uncaught exceptions, no report
// of a Content-Security-Policy violation (inline styles included), no sideways scrolling on a
// phone, and every chart drawn. Playwright passes a page that logs errors, and axe passes an
// empty chart frame that has a label, so each of these is checked here.

/** The width of a small phone: no page may be wider than this. */
export const PHONE_WIDTH = 390;

declare global {
  interface Window {
    __policyViolations?: string[];
  }
}

export interface PageWatch {
  /** Console errors, uncaught exceptions and policy violations seen so far. */
  problems: () => Promise<string[]>;
}

/**
 * Starts watching a page: call before the first navigation. `expectedStatus` is the status of a
 * page that answers with an error on purpose, whose own "failed to load" console line is fine.
 */
export async function watchPage(page: Page, expectedStatus?: number): Promise<PageWatch> {
  const logged: string[] = [];
  const allowed = expectedStatus
    ? `the server responded with a status of ${expectedStatus}`
    : undefined;
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (allowed && text.includes(allowed)) return;
    logged.push(`console: ${text}`);
  });
  page.on("pageerror", (error) => logged.push(`uncaught: ${error.message}`));
  // Registered before any of the page's own scripts, so that no report is missed.
  await page.addInitScript(() => {
    window.__policyViolations = [];
    document.addEventListener(
      "securitypolicyviolation",
      (event) => {
        window.__policyViolations?.push(
          `policy: ${event.effectiveDirective} refused ${event.blockedURI || "inline"} at ${event.sourceFile || event.documentURI}:${event.lineNumber}`,
        );
      },
      true,
    );
  });
  return {
    problems: async () => {
      const reported = await page.evaluate(() => window.__policyViolations ?? []);
      return [...logged, ...reported];
    },
  };
}

/** Every chart frame holds a drawing of non-zero size with marks on it. Returns how many. */
export async function expectChartsDrawn(page: Page, atLeast = 0): Promise<number> {
  const charts = page.locator("[data-chart]");
  if (atLeast > 0) await expect(charts).toHaveCount(atLeast);
  const count = await charts.count();
  for (let index = 0; index < count; index += 1) {
    const chart = charts.nth(index);
    // Charts are drawn in the browser after hydration.
    await expect(chart.locator("svg").first()).toBeVisible();
    const drawing = await chart.evaluate((frame) => {
      const svg = frame.querySelector("svg");
      const box = svg?.getBoundingClientRect();
      const marks = svg?.querySelectorAll("path, line, polyline, polygon, rect, circle").length;
      return { width: box?.width ?? 0, height: box?.height ?? 0, marks: marks ?? 0 };
    });
    const name = (await chart.getAttribute("aria-label")) ?? `chart ${index + 1}`;
    expect(drawing.width, `${name}: width`).toBeGreaterThan(0);
    expect(drawing.height, `${name}: height`).toBeGreaterThan(0);
    expect(drawing.marks, `${name}: marks`).toBeGreaterThan(0);
  }
  return count;
}

/** At a phone's width the document is no wider than the screen: wide tables scroll inside. */
export async function expectFitsPhone(page: Page) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: PHONE_WIDTH, height: size?.height ?? 800 });
  // Charts measure their own box and draw again a moment after a resize: give them that moment
  // (a page that stays too wide still fails below, naming what sticks out).
  await page
    .waitForFunction((limit) => document.documentElement.scrollWidth <= limit, PHONE_WIDTH, {
      timeout: 3_000,
    })
    .catch(() => undefined);
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.scrollWidth;
    // Name the widest elements that stick out, to say what to fix.
    const culprits = Array.from(document.body.querySelectorAll("*"))
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .filter((element) => !element.parentElement?.closest("[data-scroll-region]"))
      .slice(0, 5)
      .map((element) => {
        const id = element.id ? `#${element.id}` : "";
        const classes = element.classList.length
          ? `.${Array.from(element.classList).slice(0, 3).join(".")}`
          : "";
        return `${element.tagName.toLowerCase()}${id}${classes}`;
      });
    return { width, culprits };
  });
  expect(
    overflow.width,
    `document wider than ${PHONE_WIDTH} px: ${overflow.culprits.join(", ")}`,
  ).toBeLessThanOrEqual(PHONE_WIDTH);
  if (size) await page.setViewportSize(size);
}

/** No console error, uncaught exception or policy violation since `watchPage`. */
export async function expectNoProblems(watch: PageWatch) {
  expect(await watch.problems(), "console errors and policy violations").toEqual([]);
}
