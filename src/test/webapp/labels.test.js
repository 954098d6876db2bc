// The web app's wording rules, run by src/scripts/build-webapp.sh with Node's own test runner
// (node --test) before every build of the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { responseTime, say } from '../../main/webapp/src/labels.js';

test('a practitioner who answers in minutes answers within an hour, never within 0 hours', () => {
  assert.equal(responseTime(0), 'within an hour');
  assert.equal(responseTime(0.04), 'within an hour');
  assert.equal(responseTime(0.99), 'within an hour');
});

test('hours are whole and rounded up, so the words never promise faster than the figure', () => {
  assert.equal(responseTime(1), 'within 1 hour');
  assert.equal(responseTime(1.2), 'within 2 hours');
  assert.equal(responseTime(23.5), 'within 24 hours');
  assert.equal(responseTime(48), 'within 48 hours');
});

test('beyond two days the answer is in whole days, rounded up', () => {
  assert.equal(responseTime(48.5), 'within 3 days');
  assert.equal(responseTime(72), 'within 3 days');
  assert.equal(responseTime(100), 'within 5 days');
});

test('a code the app has no words for is shown as words made from the code', () => {
  assert.equal(say({}, 'NEEDS_DIFFERENT_SERVICE'), 'Needs different service');
});
