"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { acceptAnswerAction, likePostAction } from "@/app/forums/actions";
import { quoteMarkdown } from "@/lib/forums/quote";

import { QUOTE_EVENT, type QuoteDetail } from "./quote-event";

const LINK_BUTTON =
  "min-h-6 cursor-pointer text-nhs-blue underline underline-offset-2 hover:text-nhs-dark-blue";

// The small buttons on each post: quote, like, accept as the answer.

/**
 * Quotes the text selected in the post, or the whole post when nothing of it is selected, into
 * the reply form below.
 */
export function QuoteButton({
  postId,
  topicId,
  number,
  authorName,
  body,
}: {
  postId: string;
  topicId: string;
  number: number;
  authorName: string;
  body: string;
}) {
  const quote = () => {
    const selection = window.getSelection();
    const container = document.getElementById(`post-body-${number}`);
    const selected =
      selection && container && !selection.isCollapsed && container.contains(selection.anchorNode)
        ? selection.toString()
        : "";
    const detail: QuoteDetail = {
      markdown: quoteMarkdown({ authorName, topicId, number }, selected || body),
      postId,
    };
    window.dispatchEvent(new CustomEvent(QUOTE_EVENT, { detail }));
  };
  return (
    <button type="button" className={LINK_BUTTON} onClick={quote}>
      Quote<span className="sr-only"> post {number}</span>
    </button>
  );
}

/** Likes a post, or takes the like back; the count updates in place. */
export function LikeButton({
  postId,
  number,
  liked,
  count,
}: {
  postId: string;
  number: number;
  liked: boolean;
  count: number;
}) {
  const [state, setState] = useState({ liked, count });
  const [message, setMessage] = useState("");
  const toggle = async () => {
    const result = await likePostAction({ postId, like: !state.liked });
    if (result.ok) {
      setState({ liked: !state.liked, count: result.data.likeCount });
      setMessage("");
    } else setMessage(result.message);
  };
  return (
    <span>
      <button
        type="button"
        aria-pressed={state.liked}
        className={LINK_BUTTON}
        onClick={() => void toggle()}
      >
        {state.liked ? "Liked" : "Like"}
        <span className="sr-only"> post {number}</span> ({state.count})
      </button>
      {message ? (
        <span role="alert" className="ml-2 font-bold text-nhs-red">
          {message}
        </span>
      ) : null}
    </span>
  );
}

/** Marks a reply as the topic's answer, or takes the mark back. */
export function AcceptButton({
  topicId,
  postId,
  number,
  accepted,
}: {
  topicId: string;
  postId: string;
  number: number;
  accepted: boolean;
}) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  const run = async () => {
    const result = await acceptAnswerAction({ topicId, postId: accepted ? null : postId });
    if (!result.ok) setMessage(result.message);
    else router.refresh();
  };
  return (
    <span>
      <button type="button" className={LINK_BUTTON} onClick={() => void run()}>
        {accepted ? "Not the answer after all" : "Accept as the answer"}
        <span className="sr-only"> (post {number})</span>
      </button>
      {message ? (
        <span role="alert" className="ml-2 font-bold text-nhs-red">
          {message}
        </span>
      ) : null}
    </span>
  );
}
