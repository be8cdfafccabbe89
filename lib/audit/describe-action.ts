// What each audit action means, in the words of the people who read the trail. Keyed by the
// action's name, compared without regard to case, dots, dashes or underscores, so that
// "maturityRound.opened" and "maturity_round.opened" are one action: the trail reads the same
// whichever way a name is written. The stored code stays what filters and exports use.

const descriptions: Record<string, string> = {
  "access.denied": "Was refused access",

  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Failed to sign in",
  "auth.sign_in_throttled": "Was stopped from signing in after too many attempts",
  "auth.sign_in_disabled": "Tried to sign in to a disabled account",
  "auth.sign_out": "Signed out",
  "auth.sign_out_everywhere": "Signed out on every device",
  "auth.single_sign_on_linked": "Linked their single sign-on account",
  "auth.password_changed": "Changed their password",
  "auth.password_change_failed": "Failed to change their password (wrong current password)",
  "auth.password_change_throttled":
    "Was stopped from changing their password after too many attempts",
  "auth.password_set": "Set their password",

  "password_reset.requested": "Asked for a password reset link",
  "password_reset.completed": "Chose a new password through a reset link",
  "password_reset.throttled": "Was stopped from asking for more password reset links",

  "user.created": "Added an account",
  "user.invited": "Added an account through an invitation",
  "user.details_updated": "Changed their name or job title",
  "user.notification_email_changed": "Changed whether they are emailed about notifications",
  "user.role_changed": "Changed someone's platform role",
  "user.disabled": "Disabled an account",
  "user.enabled": "Enabled an account",

  "membership.role_changed": "Changed someone's role in an organisation",
  "membership.removed": "Removed someone from an organisation",

  "invitation.created": "Invited someone to an organisation",
  "invitation.accepted": "Accepted an invitation",
  "invitation.revoked": "Revoked an invitation",

  "organisation.created": "Added an organisation",
  "organisation.updated": "Changed an organisation's details",
  "organisation.imported": "Imported organisations from a file",
  "organisation.archived": "Archived an organisation",
  "organisation.restored": "Restored an organisation",
  "place.created": "Added a place",
  "contact.added": "Added a key contact",
  "contact.updated": "Changed a key contact",
  "contact.removed": "Removed a key contact",
  "system.added": "Added a system in use",
  "system.updated": "Changed a system in use",
  "system.removed": "Removed a system in use",

  "dataNeed.added": "Recorded a data need",
  "dataNeed.updated": "Changed a data need",
  "dataNeed.removed": "Removed a data need",
  "data_category.added": "Added a kind of data",

  "job.run": "Ran a scheduled job at once",

  "pathway.created": "Started a pathway",
  "pathway.imported": "Imported a pathway from a file",
  "pathway.updated": "Changed a pathway's details",
  "pathway.published": "Published a pathway",
  "pathway.archived": "Archived a pathway",
  "pathway.restored": "Restored a pathway",
  "pathway.step_added": "Added a step to a pathway",
  "pathway.step_updated": "Changed a pathway step",
  "pathway.step_moved": "Moved a pathway step",
  "pathway.step_removed": "Removed a pathway step",
  "pathway.flow_added": "Added an information flow",
  "pathway.flow_updated": "Changed an information flow",
  "pathway.flow_removed": "Removed an information flow",

  "agreement.created": "Started a data sharing agreement",
  "agreement.updated": "Changed a data sharing agreement's details",
  "agreement.party_added": "Added a party to a data sharing agreement",
  "agreement.party_updated": "Changed a party to a data sharing agreement",
  "agreement.party_removed": "Removed a party from a data sharing agreement",
  "agreement.data_categories_set": "Changed the kinds of data a data sharing agreement covers",
  "agreement.flows_set": "Changed the pathway flows a data sharing agreement covers",
  "agreement.sent_for_review": "Sent a data sharing agreement for review",
  "agreement.sent_for_signature": "Sent a data sharing agreement for signature",
  "agreement.returned_to_draft": "Returned a data sharing agreement to draft",
  "agreement.version_voided": "Voided a version of a data sharing agreement and its signatures",
  "agreement.signed": "Signed a data sharing agreement",
  "agreement.signature_failed": "Failed to sign a data sharing agreement (wrong password)",
  "agreement.declined": "Declined to sign a data sharing agreement",
  "agreement.terminated": "Terminated a data sharing agreement",
  "agreement.superseded": "Marked a data sharing agreement as superseded",
  "agreement.published": "Published a data sharing agreement on the public register",
  "agreement.unpublished": "Took a data sharing agreement off the public register",
  "agreement.expired": "A data sharing agreement expired at its end date",
  "agreement.review_due": "A data sharing agreement became due for review",

  "forum.post_flagged": "Flagged a forum post for the moderators",
  "forum.post_hidden_by_flags": "A forum post was hidden after flags from three people",
  "forum.post_approved": "Approved a forum post in the review queue",
  "forum.post_hidden": "Hid a forum post",
  "forum.post_deleted": "Deleted a forum post",
  "forum.author_warned": "Sent a moderator's message to a forum post's author",
  "forum.moderator_added": "Made someone a forum moderator",
  "forum.moderator_removed": "Took someone's forum moderator role away",
  "forum.watch_level_set": "Changed how closely they follow a forum category or topic",
  "user.forum_digest_changed": "Changed how often they get the forum digest",
  "lesson.created": "Recorded a lesson learned",
  "lesson.updated": "Changed a lesson learned",
  "peer_profile.updated": "Changed whether peers can find them and what they can help with",

  "maturity_framework.created": "Created a maturity framework",
  "maturity_framework.updated": "Changed a maturity framework's name or description",
  "maturity_framework.archived": "Archived a maturity framework",
  "maturity_framework.restored": "Restored a maturity framework",
  "maturity_framework.version_started": "Started a new version of a maturity framework",
  "maturity_framework.dimension_added": "Added a dimension to a maturity framework",
  "maturity_framework.dimension_updated": "Changed a maturity framework's dimension",
  "maturity_framework.dimension_moved": "Moved a maturity framework's dimension",
  "maturity_framework.dimension_removed": "Removed a dimension from a maturity framework",
  "maturity_framework.question_added": "Added a question to a maturity framework",
  "maturity_framework.question_updated": "Changed a maturity framework's question",
  "maturity_framework.question_moved": "Moved a maturity framework's question",
  "maturity_framework.question_removed": "Removed a question from a maturity framework",

  "engagement.changed": "Changed an organisation's engagement",
  "interaction.logged": "Logged an interaction with organisations",
  "interaction.updated": "Changed a logged interaction",
  "commitment.created": "Recorded an organisation's commitment",
  "commitment.updated": "Changed an organisation's commitment",
  "commitment.status_followed": "A commitment's status followed the record that proves it",
  "commitment.at_risk": "A commitment passed its due date and is at risk",
  "charter.published": "Published a new version of the coalition's charter",
  "charter.endorsed": "Endorsed the coalition's charter for an organisation",
  "forum.topic_started": "Started a forum topic",
  "forum.replied": "Replied in a forum topic",
  "forum.message_sent": "Wrote a private message",
  "forum.post_edited": "Edited a forum post",
  "forum.post_liked": "Liked a forum post",
  "forum.post_unliked": "Took back a like of a forum post",
  "forum.answer_accepted": "Accepted a reply as a forum topic's answer",
  "forum.answer_unaccepted": "Took back a forum topic's accepted answer",
  "forum.topic_pinned": "Pinned a forum topic",
  "forum.topic_unpinned": "Unpinned a forum topic",
  "forum.topic_closed": "Closed a forum topic",
  "forum.topic_reopened": "Reopened a forum topic",
  "forum.topic_moved": "Moved a forum topic to another category",
  "forum.topic_split": "Split replies off a forum topic into a new topic",
  "forum.category_created": "Added a forum category",
  "forum.category_updated": "Changed a forum category",
  "forum.category_moved": "Moved a forum category in the list",
  "forum.category_archived": "Archived a forum category",

  "maturityRound.opened": "Opened an assessment round",
  "maturityRound.updated": "Changed an assessment round's name or days",
  "maturityAnswer.saved": "Saved an answer in an assessment",
  "maturityAssessment.sectionAssigned": "Gave a section of an assessment to a colleague",
  "maturityAssessment.sectionCleared": "Took a section of an assessment back from a colleague",
  "maturityAssessment.submitted": "Submitted an assessment",
  "maturityAssessment.returned": "Returned an assessment with comments",
  "maturityAssessment.validated": "Validated an assessment",
  "maturity.resultsShared": "Shared the organisation's named maturity results",
  "maturity.resultsUnshared": "Stopped sharing the organisation's named maturity results",
};

