import { downloadFileName } from "./fileName";

/**
 * Hands a URL (data: or blob:) to the browser as a download. A temporary <a download> is the one
 * way a page can name the saved file; it has to be in the document for Firefox to follow it.
 */
export function saveUrlAs(url: string, fileName: string, extension: string): void {
  const link = document.createElement("a");
  link.href = url;
  link.download = downloadFileName(fileName, extension);
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
}

/** Saves a Blob (a fetched bundle) under `fileName`, freeing its object URL once the click is handled. */
export function saveBlobAs(blob: Blob, fileName: string, extension: string): void {
  const url = URL.createObjectURL(blob);
  try {
    saveUrlAs(url, fileName, extension);
  } finally {
    // The download has started from the click; revoking on the next task keeps the URL valid until then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
