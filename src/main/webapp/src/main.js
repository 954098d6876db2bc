// The web app: logs in, draws the header for the user's role, and shows the screen for the address.
import { Header, SkipLink } from 'nhsuk-frontend';
import { logIn, logOut } from './auth.js';
import { ApiProblem } from './api.js';
import { h, replaceChildren } from './dom.js';
import { ROLE, say } from './labels.js';
import { route, start, href } from './router.js';
import { p, progress, screen, link } from './ui.js';
import { problemText } from './forms.js';
import { home } from './screens/home.js';
import { worklist } from './screens/worklist.js';
import { referralScreen } from './screens/referral.js';
import { declineScreen, cancelScreen } from './screens/decisions.js';
import { assignScreen } from './screens/assign.js';
import { sessionsScreen } from './screens/sessions.js';
import { outcomesScreen, outcomeFormScreen } from './screens/outcomes.js';
import { safetyAlertScreen } from './screens/safety.js';
import { letterScreen } from './screens/letter.js';
import { referScreen } from './screens/refer.js';
import { referralsScreen } from './screens/referrals.js';
import { inboxScreen } from './screens/inbox.js';
import { triageScreen } from './screens/triage.js';
import { dashboardScreen } from './screens/dashboard.js';
import { fundingRequestsScreen } from './screens/funding-requests.js';

const NAVIGATION = {
  practitioner: [['/worklist', 'Worklist']],
  gp: [
    ['/referrals', 'Practice referrals'],
    ['/refer', 'Refer a patient'],
    ['/inbox', 'Inbox'],
  ],
  'link-worker': [
    ['/triage', 'Triage queue'],
    ['/referrals', 'Network referrals'],
    ['/refer', 'Refer a patient'],
  ],
  commissioner: [
    ['/dashboard', 'Dashboard'],
    ['/funding-requests', 'Funding requests'],
  ],
  admin: [
    ['/referrals', 'All referrals'],
    ['/dashboard', 'Dashboard'],
  ],
};

route('/', home);
route('/worklist', worklist);
route('/referrals', referralsScreen);
route('/referrals/:id', referralScreen);
route('/referrals/:id/decline', declineScreen);
route('/referrals/:id/cancel', cancelScreen);
route('/referrals/:id/assign', assignScreen);
route('/referrals/:id/sessions', sessionsScreen);
route('/referrals/:id/outcomes', outcomesScreen);
route('/referrals/:id/outcomes/new', outcomeFormScreen);
route('/referrals/:id/safety-alerts', safetyAlertScreen);
route('/referrals/:id/letter', letterScreen);
route('/refer', referScreen);
route('/inbox', inboxScreen);
route('/triage', triageScreen);
route('/dashboard', dashboardScreen);
route('/funding-requests', fundingRequestsScreen);

let user;
let renders = 0;

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
boot();

async function boot() {
  user = await logIn();
  drawHeader();
  new SkipLink(document.querySelector('.nhsuk-skip-link'));
  await start(show);
}

/** Shows one screen: progress while it loads, then its content, its title, and focus on its heading. */
async function show(screenFunction, context) {
  renders += 1;
  const mine = renders;
  const main = document.getElementById('maincontent');
  markCurrent(context.path);
  replaceChildren(main, progress('Loading…'));
  let result;
  try {
    result = screenFunction ? await screenFunction({ ...context, user }) : notFound();
  } catch (problem) {
    result = problemScreen(problem, context.path);
  }
  if (mine !== renders) {
    return;
  }
  replaceChildren(main, result.node);
  document.title = `${result.title} – Social prescribing`;
  const focusTarget = main.querySelector('[data-autofocus]') || main.querySelector('h1');
  if (focusTarget) {
    focusTarget.focus();
  }
  window.scrollTo(0, 0);
}

function notFound() {
  return screen('Page not found', p('If you typed the web address, check it is correct.'), p('If you pasted the web address, check you copied the entire address.'), p(link(href('/'), 'Go to your start page')));
}

