// A complaint as the clerk types it from an e-mail (§22), for tests of the journal.

import type { RegisterComplaintInput } from '../../shared/contract/complaints.ts';
import { ADULT } from './people.ts';

export function emailComplaint(over: Partial<RegisterComplaintInput> = {}): RegisterComplaintInput {
  return {
    channel: 'email',
    addressee: 'head',
    complainant: {
      name: 'Қасымова Гүлнәр Әбілқызы',
      iin: ADULT.iin,
      address: ADULT.address,
      email: 'gulnar.kassymova@example.kz',
      phone: ADULT.phone,
    },
    summary: 'Маман құжаттарды қабылдаудан негізсіз бас тартты және дөрекі сөйледі.',
    employee: 'Нұрланова А. С.',
    ...over,
  };
}
