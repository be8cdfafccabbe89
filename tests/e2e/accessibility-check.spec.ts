import { expect, test } from "./fixtures";

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
