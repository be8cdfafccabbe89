import { DimensionForm } from "@/components/maturity/frameworks/dimension-form";
import { BackLink } from "@/components/pathways/back-link";
import { loadForEditing } from "@/lib/maturity/frameworks/load-for-editing";

export const metadata = { title: "Add a dimension" };

export default async function NewDimensionPage({
  params,
}: {
  params: Promise<{ frameworkId: string }>;
}) {
  const { frameworkId } = await params;
  const { view } = await loadForEditing(
    frameworkId,
    `/maturity/frameworks/${frameworkId}/dimensions/new`,
    "maturity_framework.dimension_add",
  );
  return (
    <div className="max-w-[720px]">
      <BackLink href={`/maturity/frameworks/${view.id}`}>Back to {view.name}</BackLink>
      <h1>Add a dimension to {view.name}</h1>
      <p>The dimension goes after the others; you can move it afterwards.</p>
      <DimensionForm
        frameworkId={view.id}
        defaults={{
          name: "",
          description: "",
          versionId: view.newest.id,
          version: view.newest.version,
        }}
      />
    </div>
  );
}
