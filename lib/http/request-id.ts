export const REQUEST_ID_HEADER = "x-request-id";

// An id from a proxy in front of us is kept if it is plainly an id; anything else is replaced.
const ACCEPTABLE = /^[A-Za-z0-9._-]{8,64}$/;

export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && ACCEPTABLE.test(incoming) ? incoming : crypto.randomUUID();
}
