import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import json from "highlight.js/lib/languages/json";
import markdown from "highlight.js/lib/languages/markdown";
import yaml from "highlight.js/lib/languages/yaml";
import type { HighlightLanguage } from "./bundleTree";

/**
 * Syntax highlighting of bundle files with highlight.js core and only the four languages a bundle
 * holds, which keeps it to a few kB instead of the full library's 190 or so languages.
 */
hljs.registerLanguage("yaml", yaml);
hljs.registerLanguage("json", json);
hljs.registerLanguage("markdown", markdown);
hljs.registerLanguage("bash", bash);

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * HTML of `code` with `hljs-*` spans. highlight.js escapes the text it emits, so the result is safe
 * to insert; plain text is escaped here.
 */
export function highlightHtml(code: string, language: HighlightLanguage): string {
  if (language === "plaintext") return escapeHtml(code);
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}
