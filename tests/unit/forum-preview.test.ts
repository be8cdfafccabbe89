import { describe, expect, it } from "vitest";

import { previewPost } from "@/lib/forums/preview";

import { XSS_CORPUS } from "../e2e/support/xss-corpus";

// The editor's preview is put into the page as HTML: it must be what the sanitiser gives, for
// every hostile payload, and never carry a script, an event handler or a script URL.
describe("a forum post's preview", () => {
  it.each(XSS_CORPUS)("leaves nothing that runs in %s", (payload) => {
    const { html } = previewPost({ body: `Before ${payload} after` });
    expect(html).not.toMatch(/<script|<svg|<iframe|<object|<embed/i);
    // Inside tags only: the same words as escaped text are harmless.
    const tags = html.match(/<[^>]+>/g) ?? [];
    for (const tag of tags) {
      expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
      expect(tag).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|data|vbscript):/i);
    }
  });

  it("keeps the Markdown a post may use", () => {
    const { html } = previewPost({ body: "**Bold** and [a link](https://example.org)" });
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain('rel="nofollow noopener ugc"');
  });
});
