#!/usr/bin/env node
// The `tern` command: a thin launcher for the compiled CLI.
import('../dist/src/cli/main.js').then((m) => m.main(process.argv.slice(2)));
