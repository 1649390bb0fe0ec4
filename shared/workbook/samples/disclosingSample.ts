import { INVENTORY_CATEGORY_IDS, type InventoryCategoryId } from '../categories';
import { plainBlocksToRichText, type PlainBlock } from '../richText';
import { inventoryCardSchema, type DisclosingWorkbook, type InventoryCard, type Money, type TimelineEntry } from '../schema';

/**
 * Fills every section of a disclosing workbook with realistic, clearly fictional content.
 * `large`: a letter of about 30,000 words and 500 timeline entries (for benchmarks).
 * Deterministic for a given size, so benchmarks are comparable run to run.
 * Nothing here is graphic: acts are named in general terms only, as the guidance asks.
 */
export function fillDisclosingSample(workbook: DisclosingWorkbook, size: 'small' | 'large'): DisclosingWorkbook {
  const rand = mulberry32(size === 'large' ? 4242 : 7);
  const s = workbook.sections;

  s.beforeYouBegin = {
    readiness: { danger: false, harmRisk: false, legalRisk: false, noSobriety: false, relationshipEnding: false },
    scope: 'relationship',
    read: true,
  };

  const cards = sampleCards();
  s.inventory.cards = cards;
  s.inventory.children = {
    happened: 'notSure',
    placeholder: 'Sample text. To discuss with my therapist first.',
    talkedWithTherapist: size === 'large',
  };

  const entries: TimelineEntry[] = [
    ...SMALL_TIMELINE.map((e, i) => ({ ...e, id: `sample-tl-${i}`, inventoryCardIds: linkFor(cards, e.category) })),
  ];
  if (size === 'large') {
    for (let i = entries.length; i < 500; i++) {
      const category = pick(rand, LARGE_CATEGORIES);
      const year = 2012 + Math.floor(rand() * 13);
      const date = formatSampleDate(rand, year);
      entries.push({
        id: `sample-tl-${i}`,
        date,
        category,
        description: `${pick(rand, TIMELINE_TEMPLATES[category])} (sample entry ${i + 1}).`,
        inventoryCardIds: linkFor(cards, category),
      });
    }
  }
  s.timeline.entries = entries;
  s.timeline.milestones = [
    { id: 'sample-ms-1', date: 'June 2014', kind: 'wedding', label: 'Sample text. Our wedding' },
    { id: 'sample-ms-2', date: '2017', kind: 'birth', label: 'Sample text. Our first child is born' },
    { id: 'sample-ms-3', date: 'spring 2020', kind: 'move', label: 'Sample text. We move to the new flat' },
    ...(size === 'large'
      ? [
          { id: 'sample-ms-4', date: '2021', kind: 'illness' as const, label: 'Sample text. A long illness in the family' },
          { id: 'sample-ms-5', date: 'autumn 2022', kind: 'job' as const, label: 'Sample text. A new job with travel' },
          { id: 'sample-ms-6', date: '2023', kind: 'other' as const, label: 'Sample text. A hard year for both of us' },
        ]
      : []),
  ];

  s.lies.items = [
    {
      id: 'sample-lie-1',
      kind: 'coverStory',
      date: '2016 to 2024',
      description: 'I told you I was working late on the quarterly reports. I used this story roughly twice a month.',
    },
    {
      id: 'sample-lie-2',
      kind: 'coverStory',
      date: 'spring 2021',
      description: 'I said the new phone password was for work security. It was to keep you out of my messages.',
    },
    {
      id: 'sample-lie-3',
      kind: 'deniedSuspicion',
      date: 'late 2019',
      description: 'You asked me about a message from an unknown number. I said it was a wrong number. You were right to ask.',
    },
    {
      id: 'sample-lie-4',
      kind: 'deniedSuspicion',
      date: '03/2022',
      description: 'You said I seemed far away and asked if there was someone else. I said you were imagining it. You were not.',
    },
    {
      id: 'sample-lie-5',
      kind: 'partialDisclosure',
      date: '2023-06-10',
      description: 'I admitted to the dating app and said that was everything. I left out the meetings in person and the money.',
    },
  ];

  const blocks = letterBlocks(size === 'large' ? 30_000 : 0, rand);
  s.letter.current = plainBlocksToRichText(blocks);
  const firstDraft = plainBlocksToRichText(blocks.slice(0, Math.max(3, Math.floor(blocks.length * 0.6))));
  s.letter.drafts = [
    {
      id: 'sample-draft-1',
      number: 1,
      savedAt: '2025-11-02T18:30:00.000Z',
      content: firstDraft,
      feedback: 'Clear start. The money section needs totals, and the timeline needs the most recent date.',
      reviewedByTherapist: true,
    },
    {
      id: 'sample-draft-2',
      number: 2,
      savedAt: '2025-12-07T19:10:00.000Z',
      content: s.letter.current,
      feedback: '',
      reviewedByTherapist: false,
    },
  ];
  s.letter.dismissedChecks = [];

  s.answers.packet = {
    packetId: 'sample-packet-1',
    releasedAt: '2025-12-20T09:00:00.000Z',
    importedAt: '2025-12-21T10:00:00.000Z',
    questions: SAMPLE_QUESTIONS.map((q, i) => ({ id: `sample-q-${i + 1}`, order: i, number: i + 1, answerMode: null, ...q })),
  };
  s.answers.answers = {
    'sample-q-1': {
      text: 'It started in March 2016, about two years after we moved in together.',
      letterSection: 'Timeline',
      reviewedWithTherapist: true,
    },
    'sample-q-2': { text: '', letterSection: 'People', reviewedWithTherapist: false },
  };

  s.polygraph.questions = [
    {
      id: 'sample-poly-1',
      text: 'Is your written disclosure complete and true?',
      notes: 'Wording suggested by my therapist on 8 January.',
      definitions: '"Complete" means every category in the inventory, including the ones marked no.',
    },
    {
      id: 'sample-poly-2',
      text: 'Since the disclosure date, have you had any contact with the people named in it?',
      notes: '',
      definitions: '"Contact" means any message, call, meeting or reply, in any app, in either direction.',
    },
  ];
  s.polygraph.examDate = '3 March';
  s.polygraph.examiner = 'Sample examiner (fictional)';

  s.readiness = {
    checklist: { finalDraftReviewed: false, dateSet: true, supportPeople: true, stiTest: true, contactsEntered: true },
    sessionDate: '12 February, 10:00, at Dr. Example’s office',
    // The day-of and week-after plans live in After the disclosure (schema v5).
    dayPlan: '',
    weekAfterPlan: '',
    contacts: 'Therapist: Dr. Example, 555-0100\nSponsor: M., 555-0101\nBrother: 555-0102',
  };
  s.afterDisclosure.answers = {
    sessionDay:
      'Take the day off work. Call my sponsor before and after. Give my partner space and let them decide about the evening.',
    weekAfter: 'Two group meetings, one therapy session, daily check-in call with my sponsor. Stay with my brother if asked.',
    sleeping: 'In the spare room, or at my brother’s if my partner asks.',
    stopSignal: 'My partner says "pause" and I leave the room without arguing.',
    ifSomethingNew: 'I tell my therapist first, the same day.',
    childcare: 'Sample text. The children stay with their grandparents on the day and the day after.',
    talkingWithChildren: 'Sample text. Nothing is said to the children until both therapists have helped us plan it.',
    ...(size === 'large'
      ? { plan30: 'Two meetings a week, therapy weekly, no late nights out.', agreements: 'Phone open to my partner.' }
      : {}),
  };
  s.noContact.letters = (size === 'large' ? ['K.', 'A.'] : ['K.']).map((who, i) => ({
    id: `sample-no-contact-${i + 1}`,
    recipient: who,
    letter: {
      current: plainBlocksToRichText([
        { type: 'paragraph', text: 'I am ending all contact with you. Please do not contact me again.' },
      ]),
      drafts: [],
      dismissedChecks: [],
    },
    review: i === 0 ? 'reviewed' : 'withTherapist',
    partnerApproved: i === 0,
    approvedOn: i === 0 ? '20 February' : '',
    sentOn: '',
  }));
  const checkInDays = size === 'large' ? 60 : 3;
  s.checkIns.entries = Array.from({ length: checkInDays }, (_, i) => {
    const day = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
    return {
      id: `sample-self-checkin-${i + 1}`,
      day,
      distress: Math.floor(rand() * 8),
      harmThoughts: false,
      unsafeAtHome: false,
      note: i % 7 === 0 ? 'Sample text. A long day; I called my sponsor.' : '',
    };
  });
  s.restitutionLetter.current = plainBlocksToRichText([
    { type: 'paragraph', text: 'Daily life: I understand now that my lies took the ease out of your ordinary days.' },
    ...(size === 'large'
      ? [{ type: 'paragraph' as const, text: 'The lies: I told you that you were imagining things. You were not.' }]
      : []),
  ]);
  return workbook;
}

