// The referrals a GP's practice, a link worker's network or an administrator may see, with their
// status and the actions open to the user now.
import { ROLE, say } from '../labels.js';
import { href } from '../router.js';
import { buttonLink, p, screen } from '../ui.js';
import { STATUS_CHOICES, pageLinks, referralPage, referralTable, statusFilter } from './list.js';

export async function referralsScreen({ query, user }) {
  const status = query.get('status') || '';
  const { items, pages, nextCursor } = await referralPage('/referrals', { status }, query);
  const whose = user.role === 'gp' ? `practice ${user.odsCode}` : user.role === 'link-worker' ? `network ${user.pcnCode}` : 'every practice';
  return screen(
    user.role === 'gp' ? 'Practice referrals' : user.role === 'link-worker' ? 'Network referrals' : 'All referrals',
    p(`Referrals of ${whose}, newest first, with what you (${say(ROLE, user.role)}) can do now.`),
    user.role === 'gp' || user.role === 'link-worker' ? buttonLink(href('/refer'), 'Refer a patient') : null,
    statusFilter('/referrals', query, STATUS_CHOICES),
    await referralTable(items, { caption: 'Referrals', showPractitioner: true, showActions: true, showPractice: user.role !== 'gp' }),
    pageLinks('/referrals', query, pages, nextCursor),
  );
}
