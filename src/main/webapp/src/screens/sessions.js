// A referral's sessions: the practitioner books them and records attendance (the first attended
// session starts treatment); the referrer sees them.
import { get, post } from '../api.js';
import { h, present } from '../dom.js';
import { ATTENDANCE, FORMAT, MODE, dateTime, say } from '../labels.js';
import { href, navigate } from '../router.js';
import { flash, takeFlash } from '../session.js';
import { backLink, button, caption, flashBanner, heading, p, screen, table, tag, whileBusy } from '../ui.js';
import { chosen, clearErrors, dateInput, dateOf, radios, showErrors, showProblem, textInput, textarea, valueOf } from '../forms.js';
import { patientName, readReferral } from './referral.js';

const BOOKABLE = ['ACCEPTED', 'IN_TREATMENT'];

export async function sessionsScreen({ params, user }) {
  const { referral } = await readReferral(params.id);
  const sessions = await get(`/referrals/${encodeURIComponent(params.id)}/sessions`);
  const practitioner = user.role === 'practitioner';
  const open = practitioner && BOOKABLE.includes(referral.status);
  const due = open ? sessions.filter((session) => !present(session.attendance) && new Date(session.scheduledAt) <= new Date()) : [];
  return screen(
    'Sessions',
    flashBanner(takeFlash()),
    backLink(href(`/referrals/${encodeURIComponent(referral.id)}`), 'Back to the referral'),
    caption(patientName(referral)),
    sessions.length ? sessionTable(sessions) : p('No sessions booked yet.'),
    due.length ? [heading(2, 'Record attendance'), ...due.map((session, i) => attendanceForm(referral, session, i))] : null,
    open ? [heading(2, 'Book a session'), bookingForm(referral)] : null,
  );
}

function sessionTable(sessions) {
  return table({
    caption: 'Booked sessions, in date order',
    captionSize: 's',
    head: ['When', 'Length', 'Kind', 'Where', 'Attendance'],
    rows: sessions.map((session) => [
      dateTime(session.scheduledAt),
      `${session.durationMinutes} minutes`,
      `${say(FORMAT, session.format)}, ${say(MODE, session.mode).toLowerCase()}`,
      session.location || h('span', { class: 'app-muted' }, 'Not given'),
      present(session.attendance)
        ? h('span', {}, tag(say(ATTENDANCE, session.attendance), session.attendance === 'ATTENDED' ? 'nhsuk-tag--green' : 'nhsuk-tag--orange'), present(session.attendanceNote) ? [h('br'), session.attendanceNote] : null)
        : h('span', { class: 'app-muted' }, 'Not recorded yet'),
    ]),
  });
}

function attendanceForm(referral, session, index) {
  const id = `attendance-${index}`;
  const form = h(
    'form',
    { novalidate: true, class: 'app-attendance' },
    radios({ id, field: 'attendance', legend: `Session on ${dateTime(session.scheduledAt)}`, options: Object.entries(ATTENDANCE), small: true }),
    textInput({ id: `${id}-note`, field: 'note', label: 'Note (optional)' }),
  );
  const submit = button('Record attendance', { variant: 'secondary', id: `${id}-record` });
  form.append(submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const attendance = chosen(form, id);
    if (!attendance) {
      showErrors(form, [{ field: 'attendance', text: 'Select whether the patient attended' }]);
      return;
    }
    try {
      await whileBusy(submit, 'Recording…', () => post(`/referrals/${encodeURIComponent(referral.id)}/sessions/${encodeURIComponent(session.id)}/attendance`, { attendance, note: valueOf(form, `${id}-note`) || undefined }));
      flash(`Attendance recorded: ${say(ATTENDANCE, attendance).toLowerCase()}.`);
      navigate(`/referrals/${encodeURIComponent(referral.id)}/sessions`, { replace: true });
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  return form;
}

function bookingForm(referral) {
  const form = h(
    'form',
    { novalidate: true },
    dateInput({ id: 'session-date', field: 'scheduledAt', legend: 'Date', hint: 'For example, 15 3 2026' }),
    textInput({ id: 'session-time', field: 'scheduledAtTime', label: 'Time', hint: '24-hour clock, for example 14:30', width: 5, inputmode: 'numeric' }),
    textInput({ id: 'session-minutes', field: 'durationMinutes', label: 'Length in minutes', hint: 'From 5 to 480.', width: 3, inputmode: 'numeric', value: '45' }),
    radios({ id: 'session-format', field: 'format', legend: 'Kind of session', options: Object.entries(FORMAT), value: 'INDIVIDUAL', inline: true }),
    radios({ id: 'session-mode', field: 'mode', legend: 'How', options: Object.entries(MODE), value: 'IN_PERSON', inline: true }),
    textarea({ id: 'session-location', field: 'location', label: 'Where', hint: 'The address, for a session in person.', rows: 2 }),
  );
  const submit = button('Book the session', { id: 'book-session' });
  form.append(submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const { body, errors } = readBooking(form);
    if (errors.length) {
      showErrors(form, errors);
      return;
    }
    try {
      await whileBusy(submit, 'Booking…', () => post(`/referrals/${encodeURIComponent(referral.id)}/sessions`, body));
      flash(`Session booked for ${dateTime(body.scheduledAt)}.`);
      navigate(`/referrals/${encodeURIComponent(referral.id)}/sessions`, { replace: true });
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  return form;
}

function readBooking(form) {
  const errors = [];
  const day = dateOf(form, 'session-date');
  if (!day) errors.push({ field: 'scheduledAt', text: day === '' ? 'Enter the date of the session' : 'The date must be a real date' });
  const time = valueOf(form, 'session-time').replace('.', ':');
  const match = time.match(/^([01]?\d|2[0-3]):([0-5]\d)$/);
  if (!match) errors.push({ field: 'scheduledAtTime', text: 'Enter the time as hours and minutes, for example 14:30' });
  const minutes = valueOf(form, 'session-minutes');
  if (!/^\d+$/.test(minutes) || Number(minutes) < 5 || Number(minutes) > 480) errors.push({ field: 'durationMinutes', text: 'Enter a length from 5 to 480 minutes' });
  if (errors.length) {
    return { errors };
  }
  const [year, month, date] = day.split('-').map(Number);
  // The time the user means, in their own time zone, sent as an instant.
  const scheduledAt = new Date(year, month - 1, date, Number(match[1]), Number(match[2])).toISOString();
  return {
    errors,
    body: {
      scheduledAt,
      durationMinutes: Number(minutes),
      format: chosen(form, 'session-format'),
      mode: chosen(form, 'session-mode'),
      location: valueOf(form, 'session-location') || undefined,
    },
  };
}
