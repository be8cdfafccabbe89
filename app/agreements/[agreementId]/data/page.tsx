import Link from "@/components/ui/link";

import { CoveredFlowsForm, DataCategoriesForm } from "@/components/agreements/covered-data-form";
import { coveredContentOptions } from "@/lib/agreements/covered-content";
import { isEditableStatus } from "@/lib/agreements/lifecycle";
import { loadForPage } from "@/lib/agreements/page-access";
import { requireActor } from "@/lib/auth/require-actor";
import { AppError } from "@/lib/errors";

export const metadata = { title: "An agreement's data and flows" };

const endName = (step: { name: string; organisation: { name: string } | null }) =>
  step.organisation?.name ?? step.name;

export default async function AgreementDataPage({
  params,
}: {
  params: Promise<{ agreementId: string }>;
}) {
  const { agreementId } = await params;
  const actor = await requireActor(`/agreements/${agreementId}/data`);
  const options = await loadForPage(
    actor,
    "agreement.data_categories_set",
    async (db) => {
      const loaded = await coveredContentOptions(db, actor, agreementId);
      if (!isEditableStatus(loaded.agreement.status)) {
        throw new AppError("CONFLICT", "This agreement cannot be changed in its state.");
      }
      return loaded;
    },
    agreementId,
  );
  const { agreement } = options;
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href={`/agreements/${agreement.id}`}>Back to {agreement.reference}</Link>
      </p>
      <h1>Data and flows of {agreement.reference}</h1>
      <h2>Kinds of data</h2>
      <DataCategoriesForm
        agreementId={agreement.id}
        lockVersion={agreement.lockVersion}
        chosen={options.chosenCategoryIds}
        options={options.categories.map((category) => ({
          value: category.id,
          label: category.name,
          group: { key: "all", label: "Kinds of data" },
        }))}
      />
      <h2>Pathway flows</h2>
      {options.flows.length === 0 ? (
        <p>There are no pathway flows you can read yet.</p>
      ) : (
        <CoveredFlowsForm
          agreementId={agreement.id}
          lockVersion={agreement.lockVersion}
          chosen={options.chosenFlowIds}
          options={options.flows.map((flow) => ({
            value: flow.id,
            label: `${endName(flow.fromStep)} to ${endName(flow.toStep)}: ${flow.purpose}`,
            keywords: flow.pathway.name,
            group: { key: flow.pathway.id, label: flow.pathway.name },
          }))}
        />
      )}
    </div>
  );
}
