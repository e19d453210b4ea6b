#!/usr/bin/env node
// The `blueprint` command: registers tsx so that the TypeScript of bin/cli and lib runs as is,
// then hands the arguments to bin/cli/main.ts. The exit code is set, not forced, so that large
// outputs are flushed before Node exits.
import { register } from "tsx/esm/api";

register();
const { run } = await import(new URL("./cli/main.ts", import.meta.url).href);
process.exitCode = await run(process.argv.slice(2));
