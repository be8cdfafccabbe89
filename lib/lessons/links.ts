import type { LessonRegisterQuery } from "./schemas";

/** The register's address for a search, with some of its choices changed. */
export function lessonsHref(
  query: Partial<LessonRegisterQuery>,
  change: Partial<Record<keyof LessonRegisterQuery, string | number | undefined>> = {},
): string {
  const merged: Record<string, string | number | undefined> = { ...query, ...change };
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(merged)) {
    if (value === undefined || value === "" || (name === "page" && value === 1)) continue;
    params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `/lessons?${search}` : "/lessons";
}
