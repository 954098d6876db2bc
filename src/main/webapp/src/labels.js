// The words a user reads for the API's codes. A code the app does not know is shown as words made
// from the code itself ("NEEDS_DIFFERENT_SERVICE" -> "Needs different service"), never raw.

export const STATUS = {
  AWAITING_TRIAGE: 'Awaiting triage',
  SENT: 'Sent to practitioner',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  IN_TREATMENT: 'In treatment',
  COMPLETED: 'Completed',
  ENDED_EARLY: 'Ended early',
  CANCELLED: 'Cancelled',
};

export const STATUS_COLOUR = {
  AWAITING_TRIAGE: 'nhsuk-tag--orange',
  SENT: 'nhsuk-tag--blue',
  ACCEPTED: 'nhsuk-tag--aqua-green',
  DECLINED: 'nhsuk-tag--red',
  IN_TREATMENT: 'nhsuk-tag--purple',
  COMPLETED: 'nhsuk-tag--green',
  ENDED_EARLY: 'nhsuk-tag--yellow',
  CANCELLED: 'nhsuk-tag--grey',
};

export const ACTION = {
  assign: 'Send to a practitioner',
  accept: 'Accept',
  decline: 'Decline',
  cancel: 'Cancel the referral',
  'send-letter': 'Send the treatment summary letter',
};

export const HISTORY = {
  create: 'Referred',
  assign: 'Sent to a practitioner',
  accept: 'Accepted',
  decline: 'Declined',
  'start-treatment': 'Treatment started',
  complete: 'Completed: letter sent',
  'end-early': 'Ended early: letter sent',
  cancel: 'Cancelled',
};

export const DECLINE_REASON = {
  NO_CAPACITY: 'No capacity to take the patient on',
  NOT_SUITABLE_FOR_THERAPY: 'Not suitable for this therapy',
  CONTRAINDICATED: 'The therapy is contraindicated',
  OUTSIDE_SERVICE_AREA: 'The patient is outside my service area',
  NEEDS_DIFFERENT_SERVICE: 'The patient needs a different service',
  PATIENT_UNCONTACTABLE: 'The patient could not be contacted',
  PATIENT_DECLINED: 'The patient declined',
  OTHER: 'Another reason (say why in the comment)',
};

export const END_REASON = {
  PATIENT_WITHDREW: 'The patient withdrew',
  DID_NOT_ATTEND: 'The patient did not attend',
  CLINICAL_CONCERN: 'A clinical concern',
  REFERRED_ELSEWHERE: 'Referred elsewhere',
  GOALS_MET_EARLY: 'Goals met early',
  OTHER: 'Another reason',
};

export const ATTENDANCE = {
  ATTENDED: 'Attended',
  DID_NOT_ATTEND: 'Did not attend',
  CANCELLED_BY_PATIENT: 'Cancelled by the patient',
  CANCELLED_BY_PRACTITIONER: 'Cancelled by the practitioner',
};

export const SEVERITY = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' };

export const RECOMMENDATION = {
  CONTINUE: 'Continue the therapy',
  STOP: 'Stop: no further therapy needed',
  REFER_ELSEWHERE: 'Refer elsewhere',
};

export const REGULATION = {
  STATUTORY: 'Statutory regulator',
  ACCREDITED_REGISTER: 'PSA-accredited register',
  UNVERIFIED: 'No current registration',
};

export const REGULATION_COLOUR = {
  STATUTORY: 'nhsuk-tag--green',
  ACCREDITED_REGISTER: 'nhsuk-tag--blue',
  UNVERIFIED: 'nhsuk-tag--red',
};

export const CONDITION_CATEGORY = { MSK: 'Musculoskeletal', MENTAL_HEALTH: 'Mental health', OTHER: 'Other' };

export const URGENCY = { ROUTINE: 'Routine', URGENT: 'Urgent' };

export const FORMAT = { INDIVIDUAL: 'One to one', GROUP: 'Group' };

export const MODE = { IN_PERSON: 'In person', REMOTE: 'Remote' };

export const TIME_POINT = { BASELINE: 'Baseline (before treatment)', DURING: 'During treatment', END: 'End of treatment' };

export const INBOX_KIND = { LETTER: 'Treatment summary letter', SAFETY_ALERT: 'Safety alert', ATTENDANCE_CONCERN: 'Attendance concern' };

export const ROUTE = {
  COMMISSIONED: 'Commissioned',
  PRIOR_APPROVAL: 'Prior approval',
  CHARITY_GRANT: 'Charity grant',
  SLIDING_SCALE: 'Sliding scale',
  SPLIT: 'Split between payers',
  PERSONAL_HEALTH_BUDGET: 'Personal health budget',
  SELF_FUNDED: 'Self-funded',
};

export const PLAN_STATUS = {
  PENDING_APPROVAL: 'Awaiting approval',
  APPROVED: 'Approved',
  DECLINED: 'Declined',
  CLOSED: 'Closed',
};

export const ROLE = {
  gp: 'GP',
  'link-worker': 'Link worker',
  practitioner: 'Practitioner',
  commissioner: 'Commissioner',
  admin: 'Administrator',
};

/** Words for a code from one of the tables above, or made from the code. */
export function say(table, code) {
  if (code === undefined || code === null || code === '') {
    return '';
  }
  if (table && table[code]) {
    return table[code];
  }
  const words = String(code).replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2 April 1971" from "1971-04-02" (a date without a time is read as that calendar day). */
export function date(value) {
  if (!value) {
    return '';
  }
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return DATE.format(parsed);
}

export function shortDate(value) {
  return value ? SHORT_DATE.format(new Date(value)) : '';
}

export function dateTime(value) {
  if (!value) {
    return '';
  }
  const parsed = new Date(value);
  return `${DATE.format(parsed)} at ${TIME.format(parsed)}`;
}

/** "Apr 2026" from "2026-04" or "2026-04-01". */
export function month(value) {
  const [year, monthNumber] = String(value).split('-');
  return MONTH.format(new Date(Date.UTC(Number(year), Number(monthNumber) - 1, 1)));
}

/** "£1,234.50" from pence. */
export function money(pence) {
  if (pence === undefined || pence === null) {
    return '';
  }
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);
}

/** "943 476 5919": the NHS number as people read it. */
export function nhsNumber(value) {
  const digits = String(value || '').replace(/\s/g, '');
  return digits.length === 10 ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : digits;
}

export function number(value, digits = 1) {
  if (value === undefined || value === null) {
    return '';
  }
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }).format(value);
}

export function percent(value) {
  if (value === undefined || value === null) {
    return '';
  }
  return new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/**
 * How soon someone usually answers, in words: "within an hour" below one hour (never "within 0
 * hours"), whole hours up to two days, then whole days; always rounded up, so never a promise
 * faster than the figure.
 */
export function responseTime(hours) {
  if (hours < 1) {
    return 'within an hour';
  }
  if (hours <= 48) {
    const whole = Math.ceil(hours);
    return `within ${whole} hour${whole === 1 ? '' : 's'}`;
  }
  return `within ${Math.ceil(hours / 24)} days`;
}
