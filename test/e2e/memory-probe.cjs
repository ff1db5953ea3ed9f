// Preloaded into a server under load (`node -r test/e2e/memory-probe.cjs bin/gret.js …`): at exit it
// writes the process's peak resident memory, in kilobytes, to file descriptor 3, which the test
// opened as a pipe. Node measures it the same way on every system.
const { writeSync } = process.getBuiltinModule('node:fs');
process.on('exit', () => {
  writeSync(3, `${process.resourceUsage().maxRSS}\n`);
});
