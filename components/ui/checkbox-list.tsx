"use client";

import { useId, useMemo, useState } from "react";

import { Choice, ChoiceFieldset, choiceInputClass } from "./choice-fieldset";
import { useHydrated } from "./use-hydrated";

export interface CheckboxOption {
  value: string;
  label: string;
  /** Extra words a search also finds it by, such as a code. */
  keywords?: string;
  /** The group it belongs to, for "select all" of the group. */
  group: { key: string; label: string };
}

const normalise = (text: string) => text.toLocaleLowerCase("en-GB").replace(/\s+/g, " ").trim();

/**
 * A long list of checkboxes that a search narrows as you type, with a button per group to select
 * (or clear) all of it and a count of what is selected. Searching only hides options: what is
 * ticked stays ticked, and the rest of the form keeps what was typed. Every part is a native
 * checkbox, button or search field, so it works from the keyboard; without JavaScript it is a
 * plain checkbox list posting `name`. The first checkbox takes `id`, so the error summary's link
 * lands on it.
 */
export function CheckboxList({
  id,
  name,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
  onBlur,
  noun = { one: "option", many: "options" },
}: {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  options: CheckboxOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  noun?: { one: string; many: string };
}) {
  // The search and the buttons appear only with JavaScript; without it the field is a plain list.
  const enhanced = useHydrated();
  const searchId = useId();
  const [search, setSearch] = useState("");
  const selected = useMemo(() => new Set(value), [value]);
  const query = normalise(search);
  const visible = useMemo(
    () =>
      query
        ? new Set(
            options
              .filter((option) =>
                normalise(`${option.label} ${option.keywords ?? ""}`).includes(query),
              )
              .map((option) => option.value),
          )
        : null,
    [options, query],
  );
  const groups = useMemo(() => {
    const byKey = new Map<string, { key: string; label: string; values: string[] }>();
    for (const option of options) {
      const group = byKey.get(option.group.key) ?? { ...option.group, values: [] };
      group.values.push(option.value);
      byKey.set(option.group.key, group);
    }
    return [...byKey.values()].sort((a, b) => a.label.localeCompare(b.label));
  }, [options]);

  const set = (values: Iterable<string>) => {
    // Kept in the options' order, so what is sent does not depend on the order of the clicks.
    const chosen = new Set(values);
    onChange(options.filter((option) => chosen.has(option.value)).map((option) => option.value));
  };
  const toggle = (optionValue: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(optionValue);
    else next.delete(optionValue);
    set(next);
  };
  const count = (n: number) => `${n} ${n === 1 ? noun.one : noun.many}`;
  const shownCount = visible ? visible.size : options.length;

  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error}>
      {enhanced ? (
        <div className="mb-3">
          <label htmlFor={searchId} className="mb-1 block">
            Search by name{options.some((option) => option.keywords) ? " or code" : ""}
          </label>
          <input
            id={searchId}
            type="search"
            value={search}
            autoComplete="off"
            onChange={(event) => setSearch(event.target.value)}
            // Enter searches as you type already; it must not send the whole form.
            onKeyDown={(event) => {
              if (event.key === "Enter") event.preventDefault();
            }}
            className="block w-full max-w-[24rem] border-2 border-nhs-text bg-white px-2 py-2"
          />
          <p className="mb-0 mt-2" aria-live="polite" data-testid={`${id}-count`}>
            <strong>{selected.size} selected</strong>
            {visible ? `; ${count(shownCount)} match “${search.trim()}”` : null}
          </p>
        </div>
      ) : null}
      {enhanced && groups.length > 1 ? (
        <div role="group" aria-label={`Select all of a type`} className="mb-3">
          <p className="mb-1">Select all of a type:</p>
          <ul className="m-0 flex list-none flex-wrap gap-2 p-0">
            {groups.map((group) => {
              const all = group.values.every((groupValue) => selected.has(groupValue));
              return (
                <li key={group.key}>
                  <button
                    type="button"
                    className="min-h-11 border-2 border-nhs-blue bg-white px-3 py-1 text-nhs-blue underline-offset-2 hover:underline"
                    aria-pressed={all}
                    onClick={() =>
                      set(
                        all
                          ? [...selected].filter(
                              (selectedValue) => !group.values.includes(selectedValue),
                            )
                          : [...selected, ...group.values],
                      )
                    }
                  >
                    {all ? "Clear " : "All "}
                    {group.label} ({group.values.length})
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <div className="max-h-[28rem] overflow-y-auto border-2 border-nhs-grey-4 bg-white px-3 pt-2">
        {shownCount === 0 ? (
          <p className="mb-2" role="status">
            No {noun.many} match “{search.trim()}”.
          </p>
        ) : null}
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div key={option.value} hidden={visible ? !visible.has(option.value) : undefined}>
              <Choice id={optionId} label={option.label}>
                <input
                  id={optionId}
                  type="checkbox"
                  name={name}
                  value={option.value}
                  checked={selected.has(option.value)}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                  onBlur={onBlur}
                  className={choiceInputClass}
                />
              </Choice>
            </div>
          );
        })}
      </div>
    </ChoiceFieldset>
  );
}
