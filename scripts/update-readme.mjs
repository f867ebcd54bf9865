#!/usr/bin/env node
// Regenerates the README's generated sections: the accuracy table (from `minutes eval`) and the
// diagnostic rule table (from dist/rules.js). Run after `npm run build`: npm run readme.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../dist/rules.js';

const readme = readFileSync('README.md', 'utf8');
const evalOut = execFileSync('node', ['bin/minutes.js', 'eval', 'eval/gold', '--inputs', 'eval/inputs'], { encoding: 'utf8' });
const table = evalOut.split('\n').filter((l) => /^(field|-{5}|\S.*\d+\.\d+%|total)/.test(l)).join('\n');
const rules = [
  '| rule | severity | meaning |',
  '| --- | --- | --- |',
  ...Object.entries(RULES).map(([id, r]) => `| \`${id}\` | ${r.severity} | ${r.description.replace(/\|/g, '\\|')} |`),
].join('\n');
const replace = (text, name, body) =>
  text.replace(new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`), `$1\n${body}\n$2`);
writeFileSync('README.md', replace(replace(readme, 'accuracy', '```\n' + table + '\n```'), 'rules', rules));
console.log('README.md updated');
