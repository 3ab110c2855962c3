// Progress lines for a run that takes minutes: what is happening, since when. Counters print at
// most every 2 seconds (and at the end), so a 10,000-article run stays readable.

export interface Progress {
  step(title: string): void;
  note(message: string): void;
  tick(label: string, done: number, total: number): void;
}

export function createProgress(write: (line: string) => void = (l) => console.log(l)): Progress {
  const started = Date.now();
  const lastTick = new Map<string, number>();
  const stamp = () => `[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`;
  return {
    step: (title) => write(`${stamp()} ▶ ${title}`),
    note: (message) => write(`${stamp()}   ${message}`),
    tick(label, done, total) {
      const now = Date.now();
      if (done < total && now - (lastTick.get(label) ?? 0) < 2000) return;
      lastTick.set(label, now);
      write(`${stamp()}   ${label}: ${done}/${total}`);
    },
  };
}
