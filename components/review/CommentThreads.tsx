"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import type { CommentRecord, CommentThread } from "@/lib/db/comments";
import { anchorLabel, type AnchorOption } from "@/lib/review/anchors";
import { errorMessage, sendJson } from "./api";
import { LocalTime } from "@/components/ui/LocalTime";

type Props = {
  designId: string;
  revision: number;
  threads: CommentThread[];
  anchors: AnchorOption[];
  /** Reviewers, editors and owners comment and resolve; viewers read. */
  canComment: boolean;
};


/** Comment threads on a revision. Comment text is rendered as text (React escapes it), never as HTML. */
export function CommentThreads({ designId, revision, threads, anchors, canComment }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function post(body: object) {
    setError(null);
    try {
      await sendJson("POST", `/api/designs/${designId}/comments`, { revision, ...body });
      router.refresh();
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  }
  async function resolve(commentId: string, resolved: boolean) {
    setError(null);
    try {
      await sendJson("PATCH", `/api/designs/${designId}/comments/${commentId}`, { resolved });
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <div className="flex flex-col gap-3">
      {error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{error}</p>}
      {threads.length === 0 && <p className="text-sm text-slate-500 dark:text-slate-400">No comments on revision {revision}.</p>}
      <ol className="flex flex-col gap-3">
        {threads.map((thread) => (
          <li
            key={thread.id}
            data-testid="comment-thread"
            data-anchor={thread.anchor ?? ""}
            data-resolved={thread.resolvedAt ? "true" : "false"}
            className={`rounded border p-2 ${thread.resolvedAt ? "border-slate-200 opacity-70 dark:border-slate-700" : "border-amber-300 dark:border-amber-700"}`}
          >
            <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-500 dark:text-slate-400">
              {thread.anchor && <span className="rounded bg-slate-100 px-1 text-slate-700 dark:bg-slate-800 dark:text-slate-200">on {anchorLabel(anchors, thread.anchor)}</span>}
              {thread.resolvedAt && <span>resolved by {thread.resolvedBy?.name ?? "someone"}</span>}
            </div>
            <Comment comment={thread} />
            <ol className="mt-2 ml-4 flex flex-col gap-2 border-l border-slate-200 pl-3 dark:border-slate-700">
              {thread.replies.map((reply) => (
                <li key={reply.id}>
                  <Comment comment={reply} />
                </li>
              ))}
            </ol>
            {canComment && (
              <div className="mt-2 flex flex-wrap items-start gap-2">
                <CommentForm label="Reply" onSubmit={(body) => post({ body, parentId: thread.id })} />
                <Button size="sm" variant="ghost" onClick={() => resolve(thread.id, !thread.resolvedAt)}>
                  {thread.resolvedAt ? "Reopen" : "Resolve"}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {canComment && <NewComment anchors={anchors} onSubmit={(body, anchor) => post(anchor ? { body, anchor } : { body })} />}
    </div>
  );
}

function Comment({ comment }: { comment: CommentRecord }) {
  return (
    <div data-testid="comment">
      <p className="text-xs text-slate-500 dark:text-slate-400">
        <span className="font-medium text-slate-800 dark:text-slate-100">{comment.author.name}</span> · <LocalTime iso={new Date(comment.createdAt).toISOString()} />
      </p>
      <p data-testid="comment-body" className="text-sm whitespace-pre-wrap">{comment.body}</p>
    </div>
  );
}

function CommentForm({ label, onSubmit }: { label: string; onSubmit: (body: string) => Promise<boolean> }) {
  const [body, setBody] = useState("");
  return (
    <form
      className="flex flex-1 items-start gap-2"
      onSubmit={async (event) => {
        event.preventDefault();
        if (await onSubmit(body)) setBody("");
      }}
    >
      <textarea aria-label={label} value={body} onChange={(e) => setBody(e.target.value)} rows={1} maxLength={10_000} className="min-w-48 flex-1 rounded border border-slate-300 bg-white p-1 text-sm dark:border-slate-600 dark:bg-slate-800" />
      <Button type="submit" size="sm" disabled={body.trim() === ""}>{label}</Button>
    </form>
  );
}

function NewComment({ anchors, onSubmit }: { anchors: AnchorOption[]; onSubmit: (body: string, anchor: string) => Promise<boolean> }) {
  const [anchor, setAnchor] = useState("");
  const [body, setBody] = useState("");
  return (
    <form
      aria-label="New comment"
      className="flex flex-col gap-2 rounded border border-slate-200 p-2 dark:border-slate-700"
      onSubmit={async (event) => {
        event.preventDefault();
        if (await onSubmit(body, anchor)) setBody("");
      }}
    >
      <label className="flex items-center gap-2 text-sm">
        On
        <select value={anchor} onChange={(e) => setAnchor(e.target.value)} className="rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-800">
          <option value="">the whole revision</option>
          {anchors.map((option) => (
            <option key={option.pointer} value={option.pointer}>{option.label}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Comment
        <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={3} maxLength={10_000} className="rounded border border-slate-300 bg-white p-1 dark:border-slate-600 dark:bg-slate-800" />
      </label>
      <div>
        <Button type="submit" variant="primary" size="sm" disabled={body.trim() === ""}>Comment</Button>
      </div>
    </form>
  );
}
