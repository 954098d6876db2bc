// The outcome measures' forms: the items in questionnaire order and the range of each answer, so
// that an impossible answer is refused before it is sent. Scoring is the API's alone.
//
// Item wording is shown only where it is free to reproduce: PHQ-9 and GAD-7 (no permission
// needed) and ONS4 (Office for National Statistics, Open Government Licence). WEMWBS, SWEMWBS,
// EQ-5D-5L and MYMOP2 are licensed: their items are numbered or named by dimension, and the
// practitioner enters the answers from the licensed questionnaire the patient completed.

const PHQ_SCALE = '0 = not at all, 1 = several days, 2 = more than half the days, 3 = nearly every day';
const WEMWBS_SCALE = '1 = none of the time, 2 = rarely, 3 = some of the time, 4 = often, 5 = all of the time';
const EQ_SCALE = '1 = no problems, 5 = extreme problems or unable';

export const MEASURES = {
  PHQ9: {
    name: 'PHQ-9 (depression)',
    scale: PHQ_SCALE,
    intro: 'Over the last 2 weeks, how often has the patient been bothered by any of the following problems?',
    min: 0,
    max: 3,
    items: [
      'Little interest or pleasure in doing things',
      'Feeling down, depressed, or hopeless',
      'Trouble falling or staying asleep, or sleeping too much',
      'Feeling tired or having little energy',
      'Poor appetite or overeating',
      'Feeling bad about yourself, or that you are a failure or have let yourself or your family down',
      'Trouble concentrating on things, such as reading the newspaper or watching television',
      'Moving or speaking so slowly that other people could have noticed, or the opposite: being so fidgety or restless that you have been moving around a lot more than usual',
      'Thoughts that you would be better off dead, or of hurting yourself in some way',
    ],
    note: 'Any answer above 0 to item 9 sends an urgent safety alert to the GP practice as soon as you save.',
  },
  GAD7: {
    name: 'GAD-7 (anxiety)',
    scale: PHQ_SCALE,
    intro: 'Over the last 2 weeks, how often has the patient been bothered by the following problems?',
    min: 0,
    max: 3,
    items: [
      'Feeling nervous, anxious or on edge',
      'Not being able to stop or control worrying',
      'Worrying too much about different things',
      'Trouble relaxing',
      'Being so restless that it is hard to sit still',
      'Becoming easily annoyed or irritable',
      'Feeling afraid as if something awful might happen',
    ],
  },
  ONS4: {
    name: 'ONS4 (personal wellbeing)',
    scale: '0 = not at all, 10 = completely',
    min: 0,
    max: 10,
    items: [
      'Overall, how satisfied are you with your life nowadays?',
      'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
      'Overall, how happy did you feel yesterday?',
      'Overall, how anxious did you feel yesterday?',
    ],
  },
  MYMOP2: {
    name: 'MYMOP2 (symptoms and wellbeing)',
    scale: '0 = as good as it could be, 6 = as bad as it could be',
    min: 0,
    max: 6,
    items: ['Symptom 1', 'Symptom 2 (leave empty if the patient chose one symptom)', 'Activity', 'Wellbeing'],
    optional: [1],
  },
  WEMWBS: {
    name: 'WEMWBS (mental wellbeing, 14 statements)',
    scale: WEMWBS_SCALE,
    min: 1,
    max: 5,
    items: Array.from({ length: 14 }, (_, i) => `Statement ${i + 1}`),
    licensed: true,
  },
  SWEMWBS: {
    name: 'SWEMWBS (mental wellbeing, 7 statements)',
    scale: WEMWBS_SCALE,
    min: 1,
    max: 5,
    items: Array.from({ length: 7 }, (_, i) => `Statement ${i + 1}`),
    licensed: true,
  },
  EQ5D5L: {
    name: 'EQ-5D-5L (health today)',
    scale: EQ_SCALE,
    min: 1,
    max: 5,
    items: ['Mobility', 'Self-care', 'Usual activities', 'Pain or discomfort', 'Anxiety or depression'],
    vas: true,
    licensed: true,
  },
};

/** Plain names of the scores the API returns. */
export const SCORE_NAMES = {
  total: 'Total',
  profile: 'Profile (mean of items)',
  raw: 'Raw score',
  metric: 'Metric score',
  lifeSatisfaction: 'Life satisfaction',
  worthwhile: 'Worthwhile',
  happy: 'Happiness',
  anxious: 'Anxiety',
  mobility: 'Mobility',
  selfCare: 'Self-care',
  usualActivities: 'Usual activities',
  painDiscomfort: 'Pain or discomfort',
  anxietyDepression: 'Anxiety or depression',
  vas: 'Health today (0 to 100)',
};

export function measureName(code) {
  return MEASURES[code] ? MEASURES[code].name : code;
}
