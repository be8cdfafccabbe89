// A person's forum handle, for @mentions and private messages: their name in lower case, accents
// taken off, with each run of other characters made one dot. "Priya Shah" is @priya.shah and
// "Siân O'Neill" is @sian.o.neill. A handle that two people share names neither: a mention of it
// is refused with a message, and they are reached through their own private message page.

/** The handle of a person with this name. */
export function handleOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ".")
    .replace(/^\.+|\.+$/g, "");
}

// "@" after the start, a space or an opening bracket, then a handle; e-mail addresses and paths
// are left alone because their "@" follows a letter.
const MENTION = /(?:^|[\s(>[])@([a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)/gi;

/** The handles a post mentions, each once, leaving out code (where "@" means something else). */
export function mentionedHandles(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?(?:```|$)/g, " ").replace(/`[^`\n]*`/g, " ");
  return [...new Set([...prose.matchAll(MENTION)].map((match) => (match[1] ?? "").toLowerCase()))];
}
