import { QUESTION_BANK } from '../../guidance/questionBank';
import { CHECK_IN_ITEMS, IMPACT_LETTER_AREAS, SAFETY_PLAN_PHASES } from '../../guidance/sectionTexts';
import { QUESTION_PRIORITIES, QUESTION_STATUSES, type QuestionCategoryId } from '../categories';
import { addDays } from '../partner/checkInTrend';
import type { CheckIn, PartnerQuestion, PartnerWorkbook, RichText } from '../schema';

/**
 * Fills every section of a partner workbook with realistic, clearly fictional content
 * (names are invented, phone numbers use the 555-01xx range reserved for fiction).
 * `large`: 300 questions and 90 days of check-ins (for benchmarks). Deterministic per size.
 */
export function fillPartnerSample(workbook: PartnerWorkbook, size: 'small' | 'large'): PartnerWorkbook {
  const random = seededRandom(size === 'large' ? 4242 : 7);
  const created = new Date(workbook.createdAt);
  const today = workbook.createdAt.slice(0, 10);
  const s = workbook.sections;

  s.beforeYouBegin = {
    safety: { inDanger: false, afraid: false, selfHarmThoughts: false },
    safetyNoneApply: true,
    readiness: { noSupport: false, pressured: true, relationshipEnding: false },
    read: true,
  };
  s.questions.items = sampleQuestions(size === 'large' ? 300 : 14, random, created);
  s.support.people = SUPPORT_PEOPLE.map((p, i) => ({ id: `sample-support-${i + 1}`, ...p }));
  s.boundaries.items = BOUNDARIES.map((b, i) => ({ id: `sample-boundary-${i + 1}`, ...b }));
  s.safetyPlan = {
    before: fillPhase('before'),
    during: fillPhase('during'),
    // The plan for after the session lives in After the disclosure (schema v5).
    after: {},
    testing: {
      tests: [
        { id: 'sample-test-1', date: '2 February', what: 'Sample text. A full STI screen', result: 'Sample text. All clear' },
        ...(size === 'large'
          ? [{ id: 'sample-test-2', date: '5 May', what: 'Sample text. The three-month repeat', result: 'Sample text. Waiting' }]
          : []),
      ],
      notes: 'Sample text. The clinic suggested repeating some tests after three months.',
    },
  };
  s.afterDisclosure.answers = {
    ...fillPhase('after'),
    afterNotes: PHASE_PLAN_ANSWERS['after']?.['notes'] ?? PLAN_ANSWERS['notes'] ?? '',
    sleeping: 'Sample text. For the first week I sleep in the spare room.',
    withWhom: 'Sample text. My sister stays with me the first two nights.',
    offLimits: 'Sample text. No new details and no talk about the future until the debrief.',
    stopSignal: 'Sample text. I say "pause", and we both leave the room for twenty minutes.',
    childcare: 'Sample text. The children stay with their grandparents on the day and the day after.',
    debriefDate: 'Sample text. The Thursday after, at 4 pm.',
    clarifying: 'Sample text. I keep a note of new questions and take them to my therapist first.',
    talkingWithChildren: 'Sample text. I want to ask my therapist what, if anything, our children should be told.',
    ...(size === 'large'
      ? {
          plan30: 'Sample text. Weekly sessions, one group, walks most mornings.',
          plan60: 'Sample text. A routine that holds, and a decision about the spare room.',
          plan90: 'Sample text. The impact letter drafted.',
          agreements: 'Sample text. Phone passcodes shared; no contact with the people named.',
          ifSomethingNew: 'Sample text. It comes through the therapists first.',
        }
      : {}),
  };
  delete s.afterDisclosure.answers['notes'];
  s.polygraph = {
    questions: [
      { id: 'sample-partner-poly-1', text: 'Sample text. Have you told me about every person you had sexual contact with?' },
      ...(size === 'large' ? [{ id: 'sample-partner-poly-2', text: 'Sample text. Is there anyone you still contact?' }] : []),
    ],
    includeQuestions: size === 'large',
    hearResult: 'Sample text. From my therapist, in the office, with my sister waiting outside.',
    notes: '',
  };
  s.checkIns.entries = sampleCheckIns(size === 'large' ? 90 : 21, today, random);
  const letter = paragraphs(
    IMPACT_LETTER_AREAS.slice(0, size === 'large' ? IMPACT_LETTER_AREAS.length : 3).map(
      (area) => `${area.title}: ${IMPACT_SENTENCES[area.id] ?? ''}`,
    ),
  );
  s.impactLetter = {
    current: letter,
    drafts: [
      {
        id: 'sample-impact-draft-1',
        number: 1,
        savedAt: new Date(created.getTime() - 3 * 86_400_000).toISOString(),
        content: paragraphs([`${IMPACT_LETTER_AREAS[0]!.title}: ${IMPACT_SENTENCES[IMPACT_LETTER_AREAS[0]!.id] ?? ''}`]),
        feedback: 'Sample feedback: this is a clear start. Take the next area when you feel ready.',
        reviewedByTherapist: true,
      },
    ],
    dismissedChecks: [],
  };
  s.crisis.localResources = [
    { id: 'sample-local-1', name: 'Sample town walk-in counselling (fictional)', contact: '555-0142', notes: 'Weekdays 9 to 5' },
    {
      id: 'sample-local-2',
      name: 'My therapist’s after-hours line (fictional)',
      contact: '555-0187',
      notes: 'For urgent worries only',
    },
  ];
  return workbook;
}

