/** The event a quote button sends to the reply form on the same page. */
export const QUOTE_EVENT = "forum-quote";

export interface QuoteDetail {
  markdown: string;
  postId: string;
}
