import { formatLondonTime } from "@/lib/audit/local-time";

/** When something was posted, as people in the coalition read it (London time). */
export const postedAt = (moment: Date) => formatLondonTime(moment);
