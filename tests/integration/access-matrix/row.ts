import type { Expectation, World } from "./world";

/** One server action or route handler, one kind of attempt, and who may make it. */
export interface MatrixRow<Prepared = unknown> {
  /** `app/…/actions.ts#exportName` or `app/…/route.ts#METHOD`. */
  handler: string;
  /** What is attempted, in words, e.g. "change organisation A's details". */
  attempt: string;
  expected: Expectation;
  /** Records the attempt needs beyond the world, made before the actor is chosen. */
  prepare?: (world: World) => Promise<Prepared>;
  run: (world: World, prepared: Prepared) => Promise<unknown>;
  /** The attempt writes data when allowed, so it must leave an audit record. */
  changes?: boolean;
  /** Refusals that are 404s for records the actor may not know exist are not audited. */
  auditsDenial?: false;
}

/** Keeps each row's prepared type while collecting rows of different types in one list. */
export const row = <Prepared>(definition: MatrixRow<Prepared>) => definition as MatrixRow;
