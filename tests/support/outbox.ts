import { getPrisma } from "@/lib/db/client";

/** The newest email to this address, as it sits in the outbox. */
export async function latestEmailTo(address: string) {
  const prisma = await getPrisma();
  return prisma.outboxMessage.findFirstOrThrow({
    where: { toAddress: address },
    orderBy: { createdAt: "desc" },
  });
}

/** The token of the link of this kind ("invitations", "reset-password") in the newest email. */
export async function linkTokenSentTo(
  address: string,
  kind: "invitations" | "reset-password",
): Promise<string> {
  // The link is kept in its own field, never in the text (finding 8 of the security review).
  const { link } = await latestEmailTo(address);
  const token = new RegExp(`/${kind}/([A-Za-z0-9_-]{43})$`).exec(link ?? "")?.[1];
  if (!token) throw new Error(`No ${kind} link in the email to ${address}`);
  return token;
}
