// Open Referral HSDS 3.0 tabular services.csv: the international model the
// directory also exports. Only the service table is read; schedules,
// locations and phones live in other HSDS tables.
import type { ImportFormat } from './row-draft.ts';

/** HSDS 3.0 services.csv. */
export const hsdsServicesFormat: ImportFormat = {
  id: 'hsds-services',
  columns: [
    'id', 'organization_id', 'program_id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'interpretation_services', 'application_process',
    'fees_description', 'wait_time', 'fees', 'accreditations', 'eligibility_description', 'minimum_age', 'maximum_age', 'assured_date', 'assurer_email',
    'licenses', 'alert', 'last_modified',
  ],
  required: ['id', 'name', 'status'],
  // Ids of rows in other HSDS tables mean nothing without those tables.
  ignored: ['organization_id', 'program_id', 'last_modified', 'fees'],
  toDraft(row) {
    return {
      externalId: row.get('id'),
      name: row.get('name'),
      description: row.get('description'),
      url: row.get('url'),
      email: row.get('email'),
      status: row.get('status'),
      cost: row.get('fees_description'),
      target: row.get('eligibility_description'),
      // assured_date is "the date the information was last checked": 確認日.
      confirmedOn: row.get('assured_date'),
      statusNotice: row.get('alert'),
    };
  },
};
