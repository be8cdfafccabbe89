import "server-only";

// Forum pages load what they show as agreement pages do: what the person may not see renders the
// 404 page, what they see but may not do the 403 page, with the attempt audited.
export { loadForPage as loadForumPage } from "@/lib/agreements/page-access";
