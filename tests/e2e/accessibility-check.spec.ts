import { expect, test } from "./fixtures";
import { expectFitsPhone } from "./support/page-health";

// The accessibility check every journey relies on must itself fail on an inaccessible page.
test("the accessibility check fails on a page with an unlabelled field and an image with no text", async ({
  page,
  expectAccessible,
}) => {
  await page.setContent(
    `<!doctype html><html lang="en"><head><title>Broken</title></head>
     <body><main><h1>Broken</h1><input type="text"><img src="data:,"></main></body></html>`,
  );

  await expect(expectAccessible()).rejects.toThrow(/label|image-alt/);
});

// So must the check that a page fits a phone, even though it waits for charts to lay out again.
test("the phone-width check fails on a page wider than a phone, naming what sticks out", async ({
  page,
}) => {
  await page.setContent(
    `<!doctype html><html lang="en"><head><title>Wide</title></head>
     <body><main><div id="wide" style="width: 1200px">Too wide</div></main></body></html>`,
  );

  await expect(expectFitsPhone(page)).rejects.toThrow(/div#wide/);
});
