import { describe, expect, it } from "vitest";
import { z } from "zod";

import { AppError, toErrorBody } from "@/lib/errors";

describe("error responses", () => {
  it("shows an application error's own message and status", () => {
    expect(toErrorBody(new AppError("NOT_FOUND", "That pathway does not exist."), "req-1")).toEqual(
      {
        status: 404,
        body: {
          error: { code: "NOT_FOUND", message: "That pathway does not exist." },
          requestId: "req-1",
        },
      },
    );
  });

  it("turns validation errors into field errors with status 422", () => {
    const schema = z.object({ name: z.string().min(1, "Enter a name"), volume: z.number().int() });
    const result = schema.safeParse({ name: "", volume: 1.5 });
    if (result.success) throw new Error("expected invalid input");

    const { status, body } = toErrorBody(result.error, "req-2");

    expect(status).toBe(422);
    expect(body.error.code).toBe("VALIDATION");
    expect(body.error.fieldErrors?.name).toEqual(["Enter a name"]);
    expect(body.error.fieldErrors?.volume).toHaveLength(1);
  });

  it("never leaks an unknown error's message", () => {
    const { status, body } = toErrorBody(
      new Error('relation "secret_table" does not exist'),
      "req-3",
    );

    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("secret_table");
    expect(body).toEqual({
      error: { code: "INTERNAL", message: "Something went wrong on our side. Try again later." },
      requestId: "req-3",
    });
  });
});
