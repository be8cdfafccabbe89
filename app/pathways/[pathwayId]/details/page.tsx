import { BackLink } from "@/components/pathways/back-link";
import { PathwayDetailsForm } from "@/components/pathways/pathway-details-form";
import { loadForEditing } from "@/lib/pathways/load-for-editing";

export const metadata = { title: "Change pathway details" };

export default async function PathwayDetailsPage({
  params,
}: {
  params: Promise<{ pathwayId: string }>;
}) {
  const { pathwayId } = await params;
  const { view } = await loadForEditing(
    pathwayId,
    `/pathways/${pathwayId}/details`,
    "pathway.update",
  );
  const { name, population, purpose } = view.content;
  return (
    <div className="max-w-[720px]">
      <BackLink href={`/pathways/${view.id}/edit`}>Back to editing {name}</BackLink>
      <h1>Change the details of {name}</h1>
      <PathwayDetailsForm
        pathway={{ id: view.id, version: view.version }}
        defaults={{ name, population, purpose }}
      />
    </div>
  );
}
