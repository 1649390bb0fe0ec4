/**
 * Crisis lines by country. The country is a preference (asked once, changeable in Settings;
 * the computer's language settings only suggest it). The emergency number always comes first.
 * The app never dials, links or sends anything by itself.
 *
 * Every number below was checked against a public page with the project's search tool; the
 * page and the day it was checked sit beside each entry (`source`). Check them again before
 * each release: numbers change.
 */

export const CRISIS_COUNTRY_IDS = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'other'] as const;
export type CrisisCountryId = (typeof CRISIS_COUNTRY_IDS)[number];

export interface CrisisSource {
  readonly url: string;
  /** The day the number was checked, YYYY-MM-DD. */
  readonly checked: string;
}

export type CrisisResourceKind = 'crisis' | 'domesticViolence' | 'directory';

export interface CrisisResource {
  readonly id: string;
  readonly name: string;
  /** How to reach them, written out in full. */
  readonly how: string;
  readonly description: string;
  /** Domestic-violence lines come first when someone says home does not feel safe. */
  readonly kind: CrisisResourceKind;
  readonly source: CrisisSource;
}

export interface CrisisCountry {
  readonly id: CrisisCountryId;
  readonly name: string;
  /** The heading over its lines. */
  readonly linesTitle: string;
  /** Shown first and plainly, whenever someone may be in danger. */
  readonly emergency: string;
  readonly emergencySource: CrisisSource;
  readonly resources: readonly CrisisResource[];
  /** A pointer to further lines in the country, shown under the list. */
  readonly more?: string;
}

const CHECKED = '2026-11-30';

const FIND_A_HELPLINE: CrisisResource = {
  id: 'intl-find-a-helpline',
  name: 'Find A Helpline',
  how: 'Visit findahelpline.com and choose your country',
  description:
    'An international directory of free, confidential helplines, including lines for thoughts of suicide and for abuse at home.',
  kind: 'directory',
  source: { url: 'https://findahelpline.com/AU', checked: CHECKED },
};

