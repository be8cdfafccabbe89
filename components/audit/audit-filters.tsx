import { controlClass, FieldShell } from "@/components/ui/field-shell";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { TextField } from "@/components/ui/text-field";
import type { AuditFilterOptions } from "@/lib/audit/list-audit-filter-options";
import type { AuditQuery } from "@/lib/audit/schemas";

/** A plain GET form: it works without JavaScript, and the address bar keeps the filters. */
export function AuditFilters({
  query,
  options,
}: {
  query: AuditQuery;
  options: AuditFilterOptions;
}) {
  // A filter typed into the address bar still shows as chosen.
  const known = new Set([...options.actions, ...options.domains]);
  const extra = query.action && !known.has(query.action) ? [query.action] : [];
  return (
    <FilterForm action="/audit" label="Audit trail" submitLabel="Filter" actionsClassName="mt-2">
      <FieldShell id="action" label="Action" className="">
        <select
          id="action"
          name="action"
          defaultValue={query.action ?? ""}
          className={controlClass()}
        >
          <option value="">Any action</option>
          {extra.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
          <optgroup label="Every action in an area">
            {options.domains.map((domain) => (
              <option key={domain} value={domain}>
                {`${domain}*`}
              </option>
            ))}
          </optgroup>
          <optgroup label="One action">
            {options.actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </optgroup>
        </select>
      </FieldShell>
      <div>
        <TextField
          id="actor"
          name="actor"
          type="email"
          label="Email address of who did it"
          spellCheck={false}
          defaultValue={query.actor ?? ""}
        />
      </div>
      <FilterSelect
        id="organisation"
        label="Acting for organisation"
        any="Any organisation, or none"
        value={query.organisation}
        options={options.organisations.map((organisation) => ({
          value: organisation.id,
          label: organisation.name,
        }))}
      />
      <FilterSelect
        id="entityType"
        label="Kind of record"
        any="Any kind"
        value={query.entityType}
        options={options.entityTypes.map((type) => ({ value: type, label: type }))}
      />
      <TextField
        id="entityId"
        name="entityId"
        label="Record id"
        hint="The id of one record, such as a person's or an organisation's"
        spellCheck={false}
        defaultValue={query.entityId ?? ""}
      />
      <div className="grid grid-cols-2 gap-4">
        <TextField
          id="from"
          name="from"
          type="date"
          label="From (UTC)"
          defaultValue={query.from ?? ""}
        />
        <TextField id="to" name="to" type="date" label="To (UTC)" defaultValue={query.to ?? ""} />
      </div>
    </FilterForm>
  );
}