/** An action name as compared: lower case letters and digits only. */
export const actionKey = (action: string) => action.toLowerCase().replace(/[^a-z0-9]/g, "");

const byKey = new Map(
  Object.entries(descriptions).map(([action, words]) => [actionKey(action), words]),
);

/** "maturity_framework.dimension_added" or "dataNeed.added" as words, for names not listed. */
function wordsOf(action: string): string {
  const words = action
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[._-]+/g, " ")
    .trim()
    .toLowerCase();
  return words ? `${words.charAt(0).toUpperCase()}${words.slice(1)}` : action;
}

/** What an audit action means, in words; an action not listed yet is spelt out from its name. */
export function describeAction(action: string): string {
  return byKey.get(actionKey(action)) ?? wordsOf(action);
}

/** Every action described, by the name it is listed under: for tests and help text. */
export const describedActions = Object.keys(descriptions);

/**
 * What an audit record says happened: its action in words and, for a refusal, what was tried
 * (the `attempted` name the record keeps).
 */
export function describeAuditEvent(action: string, after: unknown): string {
  const words = describeAction(action);
  if (actionKey(action) !== actionKey("access.denied")) return words;
  const attempted =
    typeof after === "object" && after !== null && "attempted" in after
      ? after.attempted
      : undefined;
  return typeof attempted === "string" && attempted
    ? `${words}: ${wordsOf(attempted).toLowerCase()}`
    : words;
}
