// Sending a referral that awaits triage, or one that was declined, to a practitioner (the referring
// GP or the link worker of the practice's network).
import { h } from '../dom.js';
import { DECLINE_REASON, say } from '../labels.js';
import { href } from '../router.js';
import { practitionerName } from '../session.js';
import { backLink, button, caption, inset, p, screen } from '../ui.js';
import { clearErrors, showErrors, textarea, valueOf } from '../forms.js';
import { act } from './decisions.js';
import { patientName, readReferral } from './referral.js';
import { practitionerPicker } from './practitioner-picker.js';

const CODE_FIELDS = {
  'practitioner-not-regulated': 'delegationAccepted',
  'practitioner-not-accepting': 'practitionerId',
  'therapy-not-offered': 'practitionerId',
};

export async function assignScreen({ params }) {
  const { referral, etag } = await readReferral(params.id);
  const back = href(`/referrals/${encodeURIComponent(referral.id)}`);
  const title = referral.status === 'DECLINED' ? 'Send to another practitioner' : 'Send to a practitioner';
  if (!(referral.allowedActions || []).includes('assign')) {
    return screen(title, backLink(back), caption(patientName(referral)), p('This referral cannot be sent to a practitioner now: its status or your role does not allow it.'));
  }
  const picker = await practitionerPicker({ therapyCode: referral.therapyCode || '' });
  const form = h('form', { novalidate: true }, picker.node, textarea({ id: 'assign-comment', field: 'comment', label: 'Note for the practitioner (optional)', rows: 3 }));
  const submit = button('Send the referral', { id: 'assign' });
  form.append(submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const choice = picker.read(form);
    const errors = [];
    if (!choice.therapyCode) errors.push({ field: 'therapyCode', text: 'Choose a therapy' });
    if (!choice.practitionerId) errors.push({ field: 'practitionerId', text: 'Choose a practitioner' });
    if (errors.length) {
      showErrors(form, errors);
      return;
    }
    const body = {
      practitionerId: choice.practitionerId,
      therapyCode: choice.therapyCode,
      delegationAccepted: choice.unregulated ? choice.delegationAccepted : undefined,
      comment: valueOf(form, 'assign-comment') || undefined,
    };
    await act(form, submit, 'Sending…', referral, etag, 'assign', body, 'Referral sent to the practitioner.', CODE_FIELDS);
  });
  return screen(title, backLink(back), caption(patientName(referral)), await declinedNote(referral), inset(h('p', {}, `Reason for referral: ${referral.reason}`)), form);
}

async function declinedNote(referral) {
  if (referral.status !== 'DECLINED') {
    return null;
  }
  const who = await practitionerName(referral.practitionerId);
  return inset(h('p', {}, `${who || 'The practitioner'} declined: ${say(DECLINE_REASON, referral.statusReason)}${referral.statusComment ? `. “${referral.statusComment}”` : ''}`));
}
