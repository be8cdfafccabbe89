import { notFound } from "next/navigation";

import { DimensionForm } from "@/components/maturity/frameworks/dimension-form";
import { BackLink } from "@/components/pathways/back-link";
import { loadForEditing } from "@/lib/maturity/frameworks/load-for-editing";

export const metadata = { title: "Change a dimension" };

export default async function EditDimensionPage({
  params,
}: {
  params: Promise<{ frameworkId: string; dimensionId: string }>;
}) {
  const { frameworkId, dimensionId } = await params;
  const { view } = await loadForEditing(
    frameworkId,
    `/maturity/frameworks/${frameworkId}/dimensions/${dimensionId}/edit`,
    "maturity_framework.dimension_update",
  );
  const dimension = view.showing.dimensions.find((candidate) => candidate.id === dimensionId);
  if (!dimension) notFound();
  return (
    <div className="max-w-[720px]">
      <BackLink href={`/maturity/frameworks/${view.id}`}>Back to {view.name}</BackLink>
      <h1>Change {dimension.name}</h1>
      <DimensionForm
        frameworkId={view.id}
        dimensionId={dimension.id}
        defaults={{
          name: dimension.name,
          description: dimension.description ?? "",
          versionId: view.newest.id,
          version: view.newest.version,
        }}
      />
    </div>
  );
}
