import chromium from '@sparticuz/chromium';

/**
 * Jest's global setup: unpack the Chromium that `@sparticuz/chromium` carries (to the temporary
 * folder) once, before any worker starts. The package checks for an unpacked binary but does not
 * lock, so two test files unpacking at once on a fresh machine would write the same files
 * together; after this, every `executablePath()` call finds the binary and returns at once.
 */
export default async function unpackChromium() {
  await chromium.executablePath();
}
