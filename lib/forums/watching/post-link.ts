/** The address of a post: its topic's page, scrolled to the post (the anchor the topic page sets). */
export const postHref = (topicId: string, number: number) =>
  `/forums/t/${topicId}?post=${number}#post-${number}`;
