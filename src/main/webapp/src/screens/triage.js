// The link worker's triage queue: referrals of the network's practices that wait for a therapy and
// practitioner, and those a practitioner declined, to send again.
import { p, screen } from '../ui.js';
import { pageLinks, referralPage, referralTable, statusFilter } from './list.js';

const CHOICES = [
  ['', 'Awaiting triage and declined'],
  ['AWAITING_TRIAGE', 'Awaiting triage'],
  ['DECLINED', 'Declined: to send again'],
];

export async function triageScreen({ query }) {
  const chosen = query.get('status');
  const status = chosen === 'AWAITING_TRIAGE' || chosen === 'DECLINED' ? chosen : 'AWAITING_TRIAGE,DECLINED';
  const { items, pages, nextCursor } = await referralPage('/triage', { status }, query);
  return screen(
    'Triage queue',
    p('Referrals from the practices of your network that need a therapy and a practitioner, and referrals a practitioner declined. Open one to send it to a practitioner.'),
    statusFilter('/triage', query, CHOICES),
    await referralTable(items, { caption: 'Referrals to triage', showPractice: true, showActions: true }),
    pageLinks('/triage', query, pages, nextCursor),
  );
}
