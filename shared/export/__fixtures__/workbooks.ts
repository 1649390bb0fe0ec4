/**
 * Realistic, clearly fictional workbooks for the export and exchange tests (built here so the
 * tests do not depend on the sample builders, which other engineers are still filling in).
 */
import {
  SCHEMA_VERSION,
  disclosingWorkbookSchema,
  partnerWorkbookSchema,
  type DisclosingWorkbook,
  type PartnerWorkbook,
  type RichText,
} from '../../workbook/schema';

const text = (t: string, format = 0) => ({ detail: 0, format, mode: 'normal', style: '', text: t, type: 'text', version: 1 });
const el = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  type,
  version: 1,
  ...extra,
});
const p = (...children: unknown[]) => el('paragraph', children, { textFormat: 0, textStyle: '' });

export const LETTER_PARAGRAPHS = [
  'I am writing this to tell you the whole truth, in one place, so that you no longer have to piece it together.',
  'In March 2019 I created a profile on a dating app and kept it hidden from you for two years.',
  'I met three people from that app in person, at hotels near my office.',
];

export function fixtureLetter(extra: string[] = []): RichText {
  return {
    root: el('root', [
      el('heading', [text('What I did')], { tag: 'h1' }),
      p(text(LETTER_PARAGRAPHS[0]!)),
      p(
        text('In March 2019 I created a profile on a '),
        text('dating app', 1),
        text(' and kept it '),
        text('hidden', 2),
        text(' from you for '),
        text('two years', 8),
        text('.'),
      ),
      el(
        'list',
        [
          el('listitem', [text('The first meeting was in June 2019.')], { value: 1 }),
          el('listitem', [text('The last meeting was in February 2021.')], { value: 2 }),
        ],
        {
          listType: 'number',
          start: 1,
          tag: 'ol',
        },
      ),
      el(
        'list',
        [el('listitem', [text('A hotel near the office')], { value: 1 }), el('listitem', [text('Our car, once')], { value: 2 })],
        {
          listType: 'bullet',
          start: 1,
          tag: 'ul',
        },
      ),
      el('quote', [text('You asked me in 2020 whether something was wrong, and I told you it was only work.')]),
      p(text(LETTER_PARAGRAPHS[2]!)),
      ...extra.map((t) => p(text(t))),
    ]),
  } as RichText;
}

export function fixtureDisclosing(overrides: { letterExtra?: string[]; name?: string } = {}): DisclosingWorkbook {
  return disclosingWorkbookSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    role: 'disclosing',
    displayName: overrides.name ?? 'Jordan',
    createdAt: '2026-01-02T09:00:00.000Z',
    savedAt: '2026-01-20T18:30:00.000Z',
    sections: {
      inventory: {
        cards: [
          {
            id: 'card-apps',
            category: 'datingApps',
            happened: 'yes',
            firstTime: 'March 2019',
            mostRecent: 'February 2021',
            frequency: 'Weekly messaging, about 40 conversations',
            peopleCount: 3,
            knownPeople: [{ id: 'kp1', label: 'A person from the gym', knownToPartner: true, ongoingContact: false }],
            places: ['hotel', 'car'],
            money: { low: 1250, high: null, currency: 'USD', text: '' },
            moneySource: 'the joint credit card',
            unprotectedContact: true,
            healthNotes: 'Tested in January 2026; results negative.',
            liesUsed: 'Said I was working late.',
            disclosedBefore: 'partially',
            notes: 'Two profiles on two apps.',
          },
          {
            id: 'card-porn',
            category: 'pornography',
            happened: 'yes',
            firstTime: '2015',
            mostRecent: 'December 2025',
            frequency: 'Several times a week',
          },
          { id: 'card-strip', category: 'stripClubs', happened: 'no' },
        ],
      },
      timeline: {
        entries: [
          { id: 't1', date: 'March 2019', category: 'datingApps', description: 'Created the first dating profile.' },
          { id: 't2', date: 'June 2019', category: 'datingApps', description: 'First meeting in person, at a hotel.' },
          { id: 't3', date: 'February 2021', category: 'datingApps', description: 'Last meeting; deleted the profiles.' },
        ],
      },
      lies: {
        items: [
          {
            id: 'l1',
            kind: 'coverStory',
            date: '2019-2021',
            description: 'Told you the late evenings were for a project at work.',
          },
          {
            id: 'l2',
            kind: 'deniedSuspicion',
            date: 'Summer 2020',
            description: 'When you asked about my phone, I said you were imagining things.',
          },
        ],
      },
      letter: {
        current: fixtureLetter(['This working copy is newer than the last draft.']),
        drafts: [
          { id: 'd1', number: 1, savedAt: '2026-01-10T10:00:00.000Z', content: fixtureLetter(['First draft closing line.']) },
          {
            id: 'd2',
            number: 2,
            savedAt: '2026-01-18T10:00:00.000Z',
            content: fixtureLetter(overrides.letterExtra ?? ['Second draft closing line.']),
            reviewedByTherapist: true,
          },
        ],
      },
      answers: {
        packet: {
          packetId: 'pk1',
          releasedAt: '2026-01-12T10:00:00.000Z',
          importedAt: '2026-01-13T10:00:00.000Z',
          questions: [
            { id: 'q1', order: 0, number: 3, text: 'When did it start?', category: 'timeline', priority: 'needToKnow' },
            {
              id: 'q2',
              order: 1,
              number: 1,
              text: 'Did you ever bring anyone to our home?',
              category: 'places',
              priority: 'needToKnow',
            },
            { id: 'q4', order: 2, number: 4, text: 'Is there any contact now?', category: 'people', priority: 'needToKnow' },
          ],
        },
        answers: {
          q1: { text: 'It started in March 2019.', letterSection: '' },
          q2: { text: 'No. I never brought anyone to our home.', letterSection: 'the opening section' },
        },
      },
      polygraph: {
        questions: [{ id: 'pg1', text: 'Is your written disclosure complete and true?', notes: 'Agreed with the therapist.' }],
      },
      readiness: { checklist: { finalDraftReviewed: true }, sessionDate: '2026-02-03', dayPlan: 'Take the day off work.' },
    },
  });
}

