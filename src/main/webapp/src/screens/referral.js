// One referral as its parties see it: the patient, the clinical details, consent, history, and
// the actions open to the user now (allowedActions from the API, never worked out here).
import { call, get, post } from '../api.js';
import { h, present } from '../dom.js';
import { CONDITION_CATEGORY, DECLINE_REASON, END_REASON, HISTORY, REGULATION, REGULATION_COLOUR, ROLE, URGENCY, date, dateTime, nhsNumber, say } from '../labels.js';
import { href, navigate } from '../router.js';
import { flash, practitioner, takeFlash, therapyName } from '../session.js';
import { backLink, button, flashBanner, buttonGroup, buttonLink, caption, heading, link, p, screen, statusTag, summaryList, table, tag, urgentTag, warning, whileBusy } from '../ui.js';
import { clearErrors, problemText, showProblem, textarea, valueOf } from '../forms.js';

const STARTED = ['ACCEPTED', 'IN_TREATMENT', 'COMPLETED', 'ENDED_EARLY'];

/** The referral and its ETag (the version an action must name in If-Match). */
export async function readReferral(id) {
  const { data, etag } = await call(`/referrals/${encodeURIComponent(id)}`);
  return { referral: data, etag };
}

function listPath(user) {
  return { practitioner: '/worklist', 'link-worker': '/triage', commissioner: '/dashboard' }[user.role] || '/referrals';
}

export function patientName(referral) {
  const patient = referral.patient || {};
  return [patient.givenName, patient.familyName].filter(Boolean).join(' ') || 'Patient';
}

export async function referralScreen({ params, user }) {
  const { referral, etag } = await readReferral(params.id);
  const history = await get(`/referrals/${encodeURIComponent(params.id)}/history`);
  const chosen = referral.practitionerId ? await practitioner(referral.practitionerId).catch(() => null) : null;
  const done = takeFlash();
  return screen(
    patientName(referral),
    flashBanner(done),
    backLink(href(listPath(user)), 'Back to the list'),
    caption(`Referral for ${nhsNumber(referral.patient && referral.patient.nhsNumber)}`),
    h('p', { class: 'nhsuk-body' }, statusTag(referral.status), ' ', referral.urgency === 'URGENT' ? urgentTag() : tag('Routine', 'nhsuk-tag--white')),
    statusNote(referral),
    referral.attendanceConcern ? warning('Attendance concern', `The patient has missed ${referral.consecutiveDidNotAttend} sessions in a row.`) : null,
    redFlags(referral),
    actions(referral, etag, user),
    treatmentLinks(referral, user),
    heading(2, 'Patient'),
    patientDetails(referral),
    heading(2, 'Referral'),
    await referralDetails(referral, chosen),
    heading(2, 'History'),
    historyTable(history),
  );
}

function statusNote(referral) {
  if (!present(referral.statusReason) && !present(referral.statusComment)) {
    return null;
  }
  const reason = referral.status === 'ENDED_EARLY' ? say(END_REASON, referral.statusReason) : say(DECLINE_REASON, referral.statusReason);
  return summaryList([
    present(referral.statusReason) ? ['Reason', reason] : null,
    present(referral.statusComment) ? ['Comment', referral.statusComment] : null,
  ]);
}

function redFlags(referral) {
  const flags = referral.redFlags || [];
  if (!flags.length) {
    return null;
  }
  return warning('Red flags', h('ul', { class: 'nhsuk-list nhsuk-list--bullet' }, flags.map((flag) => h('li', {}, flag))));
}

/** The actions the API says are open to this user now. */
function actions(referral, etag, user) {
  const open = referral.allowedActions || [];
  if (!open.length) {
    return null;
  }
  const id = encodeURIComponent(referral.id);
  const parts = [heading(2, 'What you can do now')];
  if (open.includes('accept')) {
    parts.push(acceptForm(referral, etag));
  }
  const links = [];
  if (open.includes('decline')) links.push(buttonLink(href(`/referrals/${id}/decline`), 'Decline', 'secondary'));
  if (open.includes('assign')) links.push(buttonLink(href(`/referrals/${id}/assign`), referral.status === 'DECLINED' ? 'Send to another practitioner' : 'Send to a practitioner'));
  if (open.includes('send-letter')) links.push(buttonLink(href(`/referrals/${id}/letter`), 'Write and send the treatment summary letter'));
  if (open.includes('cancel')) links.push(buttonLink(href(`/referrals/${id}/cancel`), 'Cancel the referral', 'warning'));
  if (links.length) {
    parts.push(buttonGroup(...links));
  }
  return h('section', { class: 'app-actions', 'aria-label': `Actions open to you as ${say(ROLE, user.role)}` }, ...parts);
}

function acceptForm(referral, etag) {
  const form = h(
    'form',
    { novalidate: true, class: 'app-accept' },
    textarea({ id: 'accept-comment', field: 'comment', label: 'Comment for the referrer (optional)', hint: 'For example, when the first session is.', rows: 2 }),
  );
  const accept = button('Accept the referral', { id: 'accept' });
  form.append(accept);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await whileBusy(accept, 'Accepting…', () => post(`/referrals/${encodeURIComponent(referral.id)}/accept`, { comment: valueOf(form, 'accept-comment') || undefined }, { 'If-Match': etag }));
      flash('You accepted the referral. Book the first session when you have agreed it with the patient.');
      navigate(`/referrals/${encodeURIComponent(referral.id)}`, { replace: true });
    } catch (problem) {
      if (problem.status === 412 || problem.status === 409) {
        flash(problemText(problem), 'problem');
        navigate(`/referrals/${encodeURIComponent(referral.id)}`, { replace: true });
        return;
      }
      showProblem(form, problem);
    }
  });
  return form;
}

