import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
  it('starts with the install-and-parse and the test commands', () => {
    const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => (m[1] as string).trim());
    expect(blocks[0]).toBe('npm install && npx minutes parse fixtures/standing-meeting-seed.txt');
    expect(blocks[1]).toBe('npm test');
  });
  it('documents every diagnostic rule', () => {
    for (const id of Object.keys(RULES)) expect(readme).toContain(`| \`${id}\` |`);
  });
});