export function fixturePartner(name = 'Riley'): PartnerWorkbook {
  const numbers: Record<string, number> = { q2: 1, q3: 2, q1: 3 };
  const q = (id: string, textValue: string, category: string, priority: string, status = 'ready') => ({
    id,
    number: numbers[id] ?? null,
    text: textValue,
    category,
    priority,
    status,
    why: `Private reason for ${id}`,
    feeling: `Private feeling for ${id}`,
    createdAt: '2026-01-05T10:00:00.000Z',
  });
  return partnerWorkbookSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    role: 'partner',
    displayName: name,
    createdAt: '2026-01-03T09:00:00.000Z',
    savedAt: '2026-01-21T08:15:00.000Z',
    sections: {
      questions: {
        items: [
          q('q2', 'Did you ever bring anyone to our home?', 'places', 'needToKnow'),
          q('q3', 'How much money was spent in total?', 'money', 'wantToKnow'),
          q('q1', 'When did it start?', 'timeline', 'needToKnow'),
          q('q5', 'A draft question I am not sure about', 'scope', 'notSure', 'draft'),
          q('q6', 'A question set aside for now', 'future', 'maybeLater', 'setAside'),
        ],
        nextNumber: 5,
      },
      support: {
        people: [
          {
            id: 's1',
            name: 'Sam (sister)',
            kind: 'friendFamily',
            contact: '555-0101',
            availability: 'Evenings',
            safeAtNight: true,
          },
        ],
      },
      boundaries: {
        items: [
          {
            id: 'b1',
            need: 'No contact with the people named.',
            ifNotRespected: 'I will stay with my sister for a while.',
            discussWithTherapist: true,
          },
        ],
      },
      safetyPlan: {
        before: { companion: 'Sam will drive me.' },
        during: {},
        after: { evening: 'A quiet evening at Sam\u2019s.' },
      },
      checkIns: {
        entries: [
          { id: 'c1', day: '2026-01-05', distress: 8, ratings: { sleep: 3, anxiety: 4 }, note: 'Hard day.' },
          { id: 'c2', day: '2026-01-06', distress: 7, ratings: { sleep: 3 } },
          { id: 'c3', day: '2026-01-09', distress: 5, ratings: { sleep: 2 }, note: 'Walked with Sam.' },
          { id: 'c4', day: '2026-01-12', distress: 6, ratings: {} },
        ],
      },
      impactLetter: { current: fixtureLetter(['Impact letter working copy.']), drafts: [] },
      crisis: { localResources: [{ id: 'r1', name: 'City partner support group', contact: '555-0199', notes: 'Tuesdays' }] },
    },
  });
}
