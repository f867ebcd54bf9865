// Loads dist/bundle/cli.cjs as Node loads a CommonJS module, but compiled with the V8 code cache
// made at build time (dist/bundle/cli.cjs.cache) when there is one and this V8 accepts it: a
// start then skips compiling what a parse runs. The bundle's dynamic imports (the parts loaded on
// demand, and ESM packages) are made here, as `__minutesImport`.
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const FILE = path.join(__dirname, '..', 'dist', 'bundle', 'cli.cjs');
const DIR = path.dirname(FILE);

/**
 * import() for the bundle: relative specifiers are files next to it, bare ones npm packages.
 *
 * @param {string} specifier
 */
function importForBundle(specifier) {
  return import(specifier.startsWith('.') ? pathToFileURL(path.join(DIR, specifier)).href : specifier);
}

/**
 * @param {{ cache?: boolean }} [options] cache: false compiles without the stored cache
 * @returns {{ main: (io: object) => Promise<number>, script: import('node:vm').Script, cacheRejected: boolean }}
 */
function loadCli(options = {}) {
  const source = readFileSync(FILE, 'utf8');
  let cachedData;
  if (options.cache !== false) {
    try {
      cachedData = readFileSync(`${FILE}.cache`);
    } catch {
      // No cache: compile from source.
    }
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname, __minutesImport) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: FILE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(FILE), module, FILE, DIR, importForBundle);
  return { main: module.exports.main, script, cacheRejected: cachedData === undefined || script.cachedDataRejected === true };
}

module.exports = { loadCli };
