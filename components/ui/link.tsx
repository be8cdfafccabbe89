import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's link: Next.js's, without prefetching unless asked. Every page is rendered per request,
 * so a prefetch brings only the route's outline, none of its content, and each link in view sent
 * one: about twenty requests to the server per page view, for nothing. Following a link still
 * swaps the page in place, without reloading the rest.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
