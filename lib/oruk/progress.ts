// The importer's progress bar, drawn on stderr so stdout keeps only the final counts line.
// On a terminal it redraws one line; in a log file it writes a line every tenth of the way.
let lastTenth = -1;

export function progressLine(done: number, total: number, elapsedMs: number, width = 30): string {
  const share = total ? done / total : 1;
  const filled = Math.round(share * width);
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
  const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
  return `${bar} ${done}/${total} ${Math.floor(share * 100)}% · ${rate.toFixed(0)}/s · ${left}s left`;
}

export function drawProgress(
  done: number,
  total: number,
  startedAt: number,
  stream: NodeJS.WriteStream = process.stderr,
): void {
  const line = progressLine(done, total, Date.now() - startedAt);
  if (stream.isTTY) {
    stream.write(`\r${line}${done === total ? "\n" : ""}`);
    return;
  }
  const tenth = Math.floor((done / Math.max(total, 1)) * 10);
  if (tenth !== lastTenth || done === total) {
    lastTenth = tenth;
    stream.write(`${line}\n`);
  }
}
