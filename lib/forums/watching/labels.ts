import type { DigestFrequency, WatchLevel } from "@/lib/generated/prisma/enums";

// The words of watching and digests in one place.

const keysOf = <T extends string>(labels: Record<T, string>) => Object.keys(labels) as T[];

export const watchLevelLabels: Record<WatchLevel, string> = {
  WATCHING: "Watching: tell me about every new post",
  TRACKING: "Tracking: tell me when someone replies to me or mentions me",
  NORMAL: "Normal: tell me when someone mentions me",
  MUTED: "Muted: never tell me, and leave it out of my digest",
};
export const watchLevels = keysOf(watchLevelLabels);

/** A level's name alone, for where it is shown as a setting. */
export const watchLevelNames: Record<WatchLevel, string> = {
  WATCHING: "Watching",
  TRACKING: "Tracking",
  NORMAL: "Normal",
  MUTED: "Muted",
};

export const digestFrequencyLabels: Record<DigestFrequency, string> = {
  DAILY: "Daily, at 7am",
  WEEKLY: "Weekly, on Monday at 7am",
  NEVER: "Never",
};
export const digestFrequencies = keysOf(digestFrequencyLabels);