/** An amount in the sample's currency, as if typed as a plain number. */
const dollars = (low: number): Money => ({ low, high: null, currency: 'USD', text: '' });

function card(category: InventoryCategoryId, over: Partial<InventoryCard>): InventoryCard {
  return inventoryCardSchema.parse({ id: `sample-card-${category}`, category, ...over });
}

function sampleCards(): InventoryCard[] {
  return [
    card('pornography', {
      happened: 'yes',
      firstTime: '2014',
      mostRecent: 'late 2024',
      frequency: 'several times a week, most weeks',
      places: ['home', 'online'],
      money: dollars(1840),
      moneySource: 'monthly subscriptions on my own credit card',
      liesUsed: 'Deleted the browser history and said I was up late with work.',
      disclosedBefore: 'partially',
    }),
    card('sextingChat', {
      happened: 'yes',
      firstTime: 'spring 2018',
      mostRecent: '03/2024',
      frequency: 'about weekly for 6 years',
      peopleCount: 12,
      places: ['online', 'workplace'],
      knownPeople: [{ id: 'sample-person-1', label: 'a co-worker, R.', knownToPartner: true, ongoingContact: false }],
      liesUsed: 'Kept a second messaging app hidden in a folder.',
      disclosedBefore: 'no',
    }),
    card('datingApps', {
      happened: 'yes',
      firstTime: '2019',
      mostRecent: '2024-02-14',
      frequency: 'profiles on 3 apps, on and off for 5 years',
      peopleCount: 25,
      places: ['online'],
      money: dollars(420),
      moneySource: 'premium memberships paid from a separate account',
      disclosedBefore: 'partially',
    }),
    card('emotionalAffairs', {
      happened: 'yes',
      firstTime: 'late 2020',
      mostRecent: 'summer 2022',
      frequency: 'daily messages for about 20 months',
      peopleCount: 1,
      places: ['workplace', 'car'],
      knownPeople: [{ id: 'sample-person-2', label: 'J. from the running club', knownToPartner: true, ongoingContact: false }],
      disclosedBefore: 'no',
    }),
    card('physicalAffairs', {
      happened: 'yes',
      firstTime: '06/2021',
      mostRecent: '2024-01-20',
      frequency: '7 times with 3 people',
      peopleCount: 3,
      places: ['hotel', 'car', 'home'],
      unprotectedContact: true,
      healthNotes: 'Tested in February 2025; will repeat in three months.',
      money: dollars(960),
      moneySource: 'hotel rooms on my work card, paid back in cash',
      disclosedBefore: 'no',
    }),
    card('paidSex', { happened: 'no' }),
    card('stripClubs', {
      happened: 'yes',
      firstTime: '2017',
      mostRecent: 'autumn 2023',
      frequency: 'about 10 visits, mostly on work trips',
      places: ['travel'],
      money: dollars(2300),
      moneySource: 'cash withdrawals',
      disclosedBefore: 'no',
    }),
    card('voyeurismExhibitionism', { happened: 'no' }),
    card('illegal', { happened: 'no' }),
    card('other', {
      id: 'sample-card-other-1',
      label: 'Hidden credit card',
      happened: 'yes',
      firstTime: '2019',
      mostRecent: '2024',
      frequency: 'ongoing',
      money: dollars(3100),
      moneySource: 'a credit card you did not know about',
      disclosedBefore: 'no',
    }),
  ];
}

