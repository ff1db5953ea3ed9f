/** Whether a prompt has answered once the events already sent are handled: false means it is still waiting. */
export async function settled(answer: Promise<unknown>): Promise<boolean> {
  let done = false;
  void answer.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((r) => setImmediate(r));
  return done;
}
