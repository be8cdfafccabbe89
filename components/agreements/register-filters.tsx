import { FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import {
  agreementStatuses,
  agreementStatusLabels,
  agreementTypeLabels,
  agreementTypes,
} from "@/lib/agreements/labels";
import type { AgreementRegisterQuery } from "@/lib/agreements/schemas";

/** The register's filters: a plain GET form, so the address bar keeps the search. */
export function RegisterFilters({
  query,
  parties,
  chosenParty,
}: {
  query: AgreementRegisterQuery;
  /** Null when there are too many to list: the search finds a party by its name. */
  parties: { id: string; name: string }[] | null;
  /** The chosen party's name when the parties are not listed. */
  chosenParty: string | null;
}) {
  return (
    <FilterForm
      action="/agreements"
      label="Agreements"
      submitLabel="Search"
      keep={{
        sort: query.sort !== "updated" ? query.sort : null,
        order: query.order !== "desc" ? query.order : null,
      }}
    >
      <FilterSearch label="Reference, title or party" value={query.q} />
      <FilterSelect
        id="status"
        label="Status"
        any="Any status"
        value={query.status}
        options={agreementStatuses.map((value) => ({ value, label: agreementStatusLabels[value] }))}
      />
      <FilterSelect
        id="type"
        label="Type"
        any="Any type"
        value={query.type}
        options={agreementTypes.map((value) => ({ value, label: agreementTypeLabels[value] }))}
      />
      <FilterSelect
        id="party"
        label="Party"
        any="Any party"
        value={query.party}
        options={parties?.map((party) => ({ value: party.id, label: party.name })) ?? null}
        chosen={chosenParty}
      />
      <FilterSelect
        id="reviewWithin"
        label="Review due"
        any="Any review date"
        value={query.reviewWithin === undefined ? undefined : String(query.reviewWithin)}
        options={[30, 90, 180, 365].map((days) => ({
          value: String(days),
          label: `Within ${days} days`,
        }))}
      />
      <FilterSelect
        id="special"
        label="Special category data"
        any="With or without"
        value={query.special}
        options={[
          { value: "yes", label: "Special category data" },
          { value: "no", label: "No special category data" },
        ]}
      />
    </FilterForm>
  );
}
