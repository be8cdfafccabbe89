"use client";

import { createContext, useContext, type ReactNode } from "react";

const RequestIdContext = createContext<string | undefined>(undefined);

export function RequestIdProvider({
  value,
  children,
}: {
  value: string | undefined;
  children: ReactNode;
}) {
  return <RequestIdContext.Provider value={value}>{children}</RequestIdContext.Provider>;
}

export function useRequestId(): string | undefined {
  return useContext(RequestIdContext);
}
