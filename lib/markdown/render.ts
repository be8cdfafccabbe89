import "server-only";

import type { Element, Root } from "hast";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import { LRUCache } from "lru-cache";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// Markdown that people write (an agreement's purposes, security and retention; later, forum
// posts), turned into HTML on the server. Raw HTML in the text is never passed through: remark
// keeps it out of the tree, and rehype-sanitize (GitHub's allow-list, less what we do not show)
// removes anything else that could run, including javascript: and data: links. Links get
// rel="nofollow noopener ugc" and never open a window on their own.

const schema = {
  ...defaultSchema,
  // No ids or names that could clash with the page's own (clobbering).
  clobber: ["id", "name"],
  clobberPrefix: "md-",
  // Only web and mail links, and no images (they could call out to another server).
  protocols: { href: ["http", "https", "mailto"] },
  tagNames: (defaultSchema.tagNames ?? []).filter(
    (tag) => !["img", "picture", "source", "input"].includes(tag),
  ),
};

/** Sets rel on every link, and drops a target: the page decides how links open. */
function linkRel() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== "element") continue;
        if (child.tagName === "a") {
          child.properties.rel = ["nofollow", "noopener", "ugc"];
          delete child.properties.target;
        }
        visit(child);
      }
    };
    visit(tree);
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(rehypeSanitize, schema)
  .use(linkRel)
  .use(rehypeStringify);

/**
 * Rendered HTML by its Markdown text. Rendering takes a millisecond or two a post, and a topic
 * page shows twenty; the same texts are read far more often than written. The text itself is the
 * key, so an edit (a new text) can never be served its old HTML, in this process or another.
 */
const rendered = new LRUCache<string, string>({
  maxSize: 16 * 1024 * 1024,
  sizeCalculation: (html, markdown) => Math.max(1, html.length + markdown.length),
});

/** Safe HTML for a piece of Markdown. Blank text gives "". */
export function renderMarkdown(markdown: string): string {
  if (!markdown.trim()) return "";
  const known = rendered.get(markdown);
  if (known !== undefined) return known;
  const html = String(processor.processSync(markdown));
  rendered.set(markdown, html);
  return html;
}
