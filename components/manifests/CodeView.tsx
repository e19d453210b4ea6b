"use client";

import { useMemo } from "react";
import { CopyButton } from "./CopyButton";
import { languageOf } from "./bundleTree";
import { highlightHtml } from "./highlight";
import styles from "./highlight.module.css";

const languageNames = { yaml: "YAML", json: "JSON", markdown: "Markdown", bash: "Shell", plaintext: "Text" } as const;

function lineCount(text: string): number {
  if (text === "") return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

/** One bundle file, highlighted, with its path, language, size and a copy button. */
export function CodeView({ path, content }: { path: string; content: string }) {
  const language = languageOf(path);
  const html = useMemo(() => highlightHtml(content, language), [content, language]);
  const lines = lineCount(content);

  return (
    <section aria-label={`File ${path}`} className="flex min-h-0 min-w-0 flex-1 flex-col">
      <header className="flex items-center gap-3 border-b border-slate-200 px-3 py-2 dark:border-slate-700">
        <h3 className="min-w-0 truncate font-mono text-sm font-medium text-slate-900 dark:text-slate-100" title={path}>
          {path}
        </h3>
        <span className="shrink-0 text-xs text-slate-500 dark:text-slate-400">
          {languageNames[language]} · {lines} {lines === 1 ? "line" : "lines"}
        </span>
        <span className="ml-auto shrink-0">
          <CopyButton text={content} label={`Copy ${path}`} />
        </span>
      </header>
      <pre
        tabIndex={0}
        aria-label={`Contents of ${path}`}
        className={`${styles.code} min-h-0 flex-1 overflow-auto bg-slate-50 p-3 font-mono text-xs leading-5 text-slate-800 dark:bg-slate-900 dark:text-slate-200`}
      >
        {/* highlightHtml escapes the file's text; only highlight.js's own spans are markup. */}
        <code dangerouslySetInnerHTML={{ __html: html }} />
      </pre>
    </section>
  );
}
