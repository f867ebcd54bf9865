#!/usr/bin/env node
// Thin entry point: wire the process streams into main() and report its exit code.
import { createRequire } from 'node:module';

const { loadCli } = createRequire(import.meta.url)('./load-cli.cjs');
process.exitCode = await loadCli().main({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
