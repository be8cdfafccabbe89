import { describe, expect, it } from "vitest";

import { html, innerMarkup, MarkupMemo } from "@/lib/html/markup";

describe("markup built from a template", () => {
  it("escapes every value put into text or an attribute", () => {
    const name = `<script>alert("x")</script> & 'co'`;
    expect(String(html`<td title="${name}">${name}</td>`)).toBe(
      '<td title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;">' +
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</td>",
    );
  });

  it("puts markup made by the template in as it is, once, however deeply nested", () => {
    const cell = (text: string) => html`<td>${text}</td>`;
    const row = html`<tr>
      ${["a<b", "c&d"].map(cell)}
    </tr>`;
    expect(
      String(
        html`<tbody>
          ${row}
        </tbody>`,
      ),
    ).toBe("<tbody> <tr> <td>a&lt;b</td><td>c&amp;d</td> </tr> </tbody>");
  });

  it("leaves nothing for null, undefined and false, and writes numbers", () => {
    expect(String(html`<p>${null}${undefined}${false}${0}${12.5}</p>`)).toBe("<p>012.5</p>");
  });

  it("never passes a plain string through as markup", () => {
    const pretending = { toString: () => "<b>bold</b>" } as unknown as string;
    expect(String(html`${pretending}`)).toBe("&lt;b&gt;bold&lt;/b&gt;");
  });

  it("writes a template's line breaks and indentation as one space, and values as they are", () => {
    const text = "two\n  lines";
    const markup = html`<ul>
      <li>${text}</li>
      <li>Change<span class="sr-only"> the step</span></li>
    </ul>`;
    expect(String(markup)).toBe(
      '<ul> <li>two\n  lines</li> <li>Change<span class="sr-only"> the step</span></li> </ul>',
    );
  });

  it("gives React the markup as an element's content", () => {
    expect(
      innerMarkup(
        html`<tr>
          <td>${"1 < 2"}</td>
        </tr>`,
      ),
    ).toEqual({
      dangerouslySetInnerHTML: { __html: "<tr> <td>1 &lt; 2</td> </tr>" },
    });
  });
});

describe("markup made once for each object of data", () => {
  it("makes a table once for the same data and key, and again for other data or another key", () => {
    const memo = new MarkupMemo<{ count: number }>();
    let made = 0;
    const table = (data: { count: number }) => () => {
      made += 1;
      return html`<td>${data.count}</td>`;
    };
    const first = { count: 1 };
    const changed = { count: 2 };

    expect(String(memo.get(first, "all", table(first)))).toBe("<td>1</td>");
    expect(String(memo.get(first, "all", table(first)))).toBe("<td>1</td>");
    expect(made).toBe(1);

    // New data (a cache's entry after a change) is never answered with the old data's markup.
    expect(String(memo.get(changed, "all", table(changed)))).toBe("<td>2</td>");
    expect(String(memo.get(first, "place", table(first)))).toBe("<td>1</td>");
    expect(made).toBe(3);
  });
});
