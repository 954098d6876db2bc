// A page of referrals from GET /referrals, with cursor paging in the address: every cursor read so
// far is kept as a "page" parameter, so Previous drops the last one and Next adds the next.
import { get, query as queryString } from '../api.js';
import { h } from '../dom.js';
import { ACTION, STATUS, nhsNumber, say, shortDate } from '../labels.js';
import { href, navigate } from '../router.js';
import { therapyName, practitionerName } from '../session.js';
import { link, p, pagination, statusTag, table, urgentTag } from '../ui.js';
import { select } from '../forms.js';

const PAGE_SIZE = 20;

/** Reads one page; urgent referrals first within it. */
export async function referralPage(path, params, query) {
  const pages = query.getAll('page');
  const cursor = pages.length ? pages[pages.length - 1] : '';
  const page = await get(`/referrals${queryString({ ...params, limit: PAGE_SIZE, cursor })}`);
  const items = [...(page.items || [])].sort((a, b) => urgency(b) - urgency(a));
  return { items, pages, nextCursor: page.nextCursor || null };
}

function urgency(referral) {
  return referral.urgency === 'URGENT' ? 1 : 0;
}

/** Previous and next links that keep the other parameters of the address. */
export function pageLinks(path, query, pages, nextCursor) {
  const withPages = (list) => {
    const search = new URLSearchParams(query);
    search.delete('page');
    list.forEach((cursor) => search.append('page', cursor));
    const text = search.toString();
    return href(path) + (text ? `?${text}` : '');
  };
  return pagination({
    previous: pages.length ? withPages(pages.slice(0, -1)) : null,
    next: nextCursor ? withPages([...pages, nextCursor]) : null,
    label: 'Pages of referrals',
  });
}

/** The table of referrals; columns chosen by the caller. */
export async function referralTable(items, { caption, showPractitioner = false, showActions = false, showPractice = false }) {
  if (!items.length) {
    return p('There are no referrals to show.');
  }
  const head = ['Patient', 'Status', 'Therapy'];
  if (showPractitioner) head.push('Practitioner');
  if (showPractice) head.push('Practice');
  head.push('Referred');
  if (showActions) head.push('Open actions');
  const rows = await Promise.all(
    items.map(async (referral) => {
      const row = [
        h(
          'span',
          {},
          link(href(`/referrals/${referral.id}`), referral.patientName || 'Patient'),
          h('br'),
          h('span', { class: 'app-muted' }, `NHS number ${nhsNumber(referral.patientNhsNumber)}`),
        ),
        h('span', {}, statusTag(referral.status), referral.urgency === 'URGENT' ? [' ', urgentTag()] : null),
        (await therapyName(referral.therapyCode)) || h('span', { class: 'app-muted' }, 'Not chosen yet'),
      ];
      if (showPractitioner) row.push(referral.practitionerId ? await practitionerName(referral.practitionerId) : h('span', { class: 'app-muted' }, 'Not chosen yet'));
      if (showPractice) row.push(referral.practiceOdsCode || '');
      row.push(shortDate(referral.createdAt));
      if (showActions) row.push(actionsText(referral.allowedActions));
      return row;
    }),
  );
  return table({ caption, head, rows });
}

function actionsText(actions) {
  if (!actions || !actions.length) {
    return h('span', { class: 'app-muted' }, 'None for you now');
  }
  return actions.map((action) => say(ACTION, action)).join(', ');
}

/** A status filter that reloads the list (a GET form, so the address says what is shown). */
export function statusFilter(path, query, choices) {
  const current = query.get('status') || '';
  const form = h(
    'form',
    { class: 'app-filter', method: 'get', action: href(path) },
    select({ id: 'status', field: 'status', label: 'Show', options: choices, value: current }),
    h('button', { class: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small', type: 'submit' }, 'Show referrals'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = form.querySelector('#status').value;
    navigate(`${path}${value ? `?status=${encodeURIComponent(value)}` : ''}`);
  });
  return form;
}

export const STATUS_CHOICES = [['', 'All statuses'], ...Object.entries(STATUS)];
