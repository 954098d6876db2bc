// The GP practice's inbox: letters, safety alerts and attendance concerns, unacknowledged first and
// urgent first within them (the API's order), a page at a time.
import { get, post, query as queryString } from '../api.js';
import { h, present } from '../dom.js';
import { INBOX_KIND, dateTime, say } from '../labels.js';
import { href, navigate } from '../router.js';
import { flash, takeFlash } from '../session.js';
import { flashBanner, link, p, pagination, screen, table, tag, urgentTag, whileBusy } from '../ui.js';
import { select } from '../forms.js';

const SIZE = 20;
const SHOW = [
  ['false', 'Not acknowledged'],
  ['', 'Everything'],
  ['true', 'Acknowledged'],
];

export async function inboxScreen({ query }) {
  const page = Math.max(0, Number.parseInt(query.get('page') || '0', 10) || 0);
  const acknowledged = query.has('acknowledged') ? query.get('acknowledged') : 'false';
  const inbox = await get(`/inbox${queryString({ page, size: SIZE, acknowledged })}`);
  const items = inbox.items || [];
  const total = inbox.total || 0;
  const pages = Math.max(1, Math.ceil(total / SIZE));
  const at = (number) => href(`/inbox?${new URLSearchParams({ acknowledged, page: String(number) })}`);
  return screen(
    'Inbox',
    flashBanner(takeFlash()),
    p(`Letters, safety alerts and attendance concerns for your practice. Urgent items come first. ${total} item${total === 1 ? '' : 's'}${pages > 1 ? `, page ${page + 1} of ${pages}` : ''}.`),
    filter(acknowledged),
    items.length ? inboxTable(items, query) : p('Nothing to show.'),
    pagination({ previous: page > 0 ? at(page - 1) : null, next: page + 1 < pages ? at(page + 1) : null, label: 'Pages of the inbox' }),
  );
}

function filter(acknowledged) {
  const form = h(
    'form',
    { class: 'app-filter', method: 'get', action: href('/inbox') },
    select({ id: 'acknowledged', field: 'acknowledged', label: 'Show', options: SHOW, value: acknowledged }),
    h('button', { class: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small', type: 'submit' }, 'Show items'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(`/inbox?acknowledged=${encodeURIComponent(form.querySelector('#acknowledged').value)}`);
  });
  return form;
}

function inboxTable(items, query) {
  return table({
    caption: 'Inbox items',
    head: ['Item', 'Received', 'Acknowledged'],
    rows: items.map((item) => [
      h('span', {}, item.urgent ? [urgentTag(), ' '] : null, tag(say(INBOX_KIND, item.kind), 'nhsuk-tag--white'), h('br'), link(itemHref(item), item.title || say(INBOX_KIND, item.kind))),
      dateTime(item.createdAt),
      present(item.acknowledgedAt) ? h('span', {}, `By ${item.acknowledgedBy || 'the practice'}`, h('br'), dateTime(item.acknowledgedAt)) : acknowledgeButton(item, query),
    ]),
  });
}

function itemHref(item) {
  const referral = `/referrals/${encodeURIComponent(item.referralId)}`;
  if (item.kind === 'LETTER') return href(`${referral}/letter`);
  if (item.kind === 'SAFETY_ALERT') return href(`${referral}/safety-alerts`);
  return href(referral);
}

function acknowledgeButton(item, query) {
  const buttonElement = h('button', { class: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small app-inline-button', type: 'button', 'aria-label': `Acknowledge: ${item.title || say(INBOX_KIND, item.kind)}` }, 'Acknowledge');
  buttonElement.addEventListener('click', async () => {
    try {
      await whileBusy(buttonElement, 'Acknowledging…', () => post(`/inbox/${encodeURIComponent(item.id)}/acknowledge`));
      flash(`Acknowledged: ${item.title || say(INBOX_KIND, item.kind)}.`);
    } catch (problem) {
      flash('The item could not be acknowledged. Try again.', 'problem');
    }
    navigate(`/inbox?${query}`, { replace: true });
  });
  return buttonElement;
}
