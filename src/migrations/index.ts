import * as migration_20261126_114118_initial from './20261126_114118_initial';

export const migrations = [
  {
    up: migration_20261126_114118_initial.up,
    down: migration_20261126_114118_initial.down,
    name: '20261126_114118_initial'
  },
];
