import "server-only";

// Lesson pages load what they show as every record page does: a lesson that does not exist
// renders the 404 page, one the person may not change the 403 page, with the attempt audited.
export { loadForPage as loadLessonPage } from "@/lib/server/page-access";