const SUPPORT_PEOPLE = [
  {
    name: 'Morgan (sample friend)',
    kind: 'friendFamily',
    contact: '555-0101',
    availability: 'Evenings and weekends',
    safeAtNight: true,
    notes: 'Knows what is happening. Listens without judging.',
  },
  {
    name: 'Aunt Robin (sample)',
    kind: 'friendFamily',
    contact: '555-0102',
    availability: 'Mornings',
    safeAtNight: false,
    notes: '',
  },
  {
    name: 'Tuesday partner support group (sample)',
    kind: 'group',
    contact: 'Meets at the library, room 2',
    availability: 'Tuesdays 7 pm',
    safeAtNight: false,
    notes: 'Led by a trained facilitator.',
  },
  {
    name: 'Dr. Casey Lane, partner specialist (sample)',
    kind: 'therapist',
    contact: '555-0110',
    availability: 'Weekdays; messages answered within a day',
    safeAtNight: false,
    notes: 'Trained in partner betrayal trauma.',
  },
] as const satisfies readonly Omit<PartnerWorkbook['sections']['support']['people'][number], 'id'>[];

const BOUNDARIES = [
  {
    need: 'I need to sleep in a room of my own until I decide otherwise.',
    ifNotRespected: 'I will stay at Morgan’s for a few nights.',
    discussWithTherapist: false,
  },
  {
    need: 'I need all contact with the people involved to end, and to be told if anyone reaches out.',
    ifNotRespected: 'I will take more space and talk it through with my therapist.',
    discussWithTherapist: true,
  },
  {
    need: 'I will not answer questions about my decisions until I am ready.',
    ifNotRespected: 'I will leave the conversation calmly.',
    discussWithTherapist: false,
  },
] as const;

const PLAN_ANSWERS: Record<string, string> = {
  companion: 'Morgan will wait in the café next door.',
  driver: 'Morgan drives both ways.',
  gettingHome: 'Morgan drives me home; a taxi if plans change.',
  evening: 'A quiet evening at Morgan’s, soup and an old film.',
  whoToCall: 'Morgan first, then Aunt Robin in the morning.',
  bodyCalm: 'Slow breathing, a warm drink, my heavy blanket, a short walk.',
  notes: 'Eat breakfast. Bring water and a sweater.',
};

/** Answers that differ by phase, so the sample plan reads like a real one. */
const PHASE_PLAN_ANSWERS: Partial<Record<'before' | 'during' | 'after', Record<string, string>>> = {
  during: {
    bodyCalm: 'Feet flat on the floor, slow breaths, a hand on my chest.',
    whoToCall: 'My therapist is in the room; Morgan is next door.',
    notes: 'I can ask for a pause or step out at any time.',
  },
  after: {
    bodyCalm: 'A warm shower and my heavy blanket.',
    notes: 'No big decisions tonight.',
  },
};

function fillPhase(phaseId: 'before' | 'during' | 'after'): Record<string, string> {
  const phase = SAFETY_PLAN_PHASES.find((p) => p.id === phaseId)!;
  return Object.fromEntries(phase.fields.map((f) => [f.id, PHASE_PLAN_ANSWERS[phaseId]?.[f.id] ?? PLAN_ANSWERS[f.id] ?? '']));
}

