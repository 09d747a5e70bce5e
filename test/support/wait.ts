/** How long a condition may take to come true before a test gives up: generous, as the machine is shared. */
export const DEADLINE_MS = 30_000;

/**
 * Polls `condition` until it returns a truthy value, and resolves with that value.
 * Rejects, naming `what`, once `deadlineMs` has passed: the deadline only bounds a
 * wait that should end by itself, it never decides what a test asserts.
 */
export async function waitUntil<T>(
  what: string,
  condition: () => T | Promise<T>,
  { deadlineMs = DEADLINE_MS, everyMs = 50 }: { deadlineMs?: number; everyMs?: number } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await condition();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`gave up after ${deadlineMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
