// The NHS number's check digit (modulus 11), so a mistyped number is caught as it is typed.
// The API checks it again; this only saves the user a round trip.

/** What is wrong with the number in plain words, or null when it is a valid NHS number. */
export function nhsNumberProblem(value) {
  const digits = String(value || '').replace(/\s+/g, '');
  if (!digits) {
    return 'Enter the patient’s NHS number';
  }
  if (!/^\d+$/.test(digits)) {
    return 'NHS number must contain only numbers';
  }
  if (digits.length !== 10) {
    return 'NHS number must be 10 digits';
  }
  let sum = 0;
  for (let i = 0; i < 9; i += 1) {
    sum += Number(digits[i]) * (10 - i);
  }
  const check = (11 - (sum % 11)) % 11;
  if (check === 10 || check !== Number(digits[9])) {
    return 'This is not a valid NHS number: check it against the patient’s record';
  }
  return null;
}

export function nhsNumberDigits(value) {
  return String(value || '').replace(/\s+/g, '');
}
