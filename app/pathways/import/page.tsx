import Link from "@/components/ui/link";

import { PathwayImportForm } from "@/components/pathways/pathway-import-form";
import { requireActor } from "@/lib/auth/require-actor";
import { pathwayPolicy } from "@/lib/pathways/policy";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Import a pathway" };

export default async function ImportPathwayPage() {
  const actor = await requireActor("/pathways/import");
  if (!pathwayPolicy.canEdit(actor)) await denyAccess(actor, "pathway.import");
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href="/pathways">Back to pathways</Link>
      </p>
      <h1>Import a pathway</h1>
      <p className="nhs-lede">
        Start a new draft pathway from a pathway file (JSON) exported from this platform or from
        another coalition&apos;s.
      </p>
      <p>
        The import finds each organisation by its ODS code, or else by its exact name, and each kind
        of data by its name. Organisations and kinds of data must already be in the coalition: the
        import lists any it cannot find, and creates nothing until the whole file imports. Every
        step and flow must meet the same rules as the pathway forms.
      </p>
      <PathwayImportForm />
    </div>
  );
}
