import { RateLimiterMemory } from "rate-limiter-flexible";

// Failed sign-ins are counted per account and per IP address (ASVS 2.2.1). A success clears the
// account's count. Counts live in this process, which is the only one on an embedded database.
const perAccount = new RateLimiterMemory({
  keyPrefix: "sign-in-account",
  points: 5,
  duration: 15 * 60,
});
const perAddress = new RateLimiterMemory({
  keyPrefix: "sign-in-ip",
  points: 50,
  duration: 15 * 60,
});

export async function isSignInThrottled(email: string, ipAddress: string): Promise<boolean> {
  const [account, address] = await Promise.all([perAccount.get(email), perAddress.get(ipAddress)]);
  return (account?.remainingPoints ?? 1) <= 0 || (address?.remainingPoints ?? 1) <= 0;
}

export async function countFailedSignIn(email: string, ipAddress: string): Promise<void> {
  // consume rejects once no points are left; the count has still been taken.
  await Promise.allSettled([perAccount.consume(email), perAddress.consume(ipAddress)]);
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await perAccount.delete(email);
}
