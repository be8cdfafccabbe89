import type { DatasetSize } from "./dataset";

export interface BenchPage {
  /** The name printed in the results table. */
  name: string;
  /** Path requested on the server, with any query string. */
  path: string;
  /**
   * Text the response must contain once the dataset is loaded, checked once before measuring so
   * that a page that fails to read the data is never timed as if it worked.
   */
  expect?: (size: DatasetSize) => string;
}

// Measured in this order. Add a page here when a feature adds one worth watching.
export const benchPages: BenchPage[] = [
  {
    name: "home (DB-backed)",
    path: "/",
    expect: (size) => `<strong>${size.organisations}</strong> organisations`,
  },
  { name: "health (DB round trip)", path: "/api/health", expect: () => `"status":"ok"` },
  { name: "about (page, no data)", path: "/about" },
  { name: "robots.txt (static: ceiling)", path: "/robots.txt", expect: () => "Disallow: /" },
];
