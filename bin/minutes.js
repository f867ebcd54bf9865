#!/usr/bin/env node
// Thin entry point: wire the process streams into main() and report its exit code.
import { main } from '../dist/bundle/cli.js';

process.exitCode = await main({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