function linkFor(cards: readonly InventoryCard[], category: InventoryCategoryId): string[] {
  const c = cards.find((x) => x.category === category && x.happened === 'yes');
  return c ? [c.id] : [];
}

const SMALL_TIMELINE: Omit<TimelineEntry, 'id' | 'inventoryCardIds'>[] = [
  { date: '2014', category: 'pornography', description: 'Began watching pornography regularly on my laptop, hidden from you.' },
  { date: '2017', category: 'stripClubs', description: 'First strip club visit, on a work trip to a conference.' },
  { date: 'spring 2018', category: 'sextingChat', description: 'Started sexual chat with people I met online.' },
  { date: '2019', category: 'datingApps', description: 'Made my first dating app profile, a few weeks after our anniversary.' },
  { date: 'late 2019', category: 'sextingChat', description: 'You asked about a message from an unknown number; I denied it.' },
  { date: 'late 2020', category: 'emotionalAffairs', description: 'Began daily private messages with J. from the running club.' },
  {
    date: '06/2021',
    category: 'physicalAffairs',
    description: 'First physical affair, with someone I met on an app, at a hotel.',
  },
  { date: '2023-06-10', category: 'other', description: 'Told you about the dating app and said it was everything. It was not.' },
  {
    date: '2024-01-20',
    category: 'physicalAffairs',
    description: 'The most recent physical contact, in our home while you were away.',
  },
  { date: '2024-02-14', category: 'datingApps', description: 'Last time I used a dating app. I deleted the profiles in March.' },
];

