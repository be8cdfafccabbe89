// Keys name a dimension or a question for good: made from its name when it is added, never
// changed by edits, and copied into every later version, so that trends follow it across versions.

const MAX_KEY_LENGTH = 60;

/** A lowercase slug of words and digits joined by hyphens, cut at a word near 60 characters. */
export function slugOf(text: string, fallback: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_KEY_LENGTH) break;
    slug = next;
  }
  if (!slug && words[0]) slug = words[0].slice(0, MAX_KEY_LENGTH);
  return slug || fallback;
}

/** The slug of `text`, with -2, -3… added when another record of the version has it already. */
export function uniqueKey(text: string, fallback: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugOf(text, fallback);
  if (!used.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
