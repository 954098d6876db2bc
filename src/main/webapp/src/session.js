// The logged-in user, and directory lists that rarely change, read once per visit.
import { get } from './api.js';

const cache = new Map();

function once(key, load) {
  if (!cache.has(key)) {
    cache.set(
      key,
      load().catch((error) => {
        cache.delete(key);
        throw error;
      }),
    );
  }
  return cache.get(key);
}

/** The therapy catalogue as a Map from code to therapy. */
export function therapies() {
  return once('therapies', async () => new Map((await get('/therapies')).map((therapy) => [therapy.code, therapy])));
}

export async function therapyName(code) {
  if (!code) {
    return '';
  }
  const therapy = (await therapies()).get(code);
  return therapy ? therapy.name : code;
}

/** One practitioner of the directory, read once. */
export function practitioner(id) {
  return once(`practitioner:${id}`, () => get(`/practitioners/${encodeURIComponent(id)}`));
}

export async function practitionerName(id) {
  if (!id) {
    return '';
  }
  try {
    return (await practitioner(id)).displayName;
  } catch (e) {
    return 'Unknown practitioner';
  }
}

/** The practices of the directory as a Map from ODS code to practice. */
export function practices() {
  return once('practices', async () => new Map((await get('/practices')).map((practice) => [practice.odsCode, practice])));
}

let message = null;

/**
 * A message for the next screen shown (after an action moves the user on): kind "success", or
 * "problem" when the API refused and the screen was reloaded.
 */
export function flash(text, kind = 'success', title = 'Your change was not made') {
  message = { text, kind, title };
}

export function takeFlash() {
  const text = message;
  message = null;
  return text;
}
