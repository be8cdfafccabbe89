"use client";

import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  const router = useRouter();
  const onClick = async () => {
    // No redirect from next-auth: it would build the address from NEXTAUTH_URL, which may be unset.
    await signOut({ redirect: false });
    router.push("/");
    router.refresh();
  };
  return (
    <button
      type="button"
      onClick={() => void onClick()}
      className="cursor-pointer text-white underline hover:no-underline"
    >
      Sign out
    </button>
  );
}
