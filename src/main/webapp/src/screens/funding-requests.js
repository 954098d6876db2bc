// Prior-approval requests for the commissioner's funder: the case and the cost, anonymised as the
// API serves them, to approve (the funders' share is committed against the budget) or decline.
import { get, post, query as queryString } from '../api.js';
import { h, present } from '../dom.js';
import { CONDITION_CATEGORY, PLAN_STATUS, URGENCY, dateTime, money, say } from '../labels.js';
import { href, navigate } from '../router.js';
import { flash, takeFlash, therapyName } from '../session.js';
import { button, buttonGroup, flashBanner, heading, p, pagination, screen, summaryList, tag, whileBusy } from '../ui.js';
import { clearErrors, select, showErrors, showProblem, textarea, valueOf } from '../forms.js';

// The API answers with the whole list; the screen shows it ten at a time.
const SHOWN = 10;
const STATUSES = [
  ['PENDING_APPROVAL', 'Awaiting approval'],
  ['APPROVED', 'Approved'],
  ['DECLINED', 'Declined'],
  ['CLOSED', 'Closed'],
];

export async function fundingRequestsScreen({ query }) {
  const status = STATUSES.some(([value]) => value === query.get('status')) ? query.get('status') : 'PENDING_APPROVAL';
  const all = await get(`/funding-requests${queryString({ status })}`);
  const pages = Math.max(1, Math.ceil(all.length / SHOWN));
  const page = Math.min(pages - 1, Math.max(0, Number.parseInt(query.get('page') || '0', 10) || 0));
  const shown = all.slice(page * SHOWN, (page + 1) * SHOWN);
  const at = (number) => href(`/funding-requests?${new URLSearchParams({ status, page: String(number) })}`);
  const cards = await Promise.all(shown.map((request, i) => requestCard(request, page * SHOWN + i, query)));
  return screen(
    'Funding requests',
    flashBanner(takeFlash()),
    p('Requests for prior approval under your funder’s schemes, oldest first. They show the case and the cost, never the patient’s name, NHS number, address or contact details.'),
    filter(status),
    p(`${all.length} request${all.length === 1 ? '' : 's'}${pages > 1 ? `, page ${page + 1} of ${pages}` : ''}.`),
    cards.length ? cards : p('There are no requests to show.'),
    pagination({ previous: page > 0 ? at(page - 1) : null, next: page + 1 < pages ? at(page + 1) : null, label: 'Pages of funding requests' }),
  );
}

function filter(status) {
  const form = h(
    'form',
    { class: 'app-filter', method: 'get', action: href('/funding-requests') },
    select({ id: 'status', field: 'status', label: 'Show', options: STATUSES, value: status }),
    h('button', { class: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small', type: 'submit' }, 'Show requests'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(`/funding-requests?status=${encodeURIComponent(form.querySelector('#status').value)}`);
  });
  return form;
}

async function requestCard(request, index, query) {
  const therapy = await therapyName(request.therapyCode);
  const title = `${therapy || 'Therapy'} for a patient of ${request.practiceOdsCode}`;
  return h(
    'section',
    { class: 'nhsuk-card app-request', 'aria-labelledby': `request-${index}-title` },
    h(
      'div',
      { class: 'nhsuk-card__content' },
      h('h2', { class: 'nhsuk-card__heading nhsuk-heading-m', id: `request-${index}-title` }, title),
      summaryList([
        ['Status', tag(say(PLAN_STATUS, request.status), request.status === 'PENDING_APPROVAL' ? 'nhsuk-tag--orange' : 'nhsuk-tag--white')],
        ['Scheme', request.schemeName],
        ['Conditions', (request.conditionCategories || []).map((category) => say(CONDITION_CATEGORY, category)).join(', ')],
        ['Urgency', say(URGENCY, request.urgency)],
        ['Patient’s age', present(request.patientAgeYears) ? `${request.patientAgeYears} years` : null],
        ['Clinical justification', request.clinicalJustification],
        ['Cost', `${request.sessions} sessions at ${money(request.sessionFeePence)}: the funders pay ${money(request.totalFunderPence)}`],
        ['Requested', dateTime(request.requestedAt)],
      ]),
      request.status === 'PENDING_APPROVAL' ? decisionForm(request, index, query) : null,
    ),
  );
}

function decisionForm(request, index, query) {
  const form = h(
    'form',
    { novalidate: true },
    heading(3, 'Your decision'),
    textarea({ id: `decision-${index}`, field: 'reason', label: 'Comment, or the reason if you decline', hint: 'A reason is needed to decline. The referrer reads it.', rows: 2 }),
  );
  const approve = button('Approve', { id: `approve-${index}` });
  const decline = button('Decline', { variant: 'warning', id: `decline-${index}` });
  form.append(buttonGroup(approve, decline));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const text = valueOf(form, `decision-${index}`);
    const approving = event.submitter !== decline;
    if (!approving && !text) {
      showErrors(form, [{ field: 'reason', text: 'Enter the reason for declining' }]);
      return;
    }
    const path = `/funding-requests/${encodeURIComponent(request.planId)}/${approving ? 'approve' : 'decline'}`;
    try {
      await whileBusy(approving ? approve : decline, approving ? 'Approving…' : 'Declining…', () => post(path, approving ? { comment: text || undefined } : { reason: text }));
      flash(approving ? `Approved: ${money(request.totalFunderPence)} is committed against the scheme’s budget.` : 'Declined. The referrer can see your reason.');
      navigate(`/funding-requests?${query}`, { replace: true });
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  return form;
}