const LARGE_CATEGORIES: readonly InventoryCategoryId[] = INVENTORY_CATEGORY_IDS.filter(
  (c) => c !== 'illegal' && c !== 'voyeurismExhibitionism' && c !== 'paidSex',
);

const TIMELINE_TEMPLATES: Record<InventoryCategoryId, readonly string[]> = {
  pornography: [
    'Watched pornography late at night after you went to bed',
    'Paid for a new subscription site',
    'Watched pornography on my work laptop during lunch',
  ],
  sextingChat: [
    'Exchanged sexual messages with someone I met online',
    'Used a webcam chat site while you were out',
    'Sent photos of myself to a stranger',
  ],
  datingApps: ['Renewed a dating app profile', 'Messaged several people on a hookup app', 'Met someone from an app for a drink'],
  emotionalAffairs: [
    'Spent the evening messaging J. and hid my phone',
    'Told J. things I had not told you',
    'Met J. for coffee and said I was at the gym',
  ],
  physicalAffairs: [
    'Met someone from an app at a hotel',
    'Had physical contact with someone during a work trip',
    'Met the same person again at their flat',
  ],
  paidSex: ['Paid for a sexual massage'],
  stripClubs: ['Went to a strip club after a client dinner', 'Paid for private dances at a club on a work trip'],
  voyeurismExhibitionism: ['Watched someone without their knowledge'],
  illegal: ['To discuss with my lawyer and therapist'],
  other: ['Used the hidden credit card for app payments', 'Moved money from our savings to cover a payment'],
};

const SEASONS = ['spring', 'summer', 'autumn', 'winter', 'early', 'late'] as const;

