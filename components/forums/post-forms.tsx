"use client";

import { useEffect } from "react";
import { type Control, Controller, type FieldPath, type FieldValues } from "react-hook-form";

import {
  editPostAction,
  replyAction,
  sendMessageAction,
  startTopicAction,
} from "@/app/forums/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  editPostSchema,
  privateMessageSchema,
  replySchema,
  topicSchema,
} from "@/lib/forums/schemas";

import { QUOTE_EVENT, type QuoteDetail } from "./quote-event";
import { PostEditor } from "./post-editor";

const BODY_HINT =
  "Markdown: **bold**, [links](https://…), lists, tables and `code`. Mention someone with @ and their handle, such as @priya.shah.";

/** A form's post body: the Markdown editor with its preview and its draft. */
function BodyField<T extends FieldValues & { body: string }, Typed extends FieldValues>({
  control,
  id,
  label,
  error,
  draftKey,
  draftTitle,
}: {
  control: Control<T, unknown, Typed>;
  id: string;
  label: string;
  error: string | undefined;
  draftKey: string;
  draftTitle?: string;
}) {
  return (
    <Controller
      control={control}
      name={"body" as FieldPath<T>}
      render={({ field }) => (
        <PostEditor
          id={id}
          label={label}
          hint={BODY_HINT}
          value={field.value}
          onChange={field.onChange}
          error={error}
          draftKey={draftKey}
          draftTitle={draftTitle}
        />
      )}
    />
  );
}

/** A new topic: category, title, tags and the opening post. */
export function NewTopicForm({
  categories,
  categoryId,
  draft,
}: {
  categories: { value: string; label: string }[];
  categoryId: string;
  draft: { title: string; body: string } | null;
}) {
  const { register, control, watch, isSubmitting, onSubmit, summary, errors } = useActionForm({
    schema: topicSchema,
    defaultValues: { categoryId, title: draft?.title ?? "", tags: "", body: draft?.body ?? "" },
    fields: ["categoryId", "title", "tags", "body"],
    fieldIds: {
      categoryId: "topic-category",
      title: "topic-title",
      tags: "topic-tags",
      body: "topic-body",
    },
    action: (_values, typed) => startTopicAction(typed),
  });
  const chosen = watch("categoryId");
  const title = watch("title");
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <SelectField
        id="topic-category"
        label="Category"
        options={[{ value: "", label: "Choose a category" }, ...categories]}
        error={errors.categoryId?.message}
        {...register("categoryId")}
      />
      <TextField
        id="topic-title"
        label="Title"
        hint="Say what the topic is about, as a question if you are asking one."
        error={errors.title?.message}
        {...register("title")}
      />
      <TextField
        id="topic-tags"
        label="Tags (optional)"
        hint="Up to 5, separated by commas, such as: discharge, care homes"
        error={errors.tags?.message}
        {...register("tags")}
      />
      <BodyField
        control={control}
        id="topic-body"
        label="Your post"
        error={errors.body?.message}
        draftKey={`topic:${chosen || categoryId}`}
        draftTitle={title}
      />
      <FormFooter submitLabel="Start the topic" isSubmitting={isSubmitting} cancelHref="/forums" />
    </form>
  );
}

/** The reply form under a topic; quote buttons on the posts add their quotation to it. */
export function ReplyForm({
  topicId,
  draft,
  label = "Your reply",
  submitLabel = "Post your reply",
}: {
  topicId: string;
  draft: string | null;
  label?: string;
  submitLabel?: string;
}) {
  const { control, setValue, getValues, isSubmitting, onSubmit, summary, errors } = useActionForm({
    schema: replySchema,
    defaultValues: { body: draft ?? "", replyToPostId: "" },
    fields: ["body"],
    fieldIds: { body: "reply-body" },
    action: (_values, typed) => replyAction(topicId, typed),
  });
  useEffect(() => {
    const onQuote = (event: Event) => {
      const { markdown, postId } = (event as CustomEvent<QuoteDetail>).detail;
      const body = getValues("body");
      setValue("body", `${body ? `${body.trimEnd()}\n\n` : ""}${markdown}`);
      setValue("replyToPostId", postId);
      document.getElementById("reply-body")?.focus();
    };
    window.addEventListener(QUOTE_EVENT, onQuote);
    return () => window.removeEventListener(QUOTE_EVENT, onQuote);
  }, [getValues, setValue]);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label}>
      <ErrorSummary errors={summary} />
      <BodyField
        control={control}
        id="reply-body"
        label={label}
        error={errors.body?.message}
        draftKey={`reply:${topicId}`}
      />
      <FormFooter submitLabel={submitLabel} isSubmitting={isSubmitting} />
    </form>
  );
}

/** Editing a post (and, for the opening post, the topic's title). */
export function EditPostForm({
  postId,
  body,
  title,
  version,
  cancelHref,
}: {
  postId: string;
  body: string;
  title: string | null;
  version: number;
  cancelHref: string;
}) {
  const { register, control, watch, isSubmitting, onSubmit, summary, errors } = useActionForm({
    schema: editPostSchema,
    defaultValues: { body, title: title ?? "", version },
    fields: title === null ? ["body"] : ["title", "body"],
    fieldIds: { title: "edit-title", body: "edit-body" },
    action: (_values, typed) => editPostAction(postId, typed),
  });
  const editedTitle = watch("title");
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      {title !== null ? (
        <TextField
          id="edit-title"
          label="Title"
          error={errors.title?.message}
          {...register("title")}
        />
      ) : null}
      <BodyField
        control={control}
        id="edit-body"
        label="Post"
        error={errors.body?.message}
        draftKey={`edit:${postId}`}
        draftTitle={title === null ? undefined : editedTitle}
      />
      <FormFooter submitLabel="Save the post" isSubmitting={isSubmitting} cancelHref={cancelHref} />
    </form>
  );
}

/** A new private message, to people named by handle. */
export function MessageForm({
  to,
  draft,
}: {
  to: string;
  draft: { title: string; body: string } | null;
}) {
  const { register, control, watch, isSubmitting, onSubmit, summary, errors } = useActionForm({
    schema: privateMessageSchema,
    defaultValues: { to, title: draft?.title ?? "", body: draft?.body ?? "" },
    fields: ["to", "title", "body"],
    fieldIds: { to: "message-to", title: "message-title", body: "message-body" },
    action: (_values, typed) => sendMessageAction(typed),
  });
  const title = watch("title");
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextField
        id="message-to"
        label="To"
        hint="Each person's @handle, separated by commas: up to 9 people."
        error={errors.to?.message}
        {...register("to")}
      />
      <TextField
        id="message-title"
        label="Subject"
        error={errors.title?.message}
        {...register("title")}
      />
      <BodyField
        control={control}
        id="message-body"
        label="Message"
        error={errors.body?.message}
        draftKey="message:new"
        draftTitle={title}
      />
      <FormFooter
        submitLabel="Send the message"
        isSubmitting={isSubmitting}
        cancelHref="/forums/messages"
      />
    </form>
  );
}
