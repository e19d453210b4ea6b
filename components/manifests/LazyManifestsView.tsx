"use client";

import dynamic from "next/dynamic";

/**
 * ManifestsView loaded on first use: the renderers, YAML and the highlighter (about 55 kB of
 * gzipped JavaScript, measured with esbuild) stay out of the studio's first-load JavaScript (the
 * route's budget is 400 kB gzipped) and load when the manifests view is opened. Same props as
 * ManifestsView.
 */
export const LazyManifestsView = dynamic(() => import("./ManifestsView").then((module) => module.ManifestsView), {
  ssr: false,
  loading: () => <p className="p-4 text-sm text-slate-600 dark:text-slate-400">Loading manifests…</p>,
});
