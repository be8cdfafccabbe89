import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import type { OrganisationProfile } from "@/lib/organisations/get-organisation-profile";
import { systemCategoryLabels } from "@/lib/organisations/types";

/** The systems an organisation runs, with add, change and remove for those who may. */
export function SystemsSection({ profile }: { profile: OrganisationProfile }) {
  const base = `/organisations/${profile.id}/systems`;
  const manage = profile.canManageSystems;
  return (
    <section aria-labelledby="systems-heading" className="mb-8">
      <h2 id="systems-heading">Systems in use</h2>
      {profile.systems.length === 0 ? (
        <p>No systems recorded yet.</p>
      ) : (
        <ScrollRegion label="Systems in use">
          <table className="nhs-table">
            <caption className="sr-only">Systems in use</caption>
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col">Supplier</th>
                <th scope="col">Product</th>
                <th scope="col">Notes</th>
                {manage ? (
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {profile.systems.map((system) => (
                <tr key={system.id}>
                  <td>{systemCategoryLabels[system.category]}</td>
                  <td>{system.supplier}</td>
                  <td>{system.product}</td>
                  <td>{system.notes ?? ""}</td>
                  {manage ? (
                    <td>
                      <ul className="flex flex-wrap gap-x-4">
                        <li>
                          <Link href={`${base}/${system.id}/edit`}>
                            Change<span className="sr-only"> {system.product}</span>
                          </Link>
                        </li>
                        <li>
                          <Link href={`${base}/${system.id}/remove`}>
                            Remove<span className="sr-only"> {system.product}</span>
                          </Link>
                        </li>
                      </ul>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {manage ? <Link href={`${base}/new`}>Add a system</Link> : null}
    </section>
  );
}
