/**
 * What the page an action redirects to confirms after a save, keyed by the `saved` flag in its
 * address. Only these fixed texts are ever shown, so the address cannot put words on the page.
 */
export const savedNotices = {
  account: "Your details have been saved.",
  notifications: "Your choice of notification emails has been saved.",
  "forum-digest": "Your choice of forum digest has been saved.",
  organisation: "The organisation's details have been saved.",
  "data-need": "The data need has been saved.",
  agreement: "The agreement has been saved.",
  "agreement-status": "The agreement's status has been changed.",
  "agreement-signed": "Your signature has been recorded.",
  "agreement-declined":
    "Your organisation's refusal has been recorded, and the agreement has gone back to draft.",
  "forum-post": "Your post has been saved.",
  "forum-topic": "The topic has been changed.",
  "forum-category": "The category has been saved.",
  lesson: "The lesson has been saved.",
  "peer-profile": "Your choice about the peer finder has been saved.",
  engagement: "The organisation's engagement has been saved.",
  interaction: "The interaction has been saved.",
  commitment: "The commitment has been saved.",
  charter: "The new version of the charter has been published.",
  "charter-endorsed": "Your organisation's endorsement of the charter has been recorded.",
} as const;

export type SavedNotice = keyof typeof savedNotices;

export const SAVED_PARAMETER = "saved";

/** The message for the `saved` flag of an address, if it names one. */
export function savedNoticeText(flag: string | null | undefined): string | undefined {
  return flag && Object.hasOwn(savedNotices, flag) ? savedNotices[flag as SavedNotice] : undefined;
}
