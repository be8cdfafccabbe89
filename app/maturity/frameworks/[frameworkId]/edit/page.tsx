import { FrameworkDetailsForm } from "@/components/maturity/frameworks/framework-details-form";
import { BackLink } from "@/components/pathways/back-link";
import { loadForEditing } from "@/lib/maturity/frameworks/load-for-editing";

export const metadata = { title: "Change a framework's name and description" };

export default async function EditFrameworkPage({
  params,
}: {
  params: Promise<{ frameworkId: string }>;
}) {
  const { frameworkId } = await params;
  const { view } = await loadForEditing(
    frameworkId,
    `/maturity/frameworks/${frameworkId}/edit`,
    "maturity_framework.update",
  );
  return (
    <div className="max-w-[720px]">
      <BackLink href={`/maturity/frameworks/${view.id}`}>Back to {view.name}</BackLink>
      <h1>Change the name and description of {view.name}</h1>
      <p>They are the same in every version of the framework.</p>
      <FrameworkDetailsForm
        framework={{ id: view.id, versionId: view.newest.id, version: view.newest.version }}
        defaults={{ name: view.name, description: view.description }}
      />
    </div>
  );
}
