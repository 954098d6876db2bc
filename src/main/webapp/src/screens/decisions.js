// Declining a referral (the practitioner, with a coded reason) and cancelling one (the referrer).
import { post } from '../api.js';
import { h } from '../dom.js';
import { DECLINE_REASON } from '../labels.js';
import { href, navigate } from '../router.js';
import { flash } from '../session.js';
import { backLink, button, caption, p, screen, whileBusy } from '../ui.js';
import { chosen, clearErrors, problemText, radios, showErrors, showProblem, textarea, valueOf } from '../forms.js';
import { patientName, readReferral } from './referral.js';

export async function declineScreen({ params }) {
  const { referral, etag } = await readReferral(params.id);
  const back = href(`/referrals/${encodeURIComponent(referral.id)}`);
  if (!(referral.allowedActions || []).includes('decline')) {
    return notOpen('Decline the referral', referral, back, 'This referral cannot be declined now.');
  }
  const form = h(
    'form',
    { novalidate: true },
    radios({ id: 'reason-code', field: 'reasonCode', legend: 'Why are you declining?', options: Object.entries(DECLINE_REASON) }),
    textarea({ id: 'decline-comment', field: 'comment', label: 'Comment for the referrer (optional)', hint: 'The referrer reads this with the reason. Do not repeat the patient’s details.' }),
  );
  const submit = button('Decline the referral', { variant: 'warning', id: 'decline' });
  form.append(submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const reasonCode = chosen(form, 'reason-code');
    if (!reasonCode) {
      showErrors(form, [{ field: 'reasonCode', text: 'Select why you are declining' }]);
      return;
    }
    await act(form, submit, 'Declining…', referral, etag, 'decline', { reasonCode, comment: valueOf(form, 'decline-comment') || undefined }, 'You declined the referral. The referrer can now send it to someone else.');
  });
  return screen('Decline the referral', backLink(back), caption(patientName(referral)), form);
}

export async function cancelScreen({ params }) {
  const { referral, etag } = await readReferral(params.id);
  const back = href(`/referrals/${encodeURIComponent(referral.id)}`);
  if (!(referral.allowedActions || []).includes('cancel')) {
    return notOpen('Cancel the referral', referral, back, 'This referral cannot be cancelled now.');
  }
  const form = h('form', { novalidate: true }, textarea({ id: 'cancel-reason', field: 'reason', label: 'Why are you cancelling the referral?', hint: 'The practitioner and the history show this reason.' }));
  const submit = button('Cancel the referral', { variant: 'warning', id: 'cancel' });
  form.append(submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const reason = valueOf(form, 'cancel-reason');
    if (!reason) {
      showErrors(form, [{ field: 'reason', text: 'Enter why you are cancelling the referral' }]);
      return;
    }
    await act(form, submit, 'Cancelling…', referral, etag, 'cancel', { reason }, 'You cancelled the referral.');
  });
  return screen('Cancel the referral', backLink(back), caption(patientName(referral)), p('A cancelled referral cannot be reopened. Any funding it had not used is released.'), form);
}

/** POSTs a lifecycle action with If-Match, then shows the referral again. */
export async function act(form, submit, busyText, referral, etag, action, body, done, codeFields = {}) {
  const path = `/referrals/${encodeURIComponent(referral.id)}`;
  try {
    await whileBusy(submit, busyText, () => post(`${path}/${action}`, body, { 'If-Match': etag }));
    flash(done);
    navigate(path, { replace: true });
  } catch (problem) {
    if (problem.status === 412 || (problem.status === 409 && problem.currentStatus)) {
      flash(problemText(problem), 'problem');
      navigate(path, { replace: true });
      return;
    }
    showProblem(form, problem, codeFields);
  }
}

function notOpen(title, referral, back, text) {
  return screen(title, backLink(back), caption(patientName(referral)), p(text), p('The referral’s status or your role does not allow it.'));
}