function formatSampleDate(rand: () => number, year: number): string {
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  switch (Math.floor(rand() * 5)) {
    case 0:
      return String(year);
    case 1:
      return `${pick(rand, SEASONS)} ${year}`;
    case 2:
      return `${String(month).padStart(2, '0')}/${year}`;
    default:
      return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
}

const SAMPLE_QUESTIONS: {
  text: string;
  category: 'timeline' | 'people' | 'places' | 'money' | 'health' | 'suspicions';
  priority: 'needToKnow' | 'wantToKnow';
}[] = [
  { text: 'When did it start, and when was the most recent time?', category: 'timeline', priority: 'needToKnow' },
  { text: 'Do I know any of the people involved?', category: 'people', priority: 'needToKnow' },
  { text: 'Did anything happen in our home?', category: 'places', priority: 'needToKnow' },
  { text: 'How much money was spent in total, and from which accounts?', category: 'money', priority: 'needToKnow' },
  { text: 'Have you been tested, and should I be tested?', category: 'health', priority: 'needToKnow' },
  { text: 'When I asked about the message in 2019, was I right?', category: 'suspicions', priority: 'wantToKnow' },
];

const LETTER_OPENING = [
  'I am writing this to tell you the whole truth about my sexual behaviour outside our relationship. I have gone through many drafts with my therapist so that you hear it once, completely, and from me.',
  'Everything here was my choice. You did nothing to cause it, and nothing you could have done would have prevented it.',
];

/**
 * The letter's sections, each written as paragraphs of sentences in reading order. The small
 * sample is exactly this once; the large one adds further parts drawn from the same sentences.
 */
const LETTER_SECTIONS: { title: string; paragraphs: readonly (readonly string[])[] }[] = [
  {
    title: 'Pornography',
    paragraphs: [
      [
        'From 2014 until late 2024 I watched pornography several times a week, most weeks.',
        'I watched it at home and sometimes on my work laptop.',
        'I paid for subscription sites from my own credit card, 1,840 in total.',
      ],
      [
        'I deleted my browser history so you would not find out.',
        'When you asked why I was up so late, I told you I was catching up on work.',
      ],
    ],
  },
  {
    title: 'Sexting, chat and webcams',
    paragraphs: [
      [
        'From spring 2018 until March 2024 I exchanged sexual messages with 12 people.',
        'One of them was R., a co-worker you have met at two office parties.',
        'I kept a second messaging app hidden in a folder on my phone.',
      ],
      ['I used webcam chat sites while you were out with friends.', 'I sent photos of myself to people I had never met.'],
    ],
  },
  {
    title: 'Dating apps',
    paragraphs: [
      [
        'In 2019 I created my first dating app profile, a few weeks after our anniversary.',
        'Over five years I had profiles on three apps and was in contact with about 25 people.',
        'I paid 420 for premium memberships from a separate account.',
      ],
      ['I met several of those people for a drink and told you I was at the gym.'],
    ],
  },
  {
    title: 'An emotional affair',
    paragraphs: [
      [
        'From late 2020 to summer 2022 I had an emotional affair with J. from the running club, whom you know.',
        'We messaged every day for about 20 months.',
        'I told J. things about our life that I had not told you.',
        'I met J. for coffee several times and said I was running.',
      ],
    ],
  },
  {
    title: 'Physical affairs',
    paragraphs: [
      [
        'From June 2021 to January 2024 I had sexual contact 7 times with 3 people.',
        'I paid for hotel rooms on my work card and paid it back in cash.',
        'The most recent time was on 20 January 2024, in our home, while you were away.',
      ],
      ['Some of that contact was without protection.', 'I have been tested, and I am asking you to be tested too.'],
    ],
  },
  {
    title: 'People you know',
    paragraphs: [
      [
        'Two of the people in this letter are known to you: R. from my office and J. from the running club.',
        'Apart from meetings at work with R., I have no contact with either of them now, and I will tell you about any contact that happens.',
      ],
    ],
  },
  {
    title: 'Places',
    paragraphs: [
      [
        'Most of this happened online, on my phone and my laptop, at home and at work.',
        'The strip club visits, about ten of them, were all on work trips.',
        'The physical contact happened in hotels, in my car, and once in our home.',
      ],
    ],
  },
  {
    title: 'Money',
    paragraphs: [
      [
        'In total I spent about 8,620 on this behaviour.',
        'I opened a credit card in 2019 that you did not know about, and it still carries a balance of 3,100.',
        'I took cash out in small amounts so it would not stand out.',
      ],
    ],
  },
  {
    title: 'The lies I told you',
    paragraphs: [
      ['I told you I was working late about twice a month for eight years.'],
      [
        'In late 2019 you asked about a message from an unknown number and I said it was a wrong number. You were right.',
        'In March 2022 you asked if there was someone else and I said you were imagining it. You were not imagining it.',
        'In June 2023 I told you about the dating app and said that was everything. I left out the meetings, the affairs and the money.',
      ],
    ],
  },
];

/**
 * A letter of at least `targetWords` words: an opening, every section once as written, then
 * (only when more words are wanted, as for the large benchmark sample) further parts whose
 * paragraphs draw sentences from each section at random, deterministically.
 */
function letterBlocks(targetWords: number, rand: () => number): PlainBlock[] {
  const blocks: PlainBlock[] = [{ type: 'heading', level: 1, text: 'My disclosure' }];
  let words = 0;
  const add = (b: PlainBlock) => {
    blocks.push(b);
    const text = 'text' in b ? b.text : b.items.join(' ');
    words += text.split(/\s+/).length;
  };
  for (const p of LETTER_OPENING) add({ type: 'paragraph', text: p });
  for (const section of LETTER_SECTIONS) {
    add({ type: 'heading', level: 2, text: section.title });
    for (const paragraph of section.paragraphs) add({ type: 'paragraph', text: paragraph.join(' ') });
    if (section.title === 'The lies I told you') {
      add({ type: 'paragraph', text: 'The stories I repeated most often:' });
      add({
        type: 'bullet',
        items: ['That I was working late', 'That a message was a wrong number', 'That you were imagining things'],
      });
    }
  }
  for (let round = 2; words < targetWords; round++) {
    for (const section of LETTER_SECTIONS) {
      if (words >= targetWords) break;
      const sentences = section.paragraphs.flat();
      add({ type: 'heading', level: 2, text: `${section.title} (part ${round})` });
      // Paragraphs of 3 to 5 sentences, drawn deterministically from the section.
      for (let p = 0; p < 2; p++) {
        const n = 3 + Math.floor(rand() * 3);
        const drawn: string[] = [];
        for (let i = 0; i < n; i++) drawn.push(pick(rand, sentences));
        add({ type: 'paragraph', text: drawn.join(' ') });
      }
    }
  }
  add({
    type: 'paragraph',
    text: 'This is everything. If anything else comes back to me, I will tell you through our therapists, straight away.',
  });
  return blocks;
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  const item = list[Math.floor(rand() * list.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** A tiny deterministic PRNG, so samples are the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
