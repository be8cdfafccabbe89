import { describe, expect, it } from "vitest";

import { html, innerMarkup } from "@/lib/html/markup";

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
