import "server-only";

import { Prisma } from "@/lib/generated/prisma/client";

import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "./highlight";

// Pieces of PostgreSQL full-text search that every search in the platform builds the same way.
// Each is a parameterised Prisma.sql fragment: what people type is only ever a bound value.

/** The language of the search vectors and queries. */
export const SEARCH_CONFIG = Prisma.sql`'english'::regconfig`;

/**
 * What a person typed, as a query: websearch_to_tsquery understands "quoted phrases", `or` and
 * -excluded words, and never fails on stray punctuation.
 */
export const websearchQuery = (q: string) =>
  Prisma.sql`websearch_to_tsquery(${SEARCH_CONFIG}, ${q})`;

/**
 * ts_headline's options with our highlight markers: a snippet of a few fragments for bodies, or
 * the whole text (for titles) with every matched word marked.
 */
export function headlineOptions(shape: "snippet" | "whole"): string {
  const markers = `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}"`;
  return shape === "whole"
    ? `${markers}, HighlightAll=true`
    : `${markers}, MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "`;
}

/** The text with the query's words marked (see lib/search/highlight.ts). */
export const headline = (text: Prisma.Sql, query: Prisma.Sql, shape: "snippet" | "whole") =>
  Prisma.sql`ts_headline(${SEARCH_CONFIG}, ${text}, ${query}, ${headlineOptions(shape)})`;

/** A LIKE pattern that matches the text anywhere, its own % and _ taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;