/** What a user sees when the API refuses or fails: plain words, never a raw code. */
function problemScreen(problem, path) {
  if (!(problem instanceof ApiProblem)) {
    console.error(problem);
    return screen('Sorry, there is a problem with the service', p('Try again later.'), p(link(href('/'), 'Go to your start page')));
  }
  if (problem.status === 404 && path.startsWith('/referrals/')) {
    return screen(
      'Referral not found',
      p('There is no referral at this address that you can see. It may belong to another practice or network, or the address may be wrong.'),
      p('Check the address, or find the referral in your own lists.'),
      p(link(href('/'), 'Go to your start page')),
    );
  }
  if (problem.status === 404) {
    return screen(
      'Not found',
      p('There is nothing at this address that you can see. It may belong to another practice or organisation, or the address may be wrong.'),
      p('Check the address, or find the record from your own lists.'),
      p(link(href('/'), 'Go to your start page')),
    );
  }
  if (problem.status === 403) {
    return screen('You cannot see this page', p('Your role does not allow it. If you think it should, ask your administrator.'), p(link(href('/'), 'Go to your start page')));
  }
  return screen('Sorry, there is a problem', p(problemText(problem)), p(link(href('/'), 'Go to your start page')));
}

function drawHeader() {
  const items = NAVIGATION[user.role] || [];
  const organisation = user.odsCode || user.pcnCode || user.orgCode || '';
  const header = h(
    'header',
    { class: 'nhsuk-header', role: 'banner', 'data-module': 'nhsuk-header' },
    h(
      'div',
      { class: 'nhsuk-header__container nhsuk-width-container' },
      // The service name alone: this service is not the NHS, so it does not carry the NHS logo.
      h('div', { class: 'nhsuk-header__service' }, h('a', { class: 'nhsuk-header__service-name', href: href('/') }, 'Social prescribing')),
      h(
        'nav',
        { class: 'nhsuk-header__account', 'aria-label': 'Account' },
        h(
          'ul',
          { class: 'nhsuk-header__account-list' },
          h('li', { class: 'nhsuk-header__account-item' }, `${user.name}, ${say(ROLE, user.role) || 'no role'}${organisation ? ` (${organisation})` : ''}`),
          h('li', { class: 'nhsuk-header__account-item' }, h('button', { class: 'nhsuk-header__account-button', type: 'button', id: 'log-out', on: { click: () => logOut() } }, 'Log out')),
        ),
      ),
    ),
    items.length
      ? h(
          'nav',
          { class: 'nhsuk-header__navigation', 'aria-label': 'Menu' },
          h(
            'div',
            { class: 'nhsuk-header__navigation-container nhsuk-width-container' },
            h(
              'ul',
              { class: 'nhsuk-header__navigation-list' },
              items.map(([path, text]) => h('li', { class: 'nhsuk-header__navigation-item', 'data-path': path }, h('a', { class: 'nhsuk-header__navigation-link', href: href(path) }, text))),
              h('li', { class: 'nhsuk-header__menu', hidden: true }, h('button', { class: 'nhsuk-header__menu-toggle nhsuk-header__navigation-link', id: 'toggle-menu', 'aria-expanded': 'false', type: 'button' }, h('span', { class: 'nhsuk-u-visually-hidden' }, 'Browse '), 'More')),
            ),
          ),
        )
      : null,
  );
  replaceChildren(document.getElementById('app-header'), header);
  new Header(header);
}

function markCurrent(path) {
  for (const item of document.querySelectorAll('.nhsuk-header__navigation-item')) {
    const current = path === item.dataset.path || path.startsWith(`${item.dataset.path}/`);
    const anchor = item.querySelector('a');
    item.classList.toggle('nhsuk-header__navigation-item--current', current);
    if (current) {
      anchor.setAttribute('aria-current', 'page');
    } else {
      anchor.removeAttribute('aria-current');
    }
  }
}