const IMPACT_SENTENCES: Record<string, string> = {
  feelings: 'Sample text. Shock first, then anger, and a grief I did not expect.',
  vows: 'Sample text. The promise I trusted most was the one about honesty.',
  family: 'Sample text. Deciding who knows has been its own weight.',
  faith: 'Sample text. I have found it hard to sit in the places that used to calm me.',
  dailyLife: 'Sample text. Mornings feel heavy, and I stopped going to the Saturday market we used to love.',
  body: 'Sample text. I have slept badly for weeks and my shoulders ache most days.',
  sexuality: 'Sample text. Closeness feels unsafe for now, and memories I trusted feel uncertain.',
  money: 'Sample text. Learning about the hidden card changed how safe our plans feel.',
  senseOfReality: 'Sample text. I keep replaying the last few years and wondering what was real.',
  lies: 'Sample text. Being told I was imagining things stayed with me the most.',
  selfBlame: 'Sample text. I am learning that the choices that hurt me were not mine.',
  needsAndBoundaries: 'Sample text. I need honesty without being asked for it, and time.',
};

const OWN_QUESTIONS: readonly { text: string; category: QuestionCategoryId }[] = [
  { text: 'Was the weekend away in the spring connected to any of this? (sample)', category: 'suspicions' },
  { text: 'Is the new email account I noticed part of this? (sample)', category: 'lies' },
  { text: 'What support do you have if you feel tempted again? (sample)', category: 'future' },
];

const WHY = ['So I can stop guessing.', 'I need this to feel safe.', 'I have wondered about this for a long time.', ''];
const FEELING = ['Probably shaky, but relieved to know.', 'It may hurt a lot; I will plan support for after.', ''];

function sampleQuestions(count: number, random: () => number, created: Date): PartnerQuestion[] {
  const out: PartnerQuestion[] = [];
  for (let i = 0; i < count; i += 1) {
    const own = i % 7 === 6 ? OWN_QUESTIONS[i % OWN_QUESTIONS.length] : undefined;
    const bank = QUESTION_BANK[(i * 5) % QUESTION_BANK.length]!;
    const round = Math.floor(i / QUESTION_BANK.length);
    const text = own ? own.text : round === 0 ? bank.text : `${bank.text} (sample copy ${round + 1})`;
    out.push({
      id: `sample-question-${i + 1}`,
      text,
      category: own ? own.category : bank.category,
      priority: own ? 'needToKnow' : (bank.suggestedPriority ?? pick(QUESTION_PRIORITIES, random)),
      status: pick(QUESTION_STATUSES, random),
      why: pick(WHY, random),
      feeling: pick(FEELING, random),
      fromBank: own ? null : bank.id,
      createdAt: new Date(created.getTime() - (count - i) * 3_600_000).toISOString(),
      number: null,
      answerMode: i % 5 === 3 ? 'laterWithTherapist' : i % 5 === 1 ? 'inWriting' : null,
    });
  }
  // Ready questions were released once: they carry their numbers, in the partner's order.
  let next = 1;
  for (const q of out) if (q.status === 'ready') q.number = next++;
  return out;
}

const NOTES = [
  '',
  '',
  'A hard morning; a walk helped.',
  'Slept a little better.',
  'Group tonight was good.',
  'Felt on edge at work.',
];

/** One check-in most days, ending today, easing slowly with ups and downs (no day is "good" or "bad"). */
function sampleCheckIns(days: number, today: string, random: () => number): CheckIn[] {
  const out: CheckIn[] = [];
  for (let i = 0; i < days; i += 1) {
    if (days < 90 && i % 9 === 4) continue; // the small sample skips a few days, which is fine
    const progress = i / Math.max(1, days - 1);
    const base = 7.5 - 3.5 * progress + (random() - 0.5) * 3;
    const distress = clamp(Math.round(base), 0, 10);
    const ratings: Record<string, number> = {};
    for (const item of CHECK_IN_ITEMS) ratings[item.id] = clamp(Math.round((base / 10) * 4 + (random() - 0.5) * 1.5), 0, 4);
    out.push({
      id: `sample-checkin-${i + 1}`,
      day: addDays(today, i - (days - 1)),
      ratings,
      distress,
      harmThoughts: false,
      // One day in the sample notes that home felt unsafe, so the gentle offer has something to show.
      unsafeAtHome: i === days - 3,
      note: pick(NOTES, random),
    });
  }
  return out;
}

function paragraphs(texts: readonly string[]): RichText {
  const children = texts.map((text) => ({
    children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
    direction: 'ltr',
    format: '',
    indent: 0,
    type: 'paragraph',
    version: 1,
    textFormat: 0,
    textStyle: '',
  }));
  return { root: { children, direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 } };
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));
const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)]!;

/** mulberry32: a tiny deterministic generator, so each sample size is the same every time. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
