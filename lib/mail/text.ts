/** The line of an email's text where its link goes; the link itself is stored apart. */
export const LINK_LINE = "[link]";

/**
 * The text as sent: the link in place of the last LINK_LINE line. Only the last, so that text
 * given by users earlier in the message can never take the link's place.
 */
export function composeEmailText(body: string, link: string | null): string {
  const lines = body.split("\n");
  const at = lines.lastIndexOf(LINK_LINE);
  if (at >= 0) lines[at] = link ?? "(the link is no longer kept here)";
  return lines.join("\n");
}
