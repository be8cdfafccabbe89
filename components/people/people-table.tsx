import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import type { PeoplePage } from "@/lib/users/list-people";
import { peopleHref } from "@/lib/users/people-links";
import type { PeopleQuery } from "@/lib/users/schemas";
import { accountStatusLabels, membershipRoleLabels, platformRoleLabels } from "@/lib/users/types";

export function PeopleTable({ people, query }: { people: PeoplePage; query: PeopleQuery }) {
  if (people.entries.length === 0) {
    return <p className="nhs-card">Nobody matches. Try other words or fewer filters.</p>;
  }
  const direction = query.order === "asc" ? "ascending" : "descending";
  return (
    <ScrollRegion label="People on the platform">
      <table className="nhs-table">
        <caption className="sr-only">People on the platform</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={direction}>
              <Link
                href={peopleHref(query, { order: query.order === "asc" ? "desc" : "asc", page: 1 })}
                className="text-nhs-text visited:text-nhs-text"
              >
                Name
                <span className="sr-only">{`, sorted ${direction}. Sort the other way`}</span>
                <span aria-hidden="true">{query.order === "asc" ? " ▲" : " ▼"}</span>
              </Link>
            </th>
            <th scope="col">Email address</th>
            <th scope="col">Platform role</th>
            <th scope="col">Organisations</th>
            <th scope="col">Account</th>
          </tr>
        </thead>
        <tbody>
          {people.entries.map((person) => (
            <tr key={person.id}>
              <th scope="row" className="font-normal">
                <Link href={`/people/${person.id}`}>{person.name}</Link>
                {person.jobTitle ? (
                  <span className="block text-base text-nhs-secondary">{person.jobTitle}</span>
                ) : null}
              </th>
              <td className="break-all">{person.email}</td>
              <td>{platformRoleLabels[person.role]}</td>
              <td>
                {person.organisations.length === 0 ? (
                  "None"
                ) : (
                  <ul className="mb-0 list-none">
                    {person.organisations.map((organisation) => (
                      <li key={organisation.id}>
                        {organisation.name}{" "}
                        <span className="text-nhs-secondary">
                          ({membershipRoleLabels[organisation.role]})
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{accountStatusLabels[person.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
