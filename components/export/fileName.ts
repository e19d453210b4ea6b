/**
 * File names for downloads made in the browser. Browsers replace or refuse characters that are not
 * allowed in file names on some systems (Windows forbids \ / : * ? " < > |), so the name is made
 * safe here instead of leaving the result to the browser.
 */
const unsafeCharacters = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** `name` with `extension` (without the dot) at its end, added only when it is not already there. */
export function downloadFileName(name: string, extension: string): string {
  const safe = name.replace(unsafeCharacters, "-").replace(/\s+/g, " ").trim();
  const base = safe === "" || safe === "." || safe === ".." ? "diagram" : safe;
  return base.toLowerCase().endsWith(`.${extension.toLowerCase()}`) ? base : `${base}.${extension}`;
}
