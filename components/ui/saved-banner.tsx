"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";

import { SAVED_PARAMETER, savedNoticeText } from "@/lib/saved-notices";

/**
 * The NHS.UK success notification banner, on whichever page a save redirects to with a `saved`
 * flag. As in the design system, it is announced (role alert) and takes focus when it appears, so
 * the person hears what happened before reading on.
 */
export function SavedBanner() {
  const flag = useSearchParams().get(SAVED_PARAMETER);
  const message = savedNoticeText(flag);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message, flag]);
  if (!message) return null;
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby="saved-banner-title"
      className="mb-8 border-4 border-nhs-green bg-white focus-visible:outline-none"
    >
      <div className="bg-nhs-green px-4 py-1 md:px-6">
        <h2 id="saved-banner-title" className="m-0 text-base font-bold text-white md:text-lg">
          Success
        </h2>
      </div>
      <div className="px-4 py-4 md:px-6">
        <p className="mb-0 text-lg font-bold md:text-xl">{message}</p>
      </div>
    </div>
  );
}
