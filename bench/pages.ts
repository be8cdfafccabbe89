import type { Dataset, DatasetSize } from "./dataset";

export interface BenchPage {
  /** The name printed in the results table. */
  name: string;
  /** Path requested on the server, with any query string. */
  path: string | ((dataset: Dataset) => string);
  /** Requested as the benchmark's signed-in programme lead. */
  signedIn?: boolean;
  /**
   * Text the response must contain once the dataset is loaded, checked once before measuring so
   * that a page that fails to read the data is never timed as if it worked.
   */
  expect?: (size: DatasetSize, dataset: Dataset) => string;
}

// Measured in this order. Add a page here when a feature adds one worth watching.
export const benchPages: BenchPage[] = [
  {
    name: "programme dashboard",
    path: "/dashboard",
    signedIn: true,
    expect: (size) => `data-figure="">${size.organisations}<`,
  },
  {
    name: "programme dashboard (place)",
    path: (dataset) => `/dashboard?place=${dataset.placeIds[0] ?? ""}`,
    signedIn: true,
    expect: () => "Programme dashboard",
  },
  {
    name: "home (DB-backed)",
    path: "/",
    expect: (size) => `<strong>${size.organisations}</strong> organisations`,
  },
  {
    name: "home (signed in: a lead's overview)",
    path: "/",
    signedIn: true,
    expect: () => "Pathways with blocked flows",
  },
  { name: "health (DB round trip)", path: "/api/health", expect: () => `"status":"ok"` },
  {
    name: "directory (page 1)",
    path: "/organisations",
    signedIn: true,
    expect: (size) => `of ${size.organisations} organisations`,
  },
  {
    name: "directory (search+filter)",
    path: "/organisations?q=1&type=GP_PRACTICE&sort=place",
    signedIn: true,
    expect: () => "Showing 1 to",
  },
  {
    name: "organisation profile",
    path: (dataset) => `/organisations/${dataset.organisationIds[0] ?? ""}`,
    signedIn: true,
    expect: () => "Systems in use",
  },
  {
    name: "directory export (CSV, all)",
    path: "/organisations/export.csv",
    signedIn: true,
    expect: () => '"ODS code","Name","Type"',
  },
  {
    name: "data needs heatmap",
    path: "/data-needs",
    signedIn: true,
    expect: (_size, dataset) => `<strong>${dataset.unmetNeeds}</strong>`,
  },
  {
    name: "data needs heatmap (place)",
    path: (dataset) => `/data-needs?place=${dataset.placeIds[0] ?? ""}`,
    signedIn: true,
    expect: () => "with these filters",
  },
  {
    name: "data needs drill-down",
    path: "/data-needs/list?type=CARE_HOME",
    signedIn: true,
    expect: () => "Showing 1 to",
  },
  {
    name: "pathway page (map, flows, readiness)",
    path: (dataset) => `/pathways/${dataset.pathwayId}`,
    signedIn: true,
    expect: () => "Benchmark pathway",
  },
  {
    name: "pathway editor (data load)",
    path: (dataset) => `/pathways/${dataset.pathwayId}/edit`,
    signedIn: true,
    expect: () => "Move earlier: Step 25",
  },
  {
    name: "pathways list (by readiness)",
    path: "/pathways",
    signedIn: true,
    expect: () => "Benchmark pathway",
  },
  {
    name: "maturity results (organisation)",
    path: (dataset) => `/organisations/${dataset.maturity?.organisationId ?? ""}/maturity`,
    signedIn: true,
    expect: () => "Peers&#x27; median",
  },
  {
    name: "maturity heatmap (latest round)",
    path: (dataset) => `/maturity/rounds/${dataset.maturity?.roundIds.at(-1) ?? ""}/results`,
    signedIn: true,
    expect: (_size, dataset) => `of ${dataset.maturity?.latestRoundAssessments ?? 0} organisations`,
  },
  {
    name: "maturity heatmap (by dimension)",
    path: (dataset) =>
      `/maturity/rounds/${dataset.maturity?.roundIds.at(-1) ?? ""}/results?sort=dimension-3&order=desc&type=GP_PRACTICE`,
    signedIn: true,
    expect: () => "Showing 1 to",
  },
  {
    name: "agreements register",
    path: "/agreements",
    signedIn: true,
    expect: () => "Data sharing agreements",
  },
  {
    name: "agreement page",
    path: (dataset) => `/agreements/${dataset.agreementId ?? "none"}`,
    signedIn: true,
    expect: (_size, dataset) => dataset.publicAgreement ?? "none",
  },
  {
    name: "agreement coverage (coalition, page 1)",
    path: "/agreements/coverage",
    signedIn: true,
    expect: () => "Every pair",
  },
  {
    name: "agreement coverage (one place)",
    path: (dataset) => `/agreements/coverage?place=${dataset.placeIds[0] ?? ""}`,
    signedIn: true,
    expect: () => "with these filters",
  },
  {
    name: "public agreements register",
    path: "/public/agreements",
    expect: () => "Published agreements",
  },
  {
    name: "public agreement",
    path: (dataset) => `/public/agreements/${dataset.publicAgreement ?? "none"}`,
    expect: () => "Legal bases",
  },
  {
    name: "forum topic list (a category)",
    path: (dataset) => `/forums/c/${dataset.forum.categorySlug ?? "none"}`,
    signedIn: true,
    expect: (_size, dataset) => dataset.forum.categoryName ?? "none",
  },
  {
    name: "forum topic (200 posts)",
    path: (dataset) => `/forums/t/${dataset.forum.bigTopicId ?? "none"}`,
    signedIn: true,
    expect: (_size, dataset) => dataset.forum.bigTopicTitle ?? "none",
  },
  {
    name: "forum search (words)",
    path: "/forums/search?q=discharge+summary",
    signedIn: true,
    expect: () => "topics found",
  },
  {
    name: "forum search (misspelt system)",
    path: "/forums/search?q=Sytemone",
    signedIn: true,
    expect: () => "topics found",
  },
  {
    name: "lessons register (facets)",
    path: "/lessons",
    signedIn: true,
    expect: (size) => `${size.lessons.toLocaleString("en-GB")} lessons`,
  },
  {
    name: "lessons search (words and a misspelt system)",
    path: "/lessons?q=discharge+Sytmone",
    signedIn: true,
    // Found lessons: which come first among equal matches varies, and so whether a shown part
    // has a marked word.
    expect: () => "Showing 1 to",
  },
  {
    name: "peer finder (a system)",
    path: (dataset) => `/peers?product=${encodeURIComponent(dataset.lessonProduct)}`,
    signedIn: true,
    expect: (_size, dataset) => `Runs ${dataset.lessonProduct}`,
  },
  {
    name: "peer finder (a dimension and a question)",
    path: "/peers?dimension=dimension-2&q=night+staff",
    signedIn: true,
    expect: () => "Wrote ",
  },
  { name: "about (page, no data)", path: "/about" },
  { name: "robots.txt (static: ceiling)", path: "/robots.txt", expect: () => "Disallow: /" },
];
