// The practitioner's worklist: referrals sent to them that are new, accepted or in treatment,
// urgent first.
import { p, screen } from '../ui.js';
import { pageLinks, referralPage, referralTable, statusFilter } from './list.js';

const OPEN = 'SENT,ACCEPTED,IN_TREATMENT';
const CHOICES = [
  ['', 'New, accepted and in treatment'],
  ['SENT', 'New: waiting for your answer'],
  ['ACCEPTED', 'Accepted'],
  ['IN_TREATMENT', 'In treatment'],
];

export async function worklist({ query }) {
  const status = CHOICES.some(([value]) => value && value === query.get('status')) ? query.get('status') : OPEN;
  const { items, pages, nextCursor } = await referralPage('/worklist', { status }, query);
  return screen(
    'Your worklist',
    p('Referrals sent to you. Urgent referrals come first on each page.'),
    statusFilter('/worklist', query, CHOICES),
    await referralTable(items, { caption: 'Referrals' }),
    pageLinks('/worklist', query, pages, nextCursor),
  );
}
