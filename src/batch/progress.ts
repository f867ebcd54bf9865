/**
 * Progress on stderr: a cli-progress bar (count, rate, ETA) when stderr is a terminal, nothing
 * otherwise; notes about single files go above the bar.
 */
import cliProgress from 'cli-progress';

/** Progress reporting for one batch. */
export interface Progress {
  /** One more file done. */
  increment(): void;
  /**
   * Print a line on stderr without breaking the bar.
   *
   * @param line the text, without a line break
   */
  log(line: string): void;
  /** Remove the bar. */
  stop(): void;
}

/**
 * Start progress reporting.
 *
 * @param stderr where to draw
 * @param total number of files, or null when unknown (no bar is drawn)
 * @param showBar draw a bar (stderr is a TTY and not --quiet)
 */
export function createProgress(stderr: NodeJS.WritableStream & { isTTY?: boolean }, total: number | null, showBar: boolean): Progress {
  if (!showBar || total === null) {
    return {
      increment: () => undefined,
      log: (line) => {
        stderr.write(`${line}\n`);
      },
      stop: () => undefined,
    };
  }
  const started = Date.now();
  const multi = new cliProgress.MultiBar(
    {
      stream: stderr as NodeJS.WritableStream as NodeJS.WriteStream,
      format: 'minutes {bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted}',
      hideCursor: false,
      clearOnComplete: true,
      stopOnComplete: false,
      etaBuffer: 50,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(total, 0, { rate: '0' });
  let done = 0;
  return {
    increment: () => {
      done++;
      const seconds = (Date.now() - started) / 1000;
      bar.increment(1, { rate: seconds > 0 ? (done / seconds).toFixed(1) : '0' });
    },
    log: (line) => multi.log(`${line}\n`),
    stop: () => multi.stop(),
  };
}
