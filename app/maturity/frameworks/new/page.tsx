import Link from "@/components/ui/link";

import { FrameworkDetailsForm } from "@/components/maturity/frameworks/framework-details-form";
import { requireActor } from "@/lib/auth/require-actor";
import { maturityPolicy } from "@/lib/maturity/policy";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Create a framework" };

export default async function NewFrameworkPage() {
  const actor = await requireActor("/maturity/frameworks/new");
  if (!maturityPolicy.canManage(actor)) await denyAccess(actor, "maturity_framework.create");
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href="/maturity/frameworks">All frameworks</Link>
      </p>
      <h1>Create a framework</h1>
      <p>Name the framework first. Then add its dimensions, and the questions in each.</p>
      <FrameworkDetailsForm defaults={{ name: "", description: "" }} />
    </div>
  );
}
