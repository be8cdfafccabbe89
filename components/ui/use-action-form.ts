"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { unstable_rethrow } from "next/navigation";
import { type FormEvent, useState } from "react";
import { type DefaultValues, type FieldValues, type Path, useForm } from "react-hook-form";
import type { z } from "zod";

import type { ActionResult } from "@/lib/server/action";

import type { ErrorSummaryItem } from "./error-summary";
import { errorSummaryOf, splitRefusal, UNSENT_MESSAGE } from "./form-errors";

interface ActionFormOptions<TInput extends FieldValues, TOutput, TData> {
  /** The schema the server parses with too. */
  schema: z.ZodType<TOutput, TInput>;
  defaultValues?: DefaultValues<TInput>;
  /** The fields the form shows, in its order: the summary lists their errors in this order. */
  fields: readonly Path<TInput>[];
  /** The id of the control a field's summary entry leads to, where it is not the field's path. */
  fieldIds?: Readonly<Record<string, string>>;
  /**
   * Sends the form. Gets the parsed values and the values as typed (some actions parse what was
   * typed themselves). An action that redirects after its write never comes back here.
   */
  action: (values: TOutput, typed: TInput) => Promise<ActionResult<TData>>;
  /** For a form that stays on its page after the action succeeds. */
  onSuccess?: (data: TData, values: TOutput) => void;
}

/**
 * The wiring every form shares: the schema checks the fields before anything is sent; the
 * action's refusal lands on the fields it names that the form shows, and everything else (a
 * conflict, a lost session, an action that failed or could not be reached) in the error summary.
 * Every submit starts from a clean summary, so no earlier error stays on.
 */
export function useActionForm<TInput extends FieldValues, TOutput, TData = undefined>({
  schema,
  defaultValues,
  fields,
  fieldIds = {},
  action,
  onSuccess,
}: ActionFormOptions<TInput, TOutput, TData>) {
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<TInput, unknown, TOutput>({
    resolver: zodResolver(schema),
    defaultValues,
    shouldFocusError: false,
  });
  const { handleSubmit, getValues, setError, formState } = form;

  /** Runs an action: its refusal goes on the fields and in the summary, its failure in the summary. */
  const settle = async <T>(
    run: () => Promise<ActionResult<T>>,
    succeeded: (data: T) => void,
  ): Promise<void> => {
    let result: ActionResult<T>;
    try {
      result = await run();
    } catch (error) {
      // A redirect after a successful write arrives as a thrown error: let Next follow it.
      unstable_rethrow(error);
      setFormErrors([UNSENT_MESSAGE]);
      return;
    }
    if (result.ok) {
      succeeded(result.data);
      return;
    }
    const { onFields, onForm } = splitRefusal(result, fields);
    for (const [field, message] of onFields) setError(field as Path<TInput>, { message });
    setFormErrors(onForm);
  };

  const send = handleSubmit((values) =>
    settle(
      () => action(values, getValues()),
      (data) => onSuccess?.(data, values),
    ),
  );

  const onSubmit = (event?: FormEvent<HTMLFormElement>) => {
    setFormErrors([]);
    void send(event);
  };

  /**
   * Runs another action of the same page (a button beside the form), its refusal or failure
   * shown in the same summary.
   */
  const runBeside = (other: () => Promise<ActionResult<unknown>>): Promise<void> => {
    setFormErrors([]);
    return settle(other, () => undefined);
  };

  const summary: ErrorSummaryItem[] = errorSummaryOf(
    fields,
    formState.errors,
    formErrors,
    fieldIds,
  );
  return {
    ...form,
    errors: formState.errors,
    isSubmitting: formState.isSubmitting,
    onSubmit,
    summary,
    runBeside,
  };
}
