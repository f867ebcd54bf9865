/**
 * Worker-thread entry of the batch pool: converts each batch it is sent with {@link convertOne}
 * and posts the results back in one message. Settings (output format, forced encoding) come as
 * workerData. Runs as compiled JavaScript (`dist/batch/worker.js`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { convertOne, loadLibrary } from './convert.js';
import type { RunnerSettings, WorkerRequest, WorkerResponse } from './pool.js';

const settings = workerData as RunnerSettings;
const port = parentPort;
if (port === null) throw new Error('batch/worker.js must run in a worker thread');

const ready = loadLibrary();

port.on('message', (request: WorkerRequest) => {
  void ready.then(
    (lib) => {
      const response: WorkerResponse = {
        results: request.batch.map((task) => ({
          id: task.id,
          ...convertOne(task.bytes, task.relPath, settings.format, settings.encoding, lib),
        })),
      };
      port.postMessage(response);
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      const response: WorkerResponse = {
        results: request.batch.map((task) => ({
          id: task.id,
          output: '',
          status: 'failed',
          diagnosticsCount: 0,
          error: `internal error: cannot load the parser: ${message}`,
        })),
      };
      port.postMessage(response);
    },
  );
});
