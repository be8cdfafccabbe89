import { PeopleFilters } from "@/components/people/people-filters";
import { PeopleTable } from "@/components/people/people-table";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { denyAccess } from "@/lib/server/deny-access";
import { listPeople } from "@/lib/users/list-people";
import { peopleHref } from "@/lib/users/people-links";
import { userPolicy } from "@/lib/users/policy";
import { PEOPLE_PAGE_SIZE, peopleQuerySchema } from "@/lib/users/schemas";

export const metadata = { title: "People" };

export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/people");
  if (!userPolicy.canBrowse(actor)) await denyAccess(actor, "people.list");
  const query = peopleQuerySchema.parse(await searchParams);
  const people = await listPeople(actor, query);
  return (
    <>
      <h1>People</h1>
      <p className="nhs-lede">
        Everyone with an account, the organisations they act for, and their roles.
      </p>
      <PeopleFilters query={query} />
      <PeopleTable people={people} query={query} />
      <Pagination
        page={people.page}
        pageCount={people.pageCount}
        total={people.total}
        pageSize={PEOPLE_PAGE_SIZE}
        noun="people"
        hrefFor={(page) => peopleHref(query, { page })}
      />
    </>
  );
}
