import "server-only";

// Forum pages load what they show as every record page does: what the person may not see renders
// the 404 page, what they see but may not do the 403 page, with the attempt audited.
export { loadForPage as loadForumPage } from "@/lib/server/page-access";
