/**
 * Writing outputs safely: every file is written to a temporary file in its own directory and
 * renamed over the target, so a reader (or a killed run) sees the old file or the new one, never
 * half of one. Also the manifest that lets a re-run skip inputs whose output is up to date.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, opendir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { OutputFormat } from './convert.js';

/** Name of the manifest kept in OUTDIR. */
export const MANIFEST_NAME = '.minutes-manifest.json';

/** Temporary files this module creates: `.<name>.minutes-tmp-<pid>-<n>` (main thread) or `-<pid>-<thread>-<n>`. */
const TEMP_PATTERN = /^\..*\.minutes-tmp-\d+-\d+(?:-\d+)?$/;

/** Temporary files being written right now, removed by {@link removeLiveTemps} on a signal. */
const liveTemps = new Set<string>();
let tempCounter = 0;

/** Directories already created (bounded: an archive has far fewer folders than files). */
const knownDirs = new Set<string>();

function rememberDir(dir: string): void {
  if (knownDirs.size > 10_000) knownDirs.clear();
  knownDirs.add(dir);
}

function tempPathFor(file: string): string {
  tempCounter++;
  const thread = threadId === 0 ? '' : `${threadId}-`;
  return path.join(path.dirname(file), `.${path.basename(file)}.minutes-tmp-${process.pid}-${thread}${tempCounter}`);
}

/**
 * Write `data` to `file` atomically (temporary file in the same directory, then rename),
 * creating parent directories.
 *
 * Note: no fsync — a killed process loses nothing already renamed; only a power loss could.
 * Note: creating a file is the slowest step of a batch (about 1 ms here, more than parsing a
 * short document), so writes run asynchronously, several at once, off the main thread.
 *
 * @param file the target path
 * @param data the content (UTF-8)
 */
export async function writeAtomic(file: string, data: string): Promise<void> {
  const dir = path.dirname(file);
  if (!knownDirs.has(dir)) {
    await mkdir(dir, { recursive: true });
    rememberDir(dir);
  }
  const temp = tempPathFor(file);
  liveTemps.add(temp);
  try {
    try {
      await writeFile(temp, data, { flag: 'wx' });
    } catch (error) {
      // The folder went away since it was created: create it again, once.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await mkdir(dir, { recursive: true });
      await writeFile(temp, data, { flag: 'wx' });
    }
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    liveTemps.delete(temp);
  }
}

/**
 * Synchronous {@link writeAtomic} (the manifest, and signal handlers).
 *
 * @param file the target path
 * @param data the content (UTF-8), whole or in pieces
 */
export function writeAtomicSync(file: string, data: string | Iterable<string>): void {
  const dir = path.dirname(file);
  if (!knownDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    rememberDir(dir);
  }
  const temp = tempPathFor(file);
  liveTemps.add(temp);
  try {
    let fd: number;
    try {
      fd = openSync(temp, 'wx');
    } catch (error) {
      // The folder went away since it was created: create it again, once.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(dir, { recursive: true });
      fd = openSync(temp, 'wx');
    }
    try {
      if (typeof data === 'string') writeFileSync(fd, data);
      else for (const piece of data) writeFileSync(fd, piece);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Never created.
    }
    throw error;
  } finally {
    liveTemps.delete(temp);
  }
}

/**
 * Have {@link removeLiveTemps} remove a temporary file written elsewhere (the report), until
 * {@link untrackTemp}.
 *
 * @param temp its path
 */
export function trackTemp(temp: string): void {
  liveTemps.add(temp);
}

/**
 * Stop tracking a temporary file.
 *
 * @param temp its path
 */
export function untrackTemp(temp: string): void {
  liveTemps.delete(temp);
}

/** Remove the temporary files of writes still in progress (synchronously: called on SIGINT/SIGTERM). */
export function removeLiveTemps(): void {
  for (const temp of liveTemps) {
    try {
      unlinkSync(temp);
    } catch {
      // Not created yet, or already renamed.
    }
  }
  liveTemps.clear();
}

/**
 * Remove temporary files a killed run (SIGKILL, power loss) left under `dir`.
 *
 * @param dir OUTDIR
 * @returns how many were removed
 */
export async function sweepTemps(dir: string): Promise<number> {
  let removed = 0;
  const visit = async (current: string): Promise<void> => {
    let handle: Awaited<ReturnType<typeof opendir>>;
    try {
      handle = await opendir(current);
    } catch {
      return;
    }
    for await (const entry of handle) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await visit(full);
      else if (entry.isFile() && TEMP_PATTERN.test(entry.name)) {
        await unlink(full).catch(() => undefined);
        removed++;
      }
    }
  };
  await visit(dir);
  return removed;
}

/**
 * SHA-256 of bytes, as lowercase hex.
 *
 * @param bytes the content
 */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What the manifest remembers about one input. */
