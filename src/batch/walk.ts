/**
 * Expand the command line's inputs (directories, globs, files) into input files, one at a time,
 * in a stable order, each with its path relative to the common base of all inputs (the tree that
 * is mirrored under OUTDIR).
 */
import { lstat, opendir, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** One input file found by {@link walkInputs}. */
export interface InputFile {
  /** Absolute path. */
  abs: string;
  /** Path relative to the common base, with '/' separators: `2021/第16次.txt`. */
  rel: string;
  /** Set when the entry cannot be read as a file (dangling symlink, FIFO …): why. */
  problem: string | null;
}

/** A command-line input, resolved. */
export interface InputRoot {
  kind: 'dir' | 'glob' | 'file';
  /** The argument as given. */
  arg: string;
  /** Absolute directory the input's files are relative to. */
  base: string;
  /** Absolute path of the directory or file; the pattern for a glob. */
  target: string;
  /** The directory a glob pattern is relative to. */
  cwd: string;
}

/** Thrown when an input argument names nothing: a usage problem. */
export class InputNotFoundError extends Error {
  override readonly name = 'UsageError';
  /** @param arg the argument as given */
  constructor(readonly arg: string) {
    super(`No such file, directory or matching glob: ${arg}`);
  }
}

/**
 * Classify each argument as a directory, a file or a glob; throw {@link InputNotFoundError} for
 * an argument that is none of them (or a glob matching no file).
 *
 * @param args the DIR|GLOB|FILE arguments
 * @param cwd the directory relative arguments start from
 * @returns the resolved roots and the common base directory of all of them
 */
export async function resolveInputs(args: string[], cwd: string): Promise<{ roots: InputRoot[]; base: string }> {
  const roots: InputRoot[] = [];
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    const info = await lstat(abs).catch(() => null);
    if (info) {
      const target = info.isSymbolicLink() ? await stat(abs).catch(() => null) : info;
      if (target?.isDirectory()) roots.push({ kind: 'dir', arg, base: abs, target: abs, cwd });
      else roots.push({ kind: 'file', arg, base: path.dirname(abs), target: abs, cwd });
      continue;
    }
    if (isDynamicPattern(arg)) {
      // A glob that matches nothing is a mistyped argument, like a missing path.
      const matches = await glob(arg, { cwd, onlyFiles: true, dot: false, followSymbolicLinks: false });
      if (matches.length > 0) {
        roots.push({ kind: 'glob', arg, base: globBase(abs), target: arg, cwd });
        continue;
      }
    }
    throw new InputNotFoundError(arg);
  }
  return { roots, base: commonBase(roots.map((root) => root.base)) };
}

/**
 * Yield every input file under the roots, directories depth-first in code-unit order of names;
 * hidden entries (`.git`, `.minutes-manifest.json`) and the `skip` directory (OUTDIR, when it is
 * inside an input) are left out. Directory symlinks are not followed (no loops).
 *
 * @param roots from {@link resolveInputs}
 * @param base the common base the `rel` paths are relative to
 * @param skip absolute directories not to enter
 * @param options `describe: false` yields entries without checking them (no stat; for counting)
 */
export async function* walkInputs(roots: InputRoot[], base: string, skip: string[], options: { describe?: boolean } = {}): AsyncGenerator<InputFile> {
  const check = options.describe ?? true;
  const describe = (abs: string, isLink: boolean): Promise<InputFile> | InputFile =>
    check ? describeFile(abs, base, isLink) : { abs, rel: toRel(abs, base), problem: null };
  for (const root of roots) {
    if (root.kind === 'file') {
      yield await describe(root.target, false);
    } else if (root.kind === 'dir') {
      yield* walkDir(root.target, relativeDir(root.target, base), base, skip, describe);
    } else {
      const matches = await glob(root.target, { cwd: root.cwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false });
      matches.sort(compareNames);
      for (const match of matches) {
        const abs = path.resolve(match);
        if (!skip.some((dir) => isInside(abs, dir))) yield await describe(abs, false);
      }
    }
  }
}

