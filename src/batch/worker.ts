/**
 * Worker-thread entry of the batch pool: handles each batch it is sent and posts the results back
 * in one message. A task is either bytes to convert ({@link convertOne}) or a file to process
 * whole ({@link prepareFile}, then the output written here). Settings (output format, forced
 * encoding, the stop flag) come as workerData. Runs as compiled JavaScript (`dist/batch/worker.js`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { convertOne, type InputFormat, inputFormatOf, loadLibrary } from './convert.js';
import { afterWrite, type FileResult, prepareFile } from './file-task.js';
import type { WorkerRequest, WorkerResponse, WorkerSettings } from './pool.js';
import { writeAtomicSync } from './store.js';

const settings = workerData as WorkerSettings;
const stop = new Int32Array(settings.stop);
const port = parentPort;
if (port === null) throw new Error('batch/worker.js must run in a worker thread');

const ready = loadLibrary(settings.format);

/** The input formats of a batch's files (their readers are loaded before the batch is converted). */
function inputFormats(request: WorkerRequest): InputFormat[] {
  return request.batch.map((task) => inputFormatOf('file' in task ? task.file.rel : task.relPath) ?? 'text');
}

const stopped = (): FileResult => ({ status: 'failed', error: 'stopped', diagnostics: 0, output: null, written: false, sha256: null, refused: false });

port.on('message', (request: WorkerRequest) => {
  void ready.then(() => loadLibrary(settings.format, inputFormats(request))).then(
    (lib) => {
      const response: WorkerResponse = {
        results: request.batch.map((task) => {
          if (!('file' in task)) return { id: task.id, ...convertOne(task.bytes, task.relPath, settings.format, settings.encoding, lib) };
          // Checked between files: a stop leaves every started output either renamed into place or not begun.
          if (Atomics.load(stop, 0) !== 0) return { id: task.id, file: stopped() };
          const { result, data } = prepareFile(task.file, settings.format, settings.encoding, lib);
          if (data === null || task.file.outAbs === null) return { id: task.id, file: result };
          let error: unknown = null;
          try {
            writeAtomicSync(task.file.outAbs, data);
          } catch (caught) {
            error = caught ?? new Error('write failed');
          }
          return { id: task.id, file: afterWrite(result, error) };
        }),
      };
      port.postMessage(response);
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      const failure = `internal error: cannot load the parser: ${message}`;
      const response: WorkerResponse = {
        results: request.batch.map((task) =>
          'file' in task
            ? { id: task.id, file: { ...stopped(), error: failure } }
            : { id: task.id, output: '', status: 'failed', diagnosticsCount: 0, error: failure },
        ),
      };
      port.postMessage(response);
    },
  );
});
