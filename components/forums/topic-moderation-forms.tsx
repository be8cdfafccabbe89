"use client";

import { z } from "zod";

import { moderateTopicAction, moveTopicAction, splitTopicAction } from "@/app/forums/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { type TopicModeration, topicModerationLabels } from "@/lib/forums/labels";
import { moveTopicSchema, splitTopicSchema } from "@/lib/forums/schemas";

// What leads and moderators do with a topic, on the topic's page.

const noFields = z.object({});

/** One change of a topic's state: pin, unpin, close or reopen. */
export function TopicStateForm({ topicId, change }: { topicId: string; change: TopicModeration }) {
  const { isSubmitting, onSubmit, summary } = useActionForm({
    schema: noFields,
    defaultValues: {},
    fields: [],
    action: () => moderateTopicAction({ topicId, change }),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <FormFooter
        submitLabel={topicModerationLabels[change]}
        isSubmitting={isSubmitting}
        secondary
      />
    </form>
  );
}

export function MoveTopicForm({
  topicId,
  version,
  categories,
}: {
  topicId: string;
  version: number;
  categories: { value: string; label: string }[];
}) {
  const { register, isSubmitting, onSubmit, summary, errors } = useActionForm({
    schema: moveTopicSchema,
    defaultValues: { topicId, categoryId: "", version },
    fields: ["categoryId"],
    fieldIds: { categoryId: "move-category" },
    action: (_values, typed) => moveTopicAction(typed),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <SelectField
        id="move-category"
        label="Move the topic to"
        options={[{ value: "", label: "Choose a category" }, ...categories]}
        error={errors.categoryId?.message}
        {...register("categoryId")}
      />
      <FormFooter submitLabel="Move the topic" isSubmitting={isSubmitting} secondary />
    </form>
  );
}

/** Moves the chosen replies of this page into a new topic. */
export function SplitTopicForm({
  topicId,
  categoryId,
  categories,
  replies,
}: {
  topicId: string;
  categoryId: string;
  categories: { value: string; label: string }[];
  replies: { id: string; label: string }[];
}) {
  const { register, isSubmitting, onSubmit, summary, errors } = useActionForm({
    schema: splitTopicSchema,
    defaultValues: { topicId, title: "", categoryId, postIds: [] },
    fields: ["postIds", "title", "categoryId"],
    fieldIds: { postIds: "split-posts", title: "split-title", categoryId: "split-category" },
    action: (_values, typed) => splitTopicAction(typed),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <fieldset
        id="split-posts"
        tabIndex={-1}
        className={`mb-6 ${errors.postIds ? "border-l-4 border-nhs-red pl-4" : ""}`}
      >
        <legend className="mb-2 font-bold">Replies to move into a new topic</legend>
        {errors.postIds?.message ? (
          <p className="mb-2 font-bold text-nhs-red">
            <span className="sr-only">Error:</span> {errors.postIds.message}
          </p>
        ) : null}
        {replies.map((reply) => (
          <div key={reply.id} className="mb-2 flex items-start gap-2">
            <input
              id={`split-${reply.id}`}
              type="checkbox"
              value={reply.id}
              className="mt-1 h-6 w-6"
              {...register("postIds")}
            />
            <label htmlFor={`split-${reply.id}`}>{reply.label}</label>
          </div>
        ))}
      </fieldset>
      <TextField
        id="split-title"
        label="Title of the new topic"
        error={errors.title?.message}
        {...register("title")}
      />
      <SelectField
        id="split-category"
        label="Category of the new topic"
        options={categories}
        error={errors.categoryId?.message}
        {...register("categoryId")}
      />
      <FormFooter submitLabel="Split into a new topic" isSubmitting={isSubmitting} secondary />
    </form>
  );
}
