import config from '@payload-config'
import '@payloadcms/next/css'

import { guardedRoutes } from '../../../../requestGuard/guardedRoutes'
import { warmRenderThreads } from '../../../../handouts/render/renderPool'

const routes = guardedRoutes(config)
void warmRenderThreads()

export const GET = routes.GET
export const POST = routes.POST
export const DELETE = routes.DELETE
export const PATCH = routes.PATCH
export const PUT = routes.PUT
export const OPTIONS = routes.OPTIONS
