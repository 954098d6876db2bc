// The start page: each role goes to the screen it works from.
import { navigate } from '../router.js';
import { p, screen } from '../ui.js';

const START = {
  practitioner: '/worklist',
  gp: '/referrals',
  'link-worker': '/triage',
  commissioner: '/dashboard',
  admin: '/referrals',
};

export async function home({ user }) {
  const start = START[user.role];
  if (start) {
    navigate(start, { replace: true });
    return screen('Social prescribing');
  }
  return screen(
    'You have no role in this service',
    p('Your account is not set up as a GP, link worker, practitioner, commissioner or administrator.'),
    p('Ask your administrator to give your account a role.'),
  );
}
