// Loaded with `node --import` into every process the project starts (project-node.ts). A child
// must not outlive its parent: when the parent is killed (SIGKILL, a crash, an OOM kill) it gets no
// chance to stop its children, and an orphan keeps its port and serves a release since pruned. The
// kernel re-parents an orphan, so a changed parent pid means the parent is gone: the child stops
// itself, as politely as on a normal shutdown (SIGTERM), and surely a few seconds later.
if (process.env.DBK_WATCH_PARENT === '1') {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    console.error(`Tiến trình cha (pid ${parent}) đã dừng: tiến trình ${process.pid} tự dừng theo.`);
    setTimeout(() => process.exit(1), 5000).unref();
    process.kill(process.pid, 'SIGTERM');
  }, 1000);
  // Never what keeps a process alive.
  timer.unref();
}
