import { BackLink } from "@/components/pathways/back-link";
import { DataCategoryForm } from "@/components/pathways/data-category-form";
import { requireActor } from "@/lib/auth/require-actor";
import { listDataCategories } from "@/lib/pathways/data-categories";
import { pathwayPolicy } from "@/lib/pathways/policy";
import { dataCategorySourceLabels } from "@/lib/pathways/types";

export const metadata = { title: "Kinds of data" };

export default async function DataCategoriesPage() {
  const actor = await requireActor("/data-categories");
  const categories = await listDataCategories();
  return (
    <div>
      <BackLink href="/pathways">Pathways</BackLink>
      <h1>Kinds of data</h1>
      <p className="nhs-lede">
        The kinds of data that flows carry and organisations need, drawn from the PRSB Core
        Information Standard and social care records.
      </p>
      {pathwayPolicy.canManageCategories(actor) ? <DataCategoryForm /> : null}
      <table className="nhs-table">
        <caption className="sr-only">Kinds of data</caption>
        <thead>
          <tr>
            <th scope="col">Kind of data</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((category) => (
            <tr key={category.id}>
              <td>
                <strong>{category.name}</strong>
                {category.description ? (
                  <span className="block text-base">{category.description}</span>
                ) : null}
              </td>
              <td>{dataCategorySourceLabels[category.source]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
