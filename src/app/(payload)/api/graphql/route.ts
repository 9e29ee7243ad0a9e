import config from '@payload-config'

import { guardedRoutes } from '../../../../requestGuard/guardedRoutes'

const routes = guardedRoutes(config)

export const POST = routes.GRAPHQL
export const OPTIONS = routes.OPTIONS
