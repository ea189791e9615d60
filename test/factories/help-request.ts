/** The fields of a valid phone intake for a new resident; override any of them. */
export function buildIntakeForm(districtId: string, helpTypeId: string, overrides: Record<string, string | null> = {}): Record<string, string | null> {
  return {
    intent: 'submit',
    draftId: '',
    residentName: '北野 ハル',
    residentReading: 'きたの はる',
    residentPhone: '0166-31-2345',
    residentPostalCode: '',
    residentAddress: '旭川市東光5条3丁目',
    residentDistrictId: districtId,
    household: 'alone',
    situationNotes: '足をけがして、しばらく外を歩けない。',
    referrerType: 'self',
    referrerName: '',
    referrerPhone: '',
    helpTypeId,
    description: '飼い犬の散歩をお願いしたい。',
    frequency: 'once',
    preferredOn: '2026-11-25',
    timeSlot: 'am',
    urgency: 'normal',
    meetingPoint: '自宅玄関前',
    ...overrides,
  };
}
