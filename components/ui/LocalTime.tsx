"use client";
import { useSyncExternalStore } from "react";

// Times in the reader's own time zone. The server renders in UTC (and says so); once hydrated, the
// browser switches to its zone. useSyncExternalStore gives the server value during hydration and
// the browser value right after, without a hydration mismatch (a plain client format would show
// the server's zone forever, since React keeps server text on hydration).
const style = { dateStyle: "medium", timeStyle: "short" } as const;
const utc = new Intl.DateTimeFormat("en", { ...style, timeZone: "UTC" });

const subscribe = () => () => {};

export function LocalTime({ iso, className }: { iso: string; className?: string }) {
  const inBrowser = useSyncExternalStore(subscribe, () => true, () => false);
  const date = new Date(iso);
  return (
    <time dateTime={iso} className={className} title={`${utc.format(date)} UTC`}>
      {inBrowser ? new Intl.DateTimeFormat("en", style).format(date) : `${utc.format(date)} UTC`}
    </time>
  );
}
