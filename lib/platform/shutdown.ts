// Work to finish before the web server exits, such as writing counts still held in memory (the
// search log). scripts/serve.ts runs the hooks on SIGTERM/SIGINT. On globalThis: the server and
// Next.js's bundles load separate copies of this module. No `server-only`: serve.ts loads it.
type Hooks = Set<() => Promise<void>>;
const hooks: Hooks = ((globalThis as { __shutdownHooks?: Hooks }).__shutdownHooks ??= new Set());

export function onShutdown(hook: () => Promise<void>): void {
  hooks.add(hook);
}

/** Runs every hook once, waiting at most `timeoutMs` for them; a failing hook does not stop the others. */
export async function runShutdownHooks(timeoutMs = 3_000): Promise<void> {
  const all = [...hooks];
  hooks.clear();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  await Promise.race([Promise.allSettled(all.map((hook) => hook())), late]);
  clearTimeout(timer);
}
