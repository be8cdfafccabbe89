"use client";

import { type KeyboardEvent, useEffect, useRef, useState } from "react";

import { previewAction, saveDraftAction } from "@/app/forums/actions";
import { controlClass, describedBy, FieldShell } from "@/components/ui/field-shell";

// The post editor: a textarea with buttons that insert Markdown, Write and Preview tabs (the
// preview rendered by the server's one sanitising pipeline), and a draft saved as one types.
// Everything works with the keyboard: the buttons are buttons, the tabs follow the ARIA tabs
// pattern (arrow keys move between them).

const FORMATS = [
  { label: "Bold", before: "**", after: "**", placeholder: "bold text" },
  { label: "Link", before: "[", after: "](https://)", placeholder: "link text" },
  { label: "List", before: "\n- ", after: "", placeholder: "item" },
  { label: "Quote", before: "\n> ", after: "", placeholder: "quoted text" },
  { label: "Code", before: "`", after: "`", placeholder: "code" },
] as const;

const DRAFT_DELAY_MS = 1000;

/** Inserts Markdown around the selection (or a placeholder) and selects what was wrapped. */
function wrapSelection(
  textarea: HTMLTextAreaElement,
  format: (typeof FORMATS)[number],
): { value: string; start: number; end: number } {
  const { selectionStart, selectionEnd, value } = textarea;
  const selected = value.slice(selectionStart, selectionEnd) || format.placeholder;
  const next = `${value.slice(0, selectionStart)}${format.before}${selected}${format.after}${value.slice(selectionEnd)}`;
  const start = selectionStart + format.before.length;
  return { value: next, start, end: start + selected.length };
}

export function PostEditor({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  draftKey,
  draftTitle,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** What the draft is of; the draft is saved a second after typing stops. */
  draftKey: string;
  /** The title typed beside the body, saved with the draft. */
  draftTitle?: string;
}) {
  const [tab, setTab] = useState<"write" | "preview">("write");
  const [preview, setPreview] = useState<{ html: string } | { error: string } | null>(null);
  const [draftStatus, setDraftStatus] = useState("");
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const writeTab = useRef<HTMLButtonElement>(null);
  const previewTab = useRef<HTMLButtonElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const timer = window.setTimeout(() => {
      void saveDraftAction({ key: draftKey, title: draftTitle ?? null, body: value }).then(
        (result) =>
          setDraftStatus(
            result.ok
              ? result.data.savedAt
                ? "Draft saved"
                : ""
              : `Draft not saved: ${result.message}`,
          ),
        () => setDraftStatus("Draft not saved: the connection failed"),
      );
    }, DRAFT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draftKey, draftTitle, value]);

  const show = (next: "write" | "preview", focus = false) => {
    setTab(next);
    if (focus) (next === "write" ? writeTab : previewTab).current?.focus();
    if (next === "preview") {
      setPreview(null);
      previewAction({ body: value }).then(
        (result) => setPreview(result.ok ? result.data : { error: result.message }),
        () => setPreview({ error: "The preview could not be made: the connection failed." }),
      );
    }
  };

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) {
      event.preventDefault();
      const next =
        event.key === "Home"
          ? "write"
          : event.key === "End"
            ? "preview"
            : tab === "write"
              ? "preview"
              : "write";
      show(next, true);
    }
  };

  const format = (entry: (typeof FORMATS)[number]) => {
    const textarea = textareaRef.current;
    if (!textarea) return;
    const next = wrapSelection(textarea, entry);
    onChange(next.value);
    requestAnimationFrame(() => {
      textarea.focus();
      textarea.setSelectionRange(next.start, next.end);
    });
  };

  const tabClass = (active: boolean) =>
    `min-h-11 border-2 border-b-0 px-4 py-2 font-bold ${active ? "border-nhs-text bg-white" : "border-transparent text-nhs-blue underline"}`;

  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <div role="tablist" aria-label={`${label}: write or preview`} className="flex gap-1">
        <button
          ref={writeTab}
          type="button"
          role="tab"
          id={`${id}-write-tab`}
          aria-selected={tab === "write"}
          aria-controls={`${id}-write`}
          tabIndex={tab === "write" ? 0 : -1}
          className={tabClass(tab === "write")}
          onClick={() => show("write")}
          onKeyDown={onTabKey}
        >
          Write
        </button>
        <button
          ref={previewTab}
          type="button"
          role="tab"
          id={`${id}-preview-tab`}
          aria-selected={tab === "preview"}
          aria-controls={`${id}-preview`}
          tabIndex={tab === "preview" ? 0 : -1}
          className={tabClass(tab === "preview")}
          onClick={() => show("preview")}
          onKeyDown={onTabKey}
        >
          Preview
        </button>
      </div>
      <div
        role="tabpanel"
        id={`${id}-write`}
        aria-labelledby={`${id}-write-tab`}
        hidden={tab !== "write"}
        className="max-w-[40rem]"
      >
        <div
          role="toolbar"
          aria-label="Formatting"
          aria-controls={id}
          className="flex flex-wrap gap-2 border-2 border-b-0 border-nhs-text bg-nhs-grey-5 p-2"
        >
          {FORMATS.map((entry) => (
            <button
              key={entry.label}
              type="button"
              className="min-h-6 border border-nhs-secondary bg-white px-2 py-1"
              onClick={() => format(entry)}
            >
              {entry.label}
            </button>
          ))}
        </div>
        <textarea
          ref={textareaRef}
          id={id}
          name={id}
          rows={10}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...describedBy(id, hint, error)}
          className={controlClass(error)}
        />
      </div>
      <div
        role="tabpanel"
        id={`${id}-preview`}
        aria-labelledby={`${id}-preview-tab`}
        hidden={tab !== "preview"}
        tabIndex={0}
        className="min-h-32 max-w-[40rem] border-2 border-nhs-text bg-white p-4"
      >
        {preview === null ? (
          <p className="nhs-secondary-text">Preparing the preview…</p>
        ) : "error" in preview ? (
          <p className="font-bold text-nhs-red">{preview.error}</p>
        ) : preview.html ? (
          // The HTML comes only from renderMarkdown on the server, which sanitises it
          // (tests/unit/markdown-render.test.ts runs the XSS corpus through it).
          <div className="nhs-markdown" dangerouslySetInnerHTML={{ __html: preview.html }} />
        ) : (
          <p className="nhs-secondary-text">Nothing to preview yet.</p>
        )}
      </div>
      <p role="status" className="nhs-secondary-text mt-1 mb-0 min-h-6 text-base">
        {draftStatus}
      </p>
    </FieldShell>
  );
}
