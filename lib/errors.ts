import { ZodError } from "zod";

export type AppErrorCode =
  | "BAD_REQUEST"
  | "VALIDATION"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "UNAVAILABLE";

const STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  VALIDATION: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/** The one application error: its message is written for the user and safe to show. */
export class AppError extends Error {
  override name = "AppError";
  readonly status: number;
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export interface ErrorBody {
  error: {
    code: AppErrorCode | "INTERNAL";
    message: string;
    fieldErrors?: Record<string, string[]>;
  };
  requestId: string;
}

/** Maps any thrown value to what a client may see. Unknown errors never leak their details. */
export function toErrorBody(
  error: unknown,
  requestId: string,
): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    return {
      status: error.status,
      body: {
        error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors },
        requestId,
      },
    };
  }
  if (error instanceof ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of error.issues) {
      const key = issue.path.join(".") || "_form";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return {
      status: 422,
      body: {
        error: { code: "VALIDATION", message: "Check the highlighted fields.", fieldErrors },
        requestId,
      },
    };
  }
  return {
    status: 500,
    body: {
      error: { code: "INTERNAL", message: "Something went wrong on our side. Try again later." },
      requestId,
    },
  };
}
