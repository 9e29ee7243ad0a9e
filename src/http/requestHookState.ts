/**
 * Whether this process's request hook (requestHook.ts) is installed and has seen a request:
 * kept on `globalThis`, since Next loads src/instrumentation.ts and the routes that read the
 * client's address as separate bundles, each with its own copy of our modules.
 */
type HookState = { installed: boolean; requests: number }

const key = Symbol.for('clinic-cms.requestHook')

export const requestHookState = (): HookState => {
  const global = globalThis as { [key]?: HookState }
  global[key] ??= { installed: false, requests: 0 }
  return global[key]
}

/**
 * Why a request reached the app without the client address the hook stamps: the hook is not
 * installed in this process, or it is and the request did not pass through it (the server
 * no longer emits Node's `request` event through http.Server.prototype.emit).
 */
export const whyUnstamped = (header: string): string => {
  const { installed, requests } = requestHookState()
  return installed
    ? `A request reached the app without ${header} although the request hook is installed ` +
        `(it has seen ${requests} request${requests === 1 ? '' : 's'}): the server no longer ` +
        'emits Node’s http.Server "request" event for every request, and src/http/requestHook.ts ' +
        'needs updating. Meanwhile every client counts as one.'
    : `A request reached the app without ${header}: the server's request hook ` +
        '(src/instrumentation.ts installs src/http/requestHook.ts) is not installed in this ' +
        'process, so every client counts as one.'
}
