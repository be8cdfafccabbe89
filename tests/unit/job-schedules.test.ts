import { describe, expect, it } from "vitest";

import {
  assertValidSchedule,
  describeSchedule,
  nextRunAfter,
  type Schedule,
} from "@/lib/jobs/schedule";

const at = (iso: string) => new Date(iso);

describe("the next run of a schedule", () => {
  it("runs every N minutes from the time given", () => {
    expect(nextRunAfter({ every: "minutes", minutes: 15 }, at("2026-06-01T10:07:00Z"))).toEqual(
      at("2026-06-01T10:22:00Z"),
    );
  });

  it("runs daily at the UK time of day: GMT in winter, BST in summer", () => {
    const daily: Schedule = { every: "day", at: "03:30" };
    expect(nextRunAfter(daily, at("2026-01-10T01:00:00Z"))).toEqual(at("2026-01-10T03:30:00Z"));
    expect(nextRunAfter(daily, at("2026-07-10T01:00:00Z"))).toEqual(at("2026-07-10T02:30:00Z"));
  });

  it("moves to the next day once today's time has passed, and never answers the time given", () => {
    const daily: Schedule = { every: "day", at: "09:00" };
    expect(nextRunAfter(daily, at("2026-01-12T09:00:00Z"))).toEqual(at("2026-01-13T09:00:00Z"));
    expect(nextRunAfter(daily, at("2026-12-31T23:59:00Z"))).toEqual(at("2027-01-01T09:00:00Z"));
  });

  it("keeps the UK time of day across the change to BST in March", () => {
    const daily: Schedule = { every: "day", at: "09:00" };
    // The clocks go forward at 01:00 GMT on Sunday 29 March 2026.
    const saturday = nextRunAfter(daily, at("2026-03-27T12:00:00Z"));
    const sunday = nextRunAfter(daily, saturday);
    const monday = nextRunAfter(daily, sunday);
    expect([saturday, sunday, monday]).toEqual([
      at("2026-03-28T09:00:00Z"),
      at("2026-03-29T08:00:00Z"),
      at("2026-03-30T08:00:00Z"),
    ]);
  });

  it("keeps the UK time of day across the change back to GMT in October", () => {
    const daily: Schedule = { every: "day", at: "09:00" };
    // The clocks go back at 01:00 GMT on Sunday 25 October 2026.
    const saturday = nextRunAfter(daily, at("2026-10-23T12:00:00Z"));
    const sunday = nextRunAfter(daily, saturday);
    expect([saturday, sunday]).toEqual([at("2026-10-24T08:00:00Z"), at("2026-10-25T09:00:00Z")]);
  });

  it("runs a time the clocks skip an hour later, and a time they repeat once", () => {
    const skipped: Schedule = { every: "day", at: "01:30" };
    expect(nextRunAfter(skipped, at("2026-03-28T12:00:00Z"))).toEqual(at("2026-03-29T01:30:00Z"));
    const repeated = nextRunAfter(skipped, at("2026-10-24T12:00:00Z"));
    expect(repeated).toEqual(at("2026-10-25T01:30:00Z"));
    expect(nextRunAfter(skipped, repeated)).toEqual(at("2026-10-26T01:30:00Z"));
  });

  it("runs monthly on the day at the UK time, in the next month once the day has passed", () => {
    const monthly: Schedule = { every: "month", day: 1, at: "02:00" };
    expect(nextRunAfter(monthly, at("2026-01-15T00:00:00Z"))).toEqual(at("2026-02-01T02:00:00Z"));
    // 1 April is in BST: 02:00 UK time is 01:00 UTC.
    expect(nextRunAfter(monthly, at("2026-03-01T02:00:00Z"))).toEqual(at("2026-04-01T01:00:00Z"));
    expect(nextRunAfter(monthly, at("2026-12-01T02:00:00Z"))).toEqual(at("2027-01-01T02:00:00Z"));
  });

  it("runs monthly later the same month when the day is still to come", () => {
    const monthly: Schedule = { every: "month", day: 28, at: "23:45" };
    expect(nextRunAfter(monthly, at("2026-02-03T00:00:00Z"))).toEqual(at("2026-02-28T23:45:00Z"));
  });
});

describe("schedules in words and their checks", () => {
  it("says when a job runs", () => {
    expect(describeSchedule({ every: "minutes", minutes: 30 })).toBe("Every 30 minutes");
    expect(describeSchedule({ every: "minutes", minutes: 60 })).toBe("Every hour");
    expect(describeSchedule({ every: "day", at: "03:10" })).toBe("Every day at 03:10, UK time");
    expect(describeSchedule({ every: "month", day: 2, at: "02:00" })).toBe(
      "On the 2nd of every month at 02:00, UK time",
    );
  });

  it("refuses schedules that would never run as meant", () => {
    expect(() => assertValidSchedule({ every: "minutes", minutes: 0 })).toThrow();
    expect(() => assertValidSchedule({ every: "day", at: "24:00" })).toThrow();
    expect(() => assertValidSchedule({ every: "month", day: 31, at: "02:00" })).toThrow();
    expect(() => assertValidSchedule({ every: "month", day: 28, at: "02:00" })).not.toThrow();
  });
});
