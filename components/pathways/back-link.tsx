import Link from "@/components/ui/link";

/** The link back to where a pathway page came from. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="mb-2">
      <Link href={href}>{children}</Link>
    </p>
  );
}