export const CRISIS_COUNTRIES: readonly CrisisCountry[] = [
  {
    id: 'US',
    linesTitle: 'Crisis lines in the United States',
    name: 'United States',
    emergency: 'In immediate danger, call 911.',
    emergencySource: {
      url: 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
      checked: CHECKED,
    },
    resources: [
      {
        id: 'us-988',
        name: '988 Suicide & Crisis Lifeline',
        how: 'Call or text 988',
        description:
          'Free and confidential support, any time of day or night, if you are thinking about harming yourself or are in emotional distress.',
        kind: 'crisis',
        source: {
          url: 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
          checked: CHECKED,
        },
      },
      {
        id: 'us-ndvh',
        name: 'National Domestic Violence Hotline',
        how: 'Call 1-800-799-7233, or text START to 88788',
        description:
          'Confidential help any time if you feel afraid of your partner, are being hurt or threatened, or want to make a safety plan.',
        kind: 'domesticViolence',
        source: {
          url: 'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
          checked: CHECKED,
        },
      },
      {
        id: 'us-crisis-text-line',
        name: 'Crisis Text Line',
        how: 'Text HOME to 741741',
        description: 'A trained crisis counsellor by text message, any time, for any kind of crisis.',
        kind: 'crisis',
        source: { url: 'https://www.alexproject.org/crisis-text-line-text-home-to-741741', checked: CHECKED },
      },
    ],
  },
  {
    id: 'CA',
    linesTitle: 'Crisis lines in Canada',
    name: 'Canada',
    emergency: 'In immediate danger, call 911.',
    emergencySource: { url: 'https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/', checked: CHECKED },
    resources: [
      {
        id: 'ca-988',
        name: '988 Suicide Crisis Helpline',
        how: 'Call or text 988',
        description:
          'Free support in English and French, any time of day or night, if you are thinking about suicide or are in deep distress.',
        kind: 'crisis',
        source: { url: 'https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/', checked: CHECKED },
      },
      {
        id: 'ca-sheltersafe',
        name: 'ShelterSafe',
        how: 'Visit sheltersafe.ca for the 24-hour crisis line of the shelter nearest you',
        description:
          'A map of shelters and transition houses across Canada. Each one has its own 24-hour line for anyone who feels afraid at home, whether or not they plan to stay there.',
        kind: 'domesticViolence',
        source: {
          url: 'https://ihtoday.ca/sheltersafe-ca-a-lifeline-to-safety-for-abused-women-and-their-children/',
          checked: CHECKED,
        },
      },
    ],
    more: 'Each province and territory also has its own domestic violence lines; your therapist or ShelterSafe can point you to the one nearest you.',
  },
  {
    id: 'GB',
    linesTitle: 'Crisis lines in the United Kingdom',
    name: 'United Kingdom',
    emergency: 'In immediate danger, call 999 or 112.',
    emergencySource: { url: 'https://www.wellingtonpractice.co.uk/emergency-information/', checked: CHECKED },
    resources: [
      {
        id: 'gb-samaritans',
        name: 'Samaritans',
        how: 'Call 116 123, free, any time',
        description: 'Someone to listen, day or night, whatever you are going through. The call is free from any phone.',
        kind: 'crisis',
        source: { url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', checked: CHECKED },
      },
      {
        id: 'gb-ndah',
        name: 'National Domestic Abuse Helpline',
        how: 'Call 0808 2000 247, free, any time',
        description:
          'Confidential support any time if you feel afraid of someone at home or are being hurt, threatened or controlled.',
        kind: 'domesticViolence',
        source: {
          url: 'https://gov.uk/government/news/refuge-awarded-grant-to-operate-domestic-abuse-helpline',
          checked: CHECKED,
        },
      },
    ],
  },
  {
    id: 'IE',
    linesTitle: 'Crisis lines in Ireland',
    name: 'Ireland',
    emergency: 'In immediate danger, call 112 or 999.',
    emergencySource: { url: 'https://www2.hse.ie/emergencies/when-to-call-112-or-999/', checked: CHECKED },
    resources: [
      {
        id: 'ie-samaritans',
        name: 'Samaritans',
        how: 'Call 116 123, free, any time',
        description: 'Someone to listen, day or night, whatever you are going through. The call is free from any phone.',
        kind: 'crisis',
        source: {
          url: 'https://www.samaritans.org/news/samaritans-ireland-responds-one-call-help-every-minute-last-year',
          checked: CHECKED,
        },
      },
      {
        id: 'ie-womens-aid',
        name: 'Women’s Aid National Freephone Helpline',
        how: 'Call 1800 341 900, free, any time',
        description: 'Confidential support any time if you feel afraid of a partner or are being hurt, threatened or controlled.',
        kind: 'domesticViolence',
        source: { url: 'https://www.thejournal.ie/womens-aid-helpline-2-2964358-Sep2016/', checked: CHECKED },
      },
    ],
  },
  {
    id: 'AU',
    linesTitle: 'Crisis lines in Australia',
    name: 'Australia',
    emergency: 'In immediate danger, call 000.',
    emergencySource: { url: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/', checked: CHECKED },
    resources: [
      {
        id: 'au-lifeline',
        name: 'Lifeline',
        how: 'Call 13 11 14, any time',
        description: 'Crisis support and suicide prevention, day or night, from a trained crisis supporter.',
        kind: 'crisis',
        source: { url: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/', checked: CHECKED },
      },
      {
        id: 'au-1800respect',
        name: '1800RESPECT',
        how: 'Call 1800 737 732, any time',
        description:
          'The national counselling and support service for anyone affected by domestic, family or sexual violence, and for the people close to them.',
        kind: 'domesticViolence',
        source: { url: 'https://plan4womenssafety.dss.gov.au/initiatives/1800respect', checked: CHECKED },
      },
    ],
  },
  {
    id: 'NZ',
    linesTitle: 'Crisis lines in New Zealand',
    name: 'New Zealand',
    emergency: 'In immediate danger, call 111.',
    emergencySource: {
      url: 'https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/111-emergency-service/',
      checked: CHECKED,
    },
    resources: [
      {
        id: 'nz-1737',
        name: 'Need to talk? 1737',
        how: 'Call or text 1737, free, any time',
        description: 'A trained counsellor by phone or text, day or night, whenever things feel like too much.',
        kind: 'crisis',
        source: { url: 'https://www.pegasus.health.nz/?p=6300', checked: CHECKED },
      },
      {
        id: 'nz-womens-refuge',
        name: 'Women’s Refuge crisis line',
        how: 'Call 0800 733 843, free, any time',
        description: 'Support any time if you feel afraid of someone at home or are being hurt, threatened or controlled.',
        kind: 'domesticViolence',
        source: { url: 'https://womensrefuge.org.nz/get-help/', checked: CHECKED },
      },
    ],
  },
  {
    id: 'other',
    linesTitle: 'Where to find a line near you',
    name: 'Another country',
    emergency: 'In immediate danger, call your local emergency number.',
    emergencySource: { url: 'https://findahelpline.com/AU', checked: CHECKED },
    resources: [FIND_A_HELPLINE],
    more: 'You can add the numbers you find, and anyone you trust nearby, as your own local numbers.',
  },
];

export function crisisCountry(id: CrisisCountryId): CrisisCountry {
  const found = CRISIS_COUNTRIES.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown crisis country ${id}`);
  return found;
}

/** Lines in the order to show them: domestic-violence lines first when home does not feel safe. */
export function orderedResources(country: CrisisCountry, unsafeAtHome: boolean): readonly CrisisResource[] {
  if (!unsafeAtHome) return country.resources;
  return [
    ...country.resources.filter((r) => r.kind === 'domesticViolence'),
    ...country.resources.filter((r) => r.kind !== 'domesticViolence'),
  ];
}

/**
 * The country the computer's language settings suggest (for example "en-GB" suggests the United
 * Kingdom). Only a suggestion: the person chooses.
 */
export function suggestCrisisCountry(locales: readonly string[]): CrisisCountryId {
  for (const locale of locales) {
    const region = /^[a-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2})\b/i.exec(locale)?.[1]?.toUpperCase();
    if (region === 'UK') return 'GB';
    const known = CRISIS_COUNTRY_IDS.find((id) => id === region);
    if (known) return known;
    if (region) return 'other';
  }
  return 'other';
}

/** Under every list of crisis lines. */
const NOTHING_DIALLED = 'Nothing here is dialled or sent automatically; you decide whether and when to reach out.';

/** Under the crisis lines: where each workbook keeps its own numbers (only the partner's has a crisis page). */
export const CRISIS_NOTE: Readonly<Record<'disclosing' | 'partner', string>> = {
  partner: `${NOTHING_DIALLED} You can add local numbers, and people and services you trust nearby, on the crisis resources page.`,
  disclosing: `${NOTHING_DIALLED} You can keep the people you would call, such as your therapist, sponsor or group, under Readiness and care.`,
};

export const CRISIS_TEXTS = {
  heavyLink: 'If things feel too heavy',
  heavyTitle: 'If things feel too heavy',
  heavyIntro:
    'You do not have to carry this alone, and nothing here has to be finished today. Everything you have written is saved.',
  pauseButton: 'Take a pause',
  close: 'Back to my workbook',
  countryQuestion: 'Which country should these lines be for?',
  countryHint:
    'Chosen once and kept in Settings, where you can change it. It is stored on this computer as a setting, never with anything you write.',
  countrySuggested: 'Suggested from this computer’s language settings',
  countryLabel: 'Country for crisis lines',
  countryConfirm: 'Use this country',
  countryUnset: 'Not chosen yet',
  settingsGroup: 'Crisis lines',
  settingsHint:
    'Which country’s crisis lines and emergency number the workbooks show. Until you choose, they follow this computer’s language settings and ask you once.',
  nightPeople: 'People I listed as safe to call at night',
  myLocalNumbers: 'My local numbers',
} as const;

export const PRIVACY_LIMITS_SUMMARY = 'What this app cannot protect against';

/** What the app cannot protect against: said plainly on the Create screen and in Help › Privacy. */
export const PRIVACY_LIMITS: readonly string[] = [
  'What this app cannot protect you from: a keylogger or other spyware on this computer can see what you type; someone can pressure you into telling them your passphrase; the start screen shows which of the two workbooks exist on this computer; and a backup of the whole computer keeps copies of the encrypted files, which are safe only as long as the passphrase is.',
  'If you think someone may be watching this computer, a device they have never had access to, or a paper notebook kept somewhere safe, may be safer for now.',
];

/** The gentle offer after a hard check-in. It never blocks and never alarms. */
export const HARD_DAY_TEXTS = {
  title: 'Today sounds hard',
  distress:
    'Thank you for noting how today feels. When distress is this high, it can help to slow down for a moment, or to reach someone. Nothing here needs doing now.',
  harmThoughts:
    'Thank you for writing that down. Thoughts of harming yourself deserve care straight away: please reach out to one of the lines below, someone you trust, or your therapist. You do not have to carry this alone.',
  unsafeAtHome:
    'If home does not feel safe, the lines below can help you think through what to do, at your own pace. If you are in danger right now, the emergency number comes first.',
  pause: 'Take a pause',
  dismiss: 'Put this away for now',
} as const;

export const CHECK_IN_SAFETY_LEGEND = 'Anything else today? Tick only what is true.';

/** Yes-or-no safety items in the check-ins of both workbooks. */
export const CHECK_IN_SAFETY_ITEMS: readonly { readonly id: 'harmThoughts' | 'unsafeAtHome'; readonly label: string }[] = [
  { id: 'harmThoughts', label: 'I have had thoughts of harming myself.' },
  { id: 'unsafeAtHome', label: 'I feel unsafe at home.' },
];
