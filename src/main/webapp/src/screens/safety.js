// Safety alerts: the practitioner raises one (it reaches the referring practice's inbox as
// urgent); everyone who may see the referral sees them and whether the practice acknowledged each.
import { get, post } from '../api.js';
import { h } from '../dom.js';
import { SEVERITY, dateTime, say } from '../labels.js';
import { href, navigate } from '../router.js';
import { flash, takeFlash } from '../session.js';
import { backLink, button, caption, flashBanner, heading, p, screen, table, tag, whileBusy } from '../ui.js';
import { chosen, clearErrors, radios, showErrors, showProblem, textarea, valueOf } from '../forms.js';
import { patientName, readReferral } from './referral.js';

const OPEN = ['SENT', 'ACCEPTED', 'IN_TREATMENT'];

export async function safetyAlertScreen({ params, user }) {
  const { referral } = await readReferral(params.id);
  const alerts = await get(`/referrals/${encodeURIComponent(params.id)}/safety-alerts`);
  const canRaise = user.role === 'practitioner' && OPEN.includes(referral.status);
  return screen(
    canRaise ? 'Raise a safety alert' : 'Safety alerts',
    flashBanner(takeFlash()),
    backLink(href(`/referrals/${encodeURIComponent(referral.id)}`), 'Back to the referral'),
    caption(patientName(referral)),
    canRaise ? [p('The alert goes to the referring practice’s inbox at once, marked urgent. For an emergency, also phone the practice or call 999.'), alertForm(referral)] : null,
    heading(2, 'Alerts on this referral'),
    alertsTable(alerts),
  );
}

function alertForm(referral) {
  const form = h(
    'form',
    { novalidate: true },
    radios({
      id: 'severity',
      field: 'severity',
      legend: 'How serious is it?',
      options: [
        ['LOW', 'Low', 'No harm, or minor and expected (for example, mild bruising)'],
        ['MEDIUM', 'Medium', 'Harm or risk the GP should review soon'],
        ['HIGH', 'High', 'Serious harm or risk: the GP must act now'],
      ],
    }),
    textarea({ id: 'what-happened', field: 'whatHappened', label: 'What happened' }),
    textarea({ id: 'action-taken', field: 'actionTaken', label: 'What you have done about it' }),
  );
  const submit = button('Send the safety alert', { variant: 'warning', id: 'send-alert' });
  form.append(submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const body = { severity: chosen(form, 'severity'), whatHappened: valueOf(form, 'what-happened'), actionTaken: valueOf(form, 'action-taken') };
    const errors = [];
    if (!body.severity) errors.push({ field: 'severity', text: 'Select how serious it is' });
    if (!body.whatHappened) errors.push({ field: 'whatHappened', text: 'Enter what happened' });
    if (!body.actionTaken) errors.push({ field: 'actionTaken', text: 'Enter what you have done about it' });
    if (errors.length) {
      showErrors(form, errors);
      return;
    }
    try {
      await whileBusy(submit, 'Sending…', () => post(`/referrals/${encodeURIComponent(referral.id)}/safety-alerts`, body));
      flash('Safety alert sent. It is in the practice’s inbox, marked urgent.');
      navigate(`/referrals/${encodeURIComponent(referral.id)}/safety-alerts`, { replace: true });
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  return form;
}

function alertsTable(alerts) {
  if (!alerts.length) {
    return p('No safety alerts have been raised on this referral.');
  }
  return table({
    caption: 'Safety alerts, oldest first',
    captionSize: 's',
    head: ['Raised', 'Severity', 'What happened', 'Action taken', 'Practice'],
    rows: alerts.map((alert) => [
      h('span', {}, dateTime(alert.raisedAt), alert.raisedAutomatically ? [h('br'), h('span', { class: 'app-muted' }, 'Raised by the PHQ-9 answers')] : null),
      tag(say(SEVERITY, alert.severity), alert.severity === 'HIGH' ? 'nhsuk-tag--red' : alert.severity === 'MEDIUM' ? 'nhsuk-tag--orange' : 'nhsuk-tag--yellow'),
      alert.whatHappened,
      alert.actionTaken,
      alert.acknowledgedByPractice ? tag('Acknowledged', 'nhsuk-tag--green') : tag('Not acknowledged yet', 'nhsuk-tag--grey'),
    ]),
  });
}
