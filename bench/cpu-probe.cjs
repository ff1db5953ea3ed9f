// Preloaded into every measured process (`node -r bench/cpu-probe.cjs …`): at exit it writes the
// process's own CPU time (user + system, in microseconds) to file descriptor 3, which the bench
// opened as a pipe. CPU time, unlike wall-clock time, hardly moves when other work shares the cores.
const { writeSync } = process.getBuiltinModule('node:fs');
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeSync(3, `${user + system}\n`);
});
