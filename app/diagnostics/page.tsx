import { forbidden, notFound } from "next/navigation";

// Exercises the error pages in end-to-end tests. It exists only when COALITION_DIAGNOSTICS=1
// (the test server sets it); everywhere else it is a plain 404.
export default async function DiagnosticsPage({
  searchParams,
}: {
  searchParams: Promise<{ show?: string }>;
}) {
  if (process.env.COALITION_DIAGNOSTICS !== "1") notFound();
  const { show } = await searchParams;
  if (show === "forbidden") forbidden();
  if (show === "error") throw new Error("Diagnostic failure: this text must never reach the page");
  notFound();
}
