import Link from "@/components/ui/link";

import { PlaceForm } from "@/components/organisations/place-form";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { listPlacePage, PLACES_PAGE_SIZE } from "@/lib/organisations/list-place-page";
import { organisationPolicy } from "@/lib/organisations/policy";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Places" };

const placesHref = (page: number) =>
  page > 1 ? `/organisations/places?page=${page}` : "/organisations/places";

export default async function PlacesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/organisations/places");
  if (!organisationPolicy.canCreatePlace(actor)) await denyAccess(actor, "place.create");
  const requested = (await searchParams).page;
  const places = await listPlacePage(actor, Number(typeof requested === "string" ? requested : 1));
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href="/organisations">Back to organisations</Link>
      </p>
      <h1>Places</h1>
      <p className="nhs-lede">The places within the coalition that organisations belong to.</p>
      <table className="nhs-table">
        <caption>Places and their organisations</caption>
        <thead>
          <tr>
            <th scope="col">Place</th>
            <th scope="col" className="text-right">
              Organisations
            </th>
          </tr>
        </thead>
        <tbody>
          {places.entries.map((place) => (
            <tr key={place.id}>
              <th scope="row" className="font-normal">
                <Link href={`/organisations?place=${place.id}`}>{place.name}</Link>
              </th>
              <td className="text-right">{place.organisationCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination
        page={places.page}
        pageCount={places.pageCount}
        total={places.total}
        pageSize={PLACES_PAGE_SIZE}
        noun="places"
        hrefFor={placesHref}
      />
      <h2 className="mt-10">Add a place</h2>
      <PlaceForm />
      <p className="mt-8">
        <Link href="/organisations/new">Add an organisation</Link>
      </p>
    </div>
  );
}
