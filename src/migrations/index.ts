import * as migration_20261126_114118_initial from './20261126_114118_initial';
import * as migration_20261126_144333_delivery from './20261126_144333_delivery';

export const migrations = [
  {
    up: migration_20261126_114118_initial.up,
    down: migration_20261126_114118_initial.down,
    name: '20261126_114118_initial',
  },
  {
    up: migration_20261126_144333_delivery.up,
    down: migration_20261126_144333_delivery.down,
    name: '20261126_144333_delivery'
  },
];
