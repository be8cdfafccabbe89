import "server-only";

import { type LimitSpec, rateLimiter } from "./rate-limiter";

// Failed sign-ins are counted per account and per client address (ASVS 2.2.1). A success clears
// the account's count. A client whose address the server does not know (lib/http/client-address)
// is limited by account only: unknown clients never share one count.
export const SIGN_IN_PER_ACCOUNT: LimitSpec = {
  keyPrefix: "sign-in-account",
  points: 5,
  duration: 15 * 60,
};
export const SIGN_IN_PER_ADDRESS: LimitSpec = {
  keyPrefix: "sign-in-ip",
  points: 50,
  duration: 15 * 60,
};

export async function isSignInThrottled(
  email: string,
  ipAddress: string | undefined,
): Promise<boolean> {
  const [account, address] = await Promise.all([
    (await rateLimiter(SIGN_IN_PER_ACCOUNT)).get(email),
    ipAddress ? (await rateLimiter(SIGN_IN_PER_ADDRESS)).get(ipAddress) : null,
  ]);
  return (account?.remainingPoints ?? 1) <= 0 || (address?.remainingPoints ?? 1) <= 0;
}

export async function countFailedSignIn(email: string, ipAddress: string | undefined) {
  const perAccount = await rateLimiter(SIGN_IN_PER_ACCOUNT);
  const perAddress = await rateLimiter(SIGN_IN_PER_ADDRESS);
  // consume rejects once no points are left; the count has still been taken.
  await Promise.allSettled([
    perAccount.consume(email),
    ...(ipAddress ? [perAddress.consume(ipAddress)] : []),
  ]);
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await (await rateLimiter(SIGN_IN_PER_ACCOUNT)).delete(email);
}
