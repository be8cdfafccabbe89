import Link from "@/components/ui/link";

import { ProblemPage } from "@/components/errors/problem-page";

export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <ProblemPage title="Page not found">
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </ProblemPage>
  );
}