export interface ManifestEntry {
  /** SHA-256 of the input bytes the output was made from. */
  sha256: string;
  /** Version of minutes that made it. */
  tool: string;
  format: OutputFormat;
  /** The output path, relative to OUTDIR with '/' separators. */
  output: string;
}

/**
 * `.minutes-manifest.json` in OUTDIR: input path (relative, '/' separators) → {@link ManifestEntry}.
 * A missing or unreadable manifest is an empty one (everything is redone).
 */
export class Manifest {
  private readonly entries = new Map<string, ManifestEntry>();
  /** Output paths (relative to OUTDIR) this manifest produced, for "is this file ours?". */
  private readonly outputs = new Set<string>();
  private dirty = false;

  /** @param file the manifest path */
  private constructor(readonly file: string) {}

  /**
   * Read the manifest in `outDir`, or start an empty one.
   *
   * @param outDir OUTDIR
   */
  static async load(outDir: string): Promise<Manifest> {
    const manifest = new Manifest(path.join(outDir, MANIFEST_NAME));
    try {
      const data = JSON.parse(await readFile(manifest.file, 'utf8')) as { entries?: Record<string, unknown> };
      for (const [rel, value] of Object.entries(data.entries ?? {})) {
        if (isEntry(value)) {
          manifest.entries.set(rel, value);
          manifest.outputs.add(value.output);
        }
      }
    } catch {
      // No manifest yet, or a damaged one: start over.
    }
    return manifest;
  }

  /**
   * The entry for an input, if any.
   *
   * @param rel input path relative to the input base
   */
  get(rel: string): ManifestEntry | undefined {
    return this.entries.get(rel);
  }

  /**
   * Whether an output path was written by a previous run or this one.
   *
   * @param output output path relative to OUTDIR
   */
  owns(output: string): boolean {
    return this.outputs.has(output);
  }

  /**
   * Record an input's output.
   *
   * @param rel input path relative to the input base
   * @param entry what was written
   */
  set(rel: string, entry: ManifestEntry): void {
    this.entries.set(rel, entry);
    this.outputs.add(entry.output);
    this.dirty = true;
  }

  /**
   * Forget an input (its output is gone or was not rewritten).
   *
   * @param rel input path relative to the input base
   */
  delete(rel: string): void {
    if (this.entries.delete(rel)) this.dirty = true;
  }

  /** Write the manifest if it changed (atomically, keys sorted). */
  async save(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    writeAtomicSync(this.file, this.serialise());
  }

  /**
   * {@link save}, synchronously (signal handlers). Writes even when nothing changed: the signal
   * may have cut short an asynchronous save, whose temporary file is removed.
   */
  saveSync(): void {
    this.dirty = false;
    writeAtomicSync(this.file, this.serialise());
  }

  /**
   * The manifest as `JSON.stringify({ manifestVersion: 1, entries }, null, 2)` with sorted keys
   * would print it, in pieces of about 64 KB (no object of all entries, no single large string).
   */
  private *serialise(): Generator<string> {
    const keys = [...this.entries.keys()].sort();
    if (keys.length === 0) {
      yield '{\n  "manifestVersion": 1,\n  "entries": {}\n}\n';
      return;
    }
    let chunk = '{\n  "manifestVersion": 1,\n  "entries": {';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const entry = this.entries.get(key) as ManifestEntry;
      chunk += `${i === 0 ? '' : ','}\n    ${JSON.stringify(key)}: ${entryJson(entry)}`;
      if (chunk.length >= 65_536) {
        yield chunk;
        chunk = '';
      }
    }
    yield `${chunk}\n  }\n}\n`;
  }
}

/**
 * An entry as `JSON.stringify(entry, null, 2)` prints it, indented by four more spaces; an entry
 * of four strings (every entry this tool writes) without the general printer and its re-indenting.
 */
function entryJson(entry: ManifestEntry): string {
  if (!hasEntryKeysOnly(entry)) return JSON.stringify(entry, null, 2).replaceAll('\n', '\n    ');
  const field = (key: string, value: string) => `\n      ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  return `{${field('sha256', entry.sha256)},${field('tool', entry.tool)},${field('format', entry.format)},${field('output', entry.output)}\n    }`;
}

const ENTRY_KEYS = ['sha256', 'tool', 'format', 'output'];

/** Whether an entry has exactly the keys this tool writes, in its order (one read from an older manifest may not). */
function hasEntryKeysOnly(entry: object): boolean {
  let i = 0;
  for (const key in entry) if (key !== ENTRY_KEYS[i++]) return false;
  return i === ENTRY_KEYS.length;
}

function isEntry(value: unknown): value is ManifestEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.sha256 === 'string' && typeof v.tool === 'string' && typeof v.format === 'string' && typeof v.output === 'string';
}
