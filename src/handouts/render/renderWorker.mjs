// A render thread's entry: our TypeScript is loaded through tsx, as the CLIs load it, so the
// same source serves `next start`, the CLIs and the tests without a separate build.
import { register } from 'tsx/esm/api'

register()
const { runRenderTask } = await import('./renderTask.ts')

export default runRenderTask
