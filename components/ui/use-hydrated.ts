"use client";

import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * True once the page runs its JavaScript in the browser; false on the server and while the page
 * hydrates, so that what needs the script (a chart, a search box, a form's submit) waits for it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