function treatmentLinks(referral, user) {
  const base = `/referrals/${encodeURIComponent(referral.id)}`;
  const items = [
    STARTED.includes(referral.status) ? link(href(`${base}/sessions`), user.role === 'practitioner' ? 'Sessions: book and record attendance' : 'Sessions and attendance') : null,
    STARTED.includes(referral.status) ? link(href(`${base}/outcomes`), user.role === 'practitioner' ? 'Outcome measures: record and review' : 'Outcome measures') : null,
    user.role === 'practitioner' && ['SENT', 'ACCEPTED', 'IN_TREATMENT'].includes(referral.status) ? link(href(`${base}/safety-alerts`), 'Raise a safety alert') : link(href(`${base}/safety-alerts`), 'Safety alerts'),
    user.role === 'practitioner' && ['ACCEPTED', 'IN_TREATMENT'].includes(referral.status) ? link(href(`${base}/letter`), 'Treatment summary letter: draft, preview and send') : null,
    user.role !== 'practitioner' && ['COMPLETED', 'ENDED_EARLY'].includes(referral.status) ? link(href(`${base}/letter`), 'Treatment summary letter') : null,
    user.role === 'practitioner' && ['COMPLETED', 'ENDED_EARLY'].includes(referral.status) ? link(href(`${base}/letter`), 'The letter you sent') : null,
  ].filter(Boolean);
  return h('nav', { 'aria-label': 'Treatment' }, heading(2, 'Treatment'), h('ul', { class: 'nhsuk-list app-link-list' }, items.map((item) => h('li', {}, item))));
}

function patientDetails(referral) {
  const patient = referral.patient || {};
  return summaryList([
    ['Name', patientName(referral)],
    ['NHS number', nhsNumber(patient.nhsNumber)],
    ['Date of birth', date(patient.birthDate)],
    ['Postcode', patient.postcode],
    ['Phone', patient.phone],
    ['Email', patient.email],
    ['Interpreter', present(patient.interpreterLanguage) ? `Needs an interpreter: ${patient.interpreterLanguage}` : 'Not needed'],
  ]);
}

async function referralDetails(referral, chosen) {
  const consent = referral.consent || {};
  const referrer = referral.referrer || {};
  return summaryList([
    ['Therapy', (await therapyName(referral.therapyCode)) || 'Not chosen yet: a link worker will choose'],
    ['Practitioner', chosen ? h('span', {}, chosen.displayName, ' ', tag(say(REGULATION, chosen.regulationStatus), REGULATION_COLOUR[chosen.regulationStatus])) : 'Not chosen yet'],
    referral.delegationAccepted ? ['Delegation', 'The referrer accepted responsibility for referring to a practitioner with no current registration'] : null,
    ['Referred by', [referrer.name, present(referrer.professionalCode) ? `(${referrer.professionalCode})` : ''].filter(Boolean).join(' ')],
    ['Practice', referral.practiceOdsCode],
    ['Referred on', date(referral.createdAt)],
    ['Urgency', say(URGENCY, referral.urgency)],
    ['Reason', referral.reason],
    ['Goals', referral.goals],
    ['Clinical summary', referral.clinicalSummary],
    [
      'Conditions',
      (referral.conditions || []).length
        ? h(
            'ul',
            { class: 'nhsuk-list' },
            referral.conditions.map((condition) =>
              h('li', {}, condition.text, ' ', h('span', { class: 'app-muted' }, `(${say(CONDITION_CATEGORY, condition.category)}${present(condition.snomedCode) ? `, SNOMED CT ${condition.snomedCode}` : ''})`)),
            ),
          )
        : null,
    ],
    ['Medications', (referral.medications || []).length ? h('ul', { class: 'nhsuk-list' }, referral.medications.map((medicine) => h('li', {}, medicine))) : 'None recorded'],
    ['Red flags', (referral.redFlags || []).length ? h('ul', { class: 'nhsuk-list' }, referral.redFlags.map((flag) => h('li', {}, flag))) : 'None recorded'],
    ['Consent', h('ul', { class: 'nhsuk-list' }, h('li', {}, consent.referralAgreed ? 'The patient agreed to the referral' : 'The patient has not agreed to the referral'), h('li', {}, consent.shareOutcomesWithGp ? 'Outcomes may be shared with the GP' : 'Outcomes are not to be shared with the GP'))],
  ]);
}

function historyTable(history) {
  if (!history || !history.length) {
    return p('No history yet.');
  }
  return table({
    caption: 'What happened, oldest first',
    captionSize: 's',
    head: ['When', 'What happened', 'By', 'Reason or comment'],
    rows: history.map((event) => [
      dateTime(event.occurredAt),
      say(HISTORY, event.action),
      [say(ROLE, event.actorRole), present(event.actorOrganisation) ? ` (${event.actorOrganisation})` : ''].join(''),
      [present(event.reasonCode) ? say(event.action === 'end-early' ? END_REASON : DECLINE_REASON, event.reasonCode) : '', event.comment || ''].filter(Boolean).join(': ') || h('span', { class: 'app-muted' }, 'None'),
    ]),
  });
}
