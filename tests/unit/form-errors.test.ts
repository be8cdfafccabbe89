import { describe, expect, it } from "vitest";

import { errorSummaryOf, messageAt, splitRefusal } from "@/components/ui/form-errors";
import { savedNoticeText } from "@/lib/saved-notices";

const fields = ["name", "email"] as const;

describe("where a refused action's messages go", () => {
  it("puts each error of a field the form shows on that field, and nothing in the summary", () => {
    expect(
      splitRefusal(
        { message: "Check the highlighted fields.", fieldErrors: { name: ["Enter a name"] } },
        fields,
      ),
    ).toEqual({ onFields: [["name", "Enter a name"]], onForm: [] });
  });

  it("puts an error about a field the form does not show in the summary", () => {
    expect(
      splitRefusal(
        {
          message: "Check the highlighted fields.",
          fieldErrors: { organisationId: ["That organisation does not exist."] },
        },
        fields,
      ),
    ).toEqual({ onFields: [], onForm: ["That organisation does not exist."] });
  });

  it("keeps both when a refusal names a shown field and a hidden one", () => {
    expect(
      splitRefusal(
        {
          message: "Check the highlighted fields.",
          fieldErrors: { email: ["Enter an email address"], _form: ["The dates overlap"] },
        },
        fields,
      ),
    ).toEqual({ onFields: [["email", "Enter an email address"]], onForm: ["The dates overlap"] });
  });

  it("puts a refusal with no field errors (a conflict, a lost session) in the summary", () => {
    expect(splitRefusal({ message: "Your session has ended. Sign in again." }, fields)).toEqual({
      onFields: [],
      onForm: ["Your session has ended. Sign in again."],
    });
  });

  it("falls back to the refusal's message when a field error has none", () => {
    expect(splitRefusal({ message: "Refused", fieldErrors: { other: [] } }, fields)).toEqual({
      onFields: [],
      onForm: ["Refused"],
    });
  });
});

describe("the error summary", () => {
  it("lists field errors in the form's order, leading to each control, then the form's own", () => {
    const errors = {
      email: { type: "server", message: "Enter an email address" },
      name: { type: "server", message: "Enter a name" },
    };
    expect(errorSummaryOf(fields, errors, ["Try again"])).toEqual([
      { fieldId: "name", message: "Enter a name" },
      { fieldId: "email", message: "Enter an email address" },
      { message: "Try again" },
    ]);
  });

  it("reads errors of list items by path and leads to the control named for them", () => {
    const errors = { levels: [undefined, { type: "too_small", message: "Describe level 2" }] };
    expect(messageAt(errors, "levels.1")).toBe("Describe level 2");
    expect(messageAt(errors, "levels.0")).toBeUndefined();
    expect(errorSummaryOf(["levels.1"], errors, [], { "levels.1": "level-2" })).toEqual([
      { fieldId: "level-2", message: "Describe level 2" },
    ]);
  });
});

describe("confirmations after a save", () => {
  it("shows only the fixed texts, never words taken from the address", () => {
    expect(savedNoticeText("organisation")).toBe("The organisation's details have been saved.");
    expect(savedNoticeText("data-need")).toBe("The data need has been saved.");
    expect(savedNoticeText("<script>")).toBeUndefined();
    expect(savedNoticeText("toString")).toBeUndefined();
    expect(savedNoticeText(null)).toBeUndefined();
  });
});
