import { strToU8, zipSync, type Zippable } from "fflate";
import type { BundleFile } from "./types";

// A fixed time in the local time zone: the zip format stores local DOS times, so a Date built
// from local fields writes the same bytes on every machine and every day.
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
// Unix mode in the upper half of the external attributes (zip APPNOTE 4.4.15, "Info-ZIP Unix").
const UNIX = 3;
const EXECUTABLE = 0o100755 << 16;
const REGULAR = 0o100644 << 16;

/** The bundle as a zip archive: same files, same bytes; shell scripts keep their executable bit. */
export function zipBundle(files: ReadonlyArray<BundleFile>): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    entries[file.path] = [strToU8(file.content), { mtime: FIXED_MTIME, os: UNIX, attrs: file.path.endsWith(".sh") ? EXECUTABLE : REGULAR, level: 6 }];
  }
  return zipSync(entries);
}
