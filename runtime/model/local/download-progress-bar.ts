/**
 * A progress bar on stderr for a model download: size, speed and time left (cli-progress computes the ETA;
 * off a terminal it prints a line every few seconds instead of redrawing).
 */
import cliProgress from "cli-progress";
import type { DownloadProgress } from "./download-model.js";

const megabyte = 1024 * 1024;

/** A progress callback that draws the bar, and `stop` to finish it. */
export function downloadProgressBar(stream: NodeJS.WriteStream = process.stderr): { onProgress: (progress: DownloadProgress, label: string) => void; stop(): void } {
  let bar: cliProgress.SingleBar | undefined;
  let started = 0;
  return {
    onProgress(progress, label) {
      if (bar === undefined) {
        started = performance.now();
        bar = new cliProgress.SingleBar(
          {
            stream,
            format: `Downloading ${label} [{bar}] {percentage}% | {done}/{size} MB | {speed} MB/s | {eta_formatted} left`,
            noTTYOutput: true,
            notTTYSchedule: 5000,
            hideCursor: true,
            etaBuffer: 50,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(progress.total, progress.received, { done: mb(progress.received), size: mb(progress.total), speed: "0.0" });
        if (progress.resumedFrom > 0) stream.write(`(resuming at ${mb(progress.resumedFrom)} MB)\n`);
      }
      const seconds = (performance.now() - started) / 1000;
      const speed = seconds > 0 ? (progress.received - progress.resumedFrom) / megabyte / seconds : 0;
      bar.update(progress.received, { done: mb(progress.received), size: mb(progress.total), speed: speed.toFixed(1) });
    },
    stop() {
      bar?.stop();
    },
  };
}

function mb(bytes: number): string {
  return (bytes / megabyte).toFixed(0);
}
