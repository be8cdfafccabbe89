import { AppError } from "@/lib/errors";

/**
 * For plain forms: a change refused because of the record's state (someone changed it meanwhile,
 * a move that goes nowhere, nothing to publish) comes back as "refused", for the page to show as
 * a notice, never as an error page. Other errors go on to the action's wrapper.
 */
export async function refusedAsNotice<T>(work: () => Promise<T>): Promise<T | "refused"> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && (error.code === "CONFLICT" || error.code === "VALIDATION")) {
      return "refused";
    }
    throw error;
  }
}
