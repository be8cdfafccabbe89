import "server-only";

import { renderMarkdown } from "@/lib/markdown/render";

import { previewSchema } from "./schemas";

/**
 * A post's Markdown as it will be shown, for the editor's Preview tab: rendered and sanitised by
 * the one pipeline every post goes through.
 */
export function previewPost(input: unknown): { html: string } {
  const { body } = previewSchema.parse(input);
  return { html: renderMarkdown(body) };
}
