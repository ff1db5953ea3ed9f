// Preloaded into every measured process (`node -r bench/cpu-probe.cjs …`): at exit it writes the
// process's own CPU time (user + system, in microseconds) and its peak resident memory (in KB) to
// file descriptor 3, which the bench opened as a pipe. CPU time, unlike wall-clock time, hardly
// moves when other work shares the cores.
const { writeSync } = process.getBuiltinModule('node:fs');
process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(3, `${usage.userCPUTime + usage.systemCPUTime} ${usage.maxRSS}\n`);
});