/**
 * @param dir an absolute, normalised directory
 * @param rel `dir` relative to `base` with '/' separators ('' for `base` itself): a child's `rel`
 *   is this plus its name, with no path arithmetic per file
 */
async function* walkDir(
  dir: string,
  rel: string,
  base: string,
  skip: string[],
  describe: (abs: string, isLink: boolean) => Promise<InputFile> | InputFile,
): AsyncGenerator<InputFile> {
  if (skip.some((s) => isInside(dir, s))) return;
  let names: { name: string; isDir: boolean; isFile: boolean; isLink: boolean }[];
  try {
    names = [];
    for await (const entry of await opendir(dir)) {
      if (entry.name.startsWith('.')) continue;
      names.push({ name: entry.name, isDir: entry.isDirectory(), isFile: entry.isFile(), isLink: entry.isSymbolicLink() });
    }
  } catch (error) {
    yield { abs: dir, rel: toRel(dir, base), problem: `cannot read directory: ${errorMessage(error)}` };
    return;
  }
  names.sort((a, b) => compareNames(a.name, b.name));
  // Entry names hold no separator and are never '.' or '..', so joining needs no normalising.
  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  for (const entry of names) {
    const abs = prefix + entry.name;
    const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDir) yield* walkDir(abs, childRel, base, skip, describe);
    // A regular file by its directory entry needs no stat (the reader checks it again when it
    // opens it); symlinks and entries of unknown type are checked.
    else if (entry.isFile) yield { abs, rel: childRel, problem: null };
    else yield await describe(abs, entry.isLink);
  }
}

/** Check that a path is a regular file (following a symlink to a file, not to a directory). */
async function describeFile(abs: string, base: string, isLink: boolean): Promise<InputFile> {
  const rel = toRel(abs, base);
  try {
    const info = await stat(abs);
    if (info.isDirectory()) return { abs, rel, problem: isLink ? 'symbolic link to a directory (not followed)' : 'is a directory' };
    if (!info.isFile()) return { abs, rel, problem: 'not a regular file' };
    return { abs, rel, problem: null };
  } catch (error) {
    return { abs, rel, problem: `cannot read: ${errorMessage(error)}` };
  }
}

/** The directory part of a glob before its first magic segment: `docs/2021/**\/*.txt` → `docs/2021`. */
function globBase(absPattern: string): string {
  const parts = absPattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const part of parts) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.join(path.sep) || path.sep;
}

/** The deepest directory containing all of `dirs`. */
function commonBase(dirs: string[]): string {
  const [first, ...rest] = dirs;
  if (first === undefined) return process.cwd();
  let base = first;
  for (const dir of rest) {
    while (!isInside(dir, base)) {
      const parent = path.dirname(base);
      if (parent === base) break;
      base = parent;
    }
  }
  return base;
}

/**
 * Whether `child` is `dir` or inside it.
 *
 * @param child an absolute, normalised path (as `path.resolve` returns)
 * @param dir an absolute, normalised directory
 */
export function isInside(child: string, dir: string): boolean {
  if (child === dir) return true;
  // POSIX paths in normal form compare as strings (called for every file of a batch).
  if (path.sep === '/') return child.startsWith(dir.endsWith('/') ? dir : `${dir}/`);
  const rel = path.relative(dir, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

function toRel(abs: string, base: string): string {
  const rel = relativeDir(abs, base);
  return rel === '' ? path.basename(abs) : rel;
}

/** `dir` relative to `base` with '/' separators; '' when they are the same. */
function relativeDir(dir: string, base: string): string {
  return path.relative(base, dir).split(path.sep).join('/');
}

/** Code-unit order, so the walk order does not depend on the locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The message of an error, without the stack.
 *
 * @param error anything thrown
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code && !error.message.startsWith(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
