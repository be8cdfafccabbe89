import type { LessonOutcome } from "@/lib/generated/prisma/enums";

// The words for lessons learned, in one place: the outcome, and the fixed lists of the NHS
// blueprinting facets (care setting, project type, What Good Looks Like measure).

export const lessonOutcomeLabels: Record<LessonOutcome, string> = {
  WORKED: "Worked",
  PARTLY_WORKED: "Partly worked",
  DID_NOT_WORK: "Did not work",
};
export const lessonOutcomes = Object.keys(lessonOutcomeLabels) as LessonOutcome[];

export const careSettingLabels = {
  hospital: "Hospital",
  community: "Community health",
  "primary-care": "Primary care",
  "social-care": "Social care",
  "care-home": "Care home",
  "home-care": "Care at home",
  "mental-health": "Mental health",
  "urgent-care": "Urgent and emergency care",
} as const;
export type CareSetting = keyof typeof careSettingLabels;
export const careSettings = Object.keys(careSettingLabels) as CareSetting[];

export const projectTypeLabels = {
  "new-system": "Putting in a new system",
  "system-switch": "Switching systems",
  "record-sharing": "Sharing records",
  integration: "Connecting systems",
  "process-change": "Changing how people work",
  "devices-and-connectivity": "Devices and connectivity",
  "information-governance": "Information governance",
} as const;
export type ProjectType = keyof typeof projectTypeLabels;
export const projectTypes = Object.keys(projectTypeLabels) as ProjectType[];

/** The seven success measures of What Good Looks Like. */
export const wglMeasureLabels = {
  "well-led": "Well led",
  "smart-foundations": "Ensure smart foundations",
  "safe-practice": "Safe practice",
  "support-people": "Support people",
  "empower-citizens": "Empower citizens",
  "improve-care": "Improve care",
  "healthy-populations": "Healthy populations",
} as const;
export type WglMeasure = keyof typeof wglMeasureLabels;
export const wglMeasures = Object.keys(wglMeasureLabels) as WglMeasure[];

/** The largest number of evidence links and systems a lesson holds. */
export const MAX_EVIDENCE_LINKS = 10;
export const MAX_LESSON_SYSTEMS = 10;

/** A lesson's own page and its discussion. */
export const lessonHref = (id: string) => `/lessons/${id}`;
export const topicHref = (topicId: string) => `/forums/t/${topicId}`;
export const messageHref = (userId: string) =>
  `/forums/messages/new?to=${encodeURIComponent(userId)}`;

/** The forum category every lesson's discussion goes in. */
export const LESSONS_CATEGORY = {
  slug: "lessons",
  name: "Lessons learned",
  description:
    "Questions and answers about the lessons learned that people in the coalition record.",
  colour: "#007f3b",
} as const;
