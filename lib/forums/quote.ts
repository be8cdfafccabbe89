import { POSTS_PER_PAGE } from "./labels";

// Addresses of topics and posts, and the Markdown of a quotation: shared by the server, which
// writes links, and the editor, which inserts quotations.

export const topicHref = (topicId: string, page = 1) =>
  page > 1 ? `/forums/t/${topicId}?page=${page}` : `/forums/t/${topicId}`;

/** The page a post is on, for posts numbered from 1 in time order. */
export const pageOfPost = (number: number) => Math.max(1, Math.ceil(number / POSTS_PER_PAGE));

/** A link to one post: its topic's page and the post's anchor. */
export const postHref = (topicId: string, number: number) =>
  `${topicHref(topicId, pageOfPost(number))}#post-${number}`;

/**
 * A quotation of (part of) a post as a Markdown blockquote, headed by its author and a link to
 * the post, followed by a blank line for the reply.
 */
export function quoteMarkdown(
  quoted: { authorName: string; topicId: string; number: number },
  excerpt: string,
): string {
  const lines = excerpt.trim().replace(/\r\n?/g, "\n").split("\n");
  const author = quoted.authorName.replace(/[[\]*_`\\]/g, "");
  return `> **${author}** [wrote](${postHref(quoted.topicId, quoted.number)}):\n${lines
    .map((line) => (line ? `> ${line}` : ">"))
    .join("\n")}\n\n`;
}
