import type { Database } from '../../../db/client.ts';
import type { ServiceContext } from '../../../platform/context/service-context.ts';

// Bridge to the registrations side until notifyApplicantsOfEventChange lands on main.
export async function notifyApplicants(_ctx: ServiceContext, _db: Database, _eventId: string, _change: 'cancelled' | 'postponed', _changeKey: string): Promise<number> {
  return 0;
}
