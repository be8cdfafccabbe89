import { describe, expect, it } from "vitest";

import { renderMarkdown } from "@/lib/markdown/render";

import { XSS_CORPUS } from "../e2e/support/xss-corpus";

const FORBIDDEN_TAGS = new Set([
  "script",
  "iframe",
  "object",
  "embed",
  "style",
  "svg",
  "math",
  "img",
  "form",
  "input",
  "base",
  "meta",
  "link",
  "video",
  "audio",
  "details",
  "marquee",
  "body",
  "textarea",
]);

/**
 * Whatever in the HTML could run or call out: script and embedding tags, handlers, styles and
 * links to anything but web and mail addresses. The HTML is rehype-stringify's, so every tag and
 * attribute is well formed and quoted.
 */
function dangers(html: string): string[] {
  const found: string[] = [];
  for (const [, tag = "", attributes = ""] of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    if (FORBIDDEN_TAGS.has(tag.toLowerCase())) found.push(`<${tag}>`);
    for (const [, rawName = "", value = ""] of attributes.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) {
      const name = rawName.toLowerCase();
      if (name.startsWith("on") || name === "style" || name.startsWith("data-")) found.push(name);
      if (["href", "src", "action", "formaction", "xlink:href"].includes(name)) {
        const address = value.replace(/&#x?[0-9a-f]+;/gi, "?").toLowerCase();
        if (!/^(https?:|mailto:|#)/.test(address)) found.push(`${name}=${value}`);
      }
    }
  }
  return found;
}

describe("rendering Markdown", () => {
  it("renders headings, lists, emphasis, tables and links", () => {
    const html = renderMarkdown(
      "## Retention\n\n- *Eight* years\n- **Then** destroyed\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\nSee [the policy](https://example.nhs.uk/policy).",
    );
    expect(html).toContain("<h2>Retention</h2>");
    expect(html).toContain("<em>Eight</em>");
    expect(html).toContain("<strong>Then</strong>");
    expect(html).toContain("<table>");
    expect(html).toContain(
      '<a href="https://example.nhs.uk/policy" rel="nofollow noopener ugc">the policy</a>',
    );
    expect(renderMarkdown("   ")).toBe("");
  });

  it("lets nothing of the XSS corpus through", () => {
    for (const payload of XSS_CORPUS) {
      const html = renderMarkdown(payload);
      expect(dangers(html), payload).toEqual([]);
      expect(html).not.toMatch(/<script/i);
    }
    const all = renderMarkdown(XSS_CORPUS.join("\n\n"));
    expect(dangers(all)).toEqual([]);
  });

  it("serves a text rendered before the same HTML, and a changed text its own", () => {
    const first = renderMarkdown("Discharge summaries go **the same day**.");
    expect(renderMarkdown("Discharge summaries go **the same day**.")).toBe(first);
    expect(renderMarkdown("Discharge summaries go **the next day**.")).toBe(
      "<p>Discharge summaries go <strong>the next day</strong>.</p>",
    );
    // A payload seen before (so served from memory) is as safe as the first time.
    for (const payload of XSS_CORPUS) expect(dangers(renderMarkdown(payload)), payload).toEqual([]);
  });

  it("defuses Markdown link tricks", () => {
    for (const trick of [
      "[click](javascript:alert(1))",
      "[click](JAVASCRIPT:alert(1))",
      "[click](java\tscript:alert(1))",
      "[click](&#106;avascript:alert(1))",
      "[click](data:text/html;base64,PHNjcmlwdD4=)",
      "[click](vbscript:msgbox(1))",
      "[click][ref]\n\n[ref]: javascript:alert(1)",
      "<javascript:alert(1)>",
      "![image](https://tracker.example/pixel.png)",
      "![x](javascript:alert(1))",
      '[x](https://example.org "title" onclick="alert(1)")',
      "[x](https://example.org){target=_blank onclick=alert(1)}",
      "<a href='https://example.org' target='_blank'>raw</a>",
    ]) {
      const html = renderMarkdown(trick);
      expect(dangers(html), trick).toEqual([]);
      expect(html, trick).not.toMatch(/<a[^>]*target=/);
    }
  });

  it("keeps links from clobbering the page's ids", () => {
    const html = renderMarkdown("Text[^note]\n\n[^note]: A footnote");
    expect(html).not.toMatch(/id="(?!md-)/);
  });
});
