import * as migration_20261126_114118_initial from './20261126_114118_initial';
import * as migration_20261126_144333_delivery from './20261126_144333_delivery';
import * as migration_20261127_030928_deliveries_not_lockable from './20261127_030928_deliveries_not_lockable';
import * as migration_20261127_033344_program_templates from './20261127_033344_program_templates';
import * as migration_20261202_063222_patient_links from './20261202_063222_patient_links';
import * as migration_20261202_070954_home_techniques from './20261202_070954_home_techniques';
import * as migration_20261202_070955_home_techniques_data from './20261202_070955_home_techniques_data';
import * as migration_20261202_071500_name_search_indexes from './20261202_071500_name_search_indexes';
import * as migration_20261202_102550_library_state from './20261202_102550_library_state';
import * as migration_20261207_140310_issue19_patients_links_audit_signin from './20261207_140310_issue19_patients_links_audit_signin';
import * as migration_20261207_170125_issue20_delivery_snapshot from './20261207_170125_issue20_delivery_snapshot';
import * as migration_20261207_210837_issue21_adherence_loop from './20261207_210837_issue21_adherence_loop';

export const migrations = [
  {
    up: migration_20261126_114118_initial.up,
    down: migration_20261126_114118_initial.down,
    name: '20261126_114118_initial',
  },
  {
    up: migration_20261126_144333_delivery.up,
    down: migration_20261126_144333_delivery.down,
    name: '20261126_144333_delivery',
  },
  {
    up: migration_20261127_030928_deliveries_not_lockable.up,
    down: migration_20261127_030928_deliveries_not_lockable.down,
    name: '20261127_030928_deliveries_not_lockable',
  },
  {
    up: migration_20261127_033344_program_templates.up,
    down: migration_20261127_033344_program_templates.down,
    name: '20261127_033344_program_templates',
  },
  {
    up: migration_20261202_063222_patient_links.up,
    down: migration_20261202_063222_patient_links.down,
    name: '20261202_063222_patient_links',
  },
  {
    up: migration_20261202_070954_home_techniques.up,
    down: migration_20261202_070954_home_techniques.down,
    name: '20261202_070954_home_techniques',
  },
  {
    up: migration_20261202_070955_home_techniques_data.up,
    down: migration_20261202_070955_home_techniques_data.down,
    name: '20261202_070955_home_techniques_data',
  },
  {
    up: migration_20261202_071500_name_search_indexes.up,
    down: migration_20261202_071500_name_search_indexes.down,
    name: '20261202_071500_name_search_indexes',
  },
  {
    up: migration_20261202_102550_library_state.up,
    down: migration_20261202_102550_library_state.down,
    name: '20261202_102550_library_state',
  },
  {
    up: migration_20261207_140310_issue19_patients_links_audit_signin.up,
    down: migration_20261207_140310_issue19_patients_links_audit_signin.down,
    name: '20261207_140310_issue19_patients_links_audit_signin',
  },
  {
    up: migration_20261207_170125_issue20_delivery_snapshot.up,
    down: migration_20261207_170125_issue20_delivery_snapshot.down,
    name: '20261207_170125_issue20_delivery_snapshot',
  },
  {
    up: migration_20261207_210837_issue21_adherence_loop.up,
    down: migration_20261207_210837_issue21_adherence_loop.down,
    name: '20261207_210837_issue21_adherence_loop'
  },
];
