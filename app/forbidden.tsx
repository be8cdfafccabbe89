import Link from "@/components/ui/link";

import { ProblemPage } from "@/components/errors/problem-page";

export const metadata = { title: "You do not have access to this page" };

export default function Forbidden() {
  return (
    <ProblemPage title="You do not have access to this page">
      <p>Your account does not have permission to see this page or do this action.</p>
      <p>If you think you should have access, ask your organisation admin or programme lead.</p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </ProblemPage>
  );
}
