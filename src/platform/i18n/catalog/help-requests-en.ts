import type { helpRequestsMessagesJa } from './help-requests-ja.ts';

// English for phone intake and its drafts; must have every key of the Japanese file.
export const helpRequestsMessagesEn: Record<keyof typeof helpRequestsMessagesJa, string> = {
  'helpRequests.residentRequests': 'Requests of this resident',
  'helpRequests.residentOpenRequests': '{count} request(s) still open. Check this is not the same request taken twice.',
  'helpRequests.residentNoRequests': 'No requests from this resident yet.',
  'helpRequests.residentRequestsHint': 'Requests open in a new tab (this intake stays as it is).',
  'helpRequests.discardDraft': 'Discard draft',
  'helpRequests.discardDraftOf': 'Discard draft: {name}',
  'helpRequests.draftDiscarded': 'The draft was discarded.',
  'helpRequests.draftEmpty': 'Nothing has been entered yet, so no draft was saved.',
};
