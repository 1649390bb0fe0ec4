/**
 * Labels and guidance for the disclosing partner's inventory: kinds of behaviour, places,
 * kinds of lies, and the health note.
 */
import { INVENTORY_CATEGORY_IDS, type InventoryCategoryId, type LieKind, type PlaceId } from '../workbook/categories';

export interface InventoryCategoryGuidance {
  readonly id: InventoryCategoryId;
  readonly label: string;
  /** One or two sentences on what belongs here. */
  readonly description: string;
  /** What to write down, in plain terms. */
  readonly guidance: string;
  /** Shown before anything is written in this category. */
  readonly legalNotice?: string;
}

const FACTS =
  'For each entry, note what happened, when it started and when it last happened, how often, how many people were involved, where, and any money spent.';

const CATEGORY_TEXT: Record<InventoryCategoryId, Omit<InventoryCategoryGuidance, 'id'>> = {
  pornography: {
    label: 'Pornography',
    description: 'Watching or buying pornography in any form, including paid sites, subscriptions and saved material.',
    guidance: `${FACTS} Name the kinds of sites or material in general terms, the devices you used, and whether any of it was hidden or is still kept somewhere.`,
  },
  sextingChat: {
    label: 'Sexting, chat and webcams',
    description: 'Sexual messages, photos or videos sent or received, sexual chat, and live webcam sites or shows.',
    guidance: `${FACTS} Include whether you shared images of yourself, whether anyone you know was involved, and whether any messages or images still exist.`,
  },
  datingApps: {
    label: 'Dating or hookup apps',
    description: 'Profiles on dating, hookup or personal-ad apps and websites, and any contact that came from them.',
    guidance: `${FACTS} Include how many profiles you had, on which apps, how many people you were in contact with, and how many you met in person.`,
  },
  emotionalAffairs: {
    label: 'Emotional affairs',
    description:
      'Close, secret emotional connections that crossed the agreements of your relationship, with or without physical contact.',
    guidance: `${FACTS} Include whether your partner knows the person, whether you said you loved them or made promises, and whether any contact continues.`,
  },
  physicalAffairs: {
    label: 'Physical affairs',
    description: 'Any sexual or physical contact with another person, whether once or over time.',
    guidance: `${FACTS} Describe the kind of contact in general, non-graphic terms, and say whether protection was used. Include whether your partner knows the person and whether any contact continues.`,
  },
  paidSex: {
    label: 'Paid sex, escorts, massage',
    description: 'Paying for sex, escorts, sexual massage or any other sexual service.',
    guidance: `${FACTS} Include the total amount paid and which accounts or cash it came from, and whether protection was used.`,
  },
  stripClubs: {
    label: 'Strip clubs',
    description: 'Visits to strip clubs or similar venues, including private rooms or dances.',
    guidance: `${FACTS} Include who you went with, if anyone, and how much you spent.`,
  },
  voyeurismExhibitionism: {
    label: 'Voyeurism or exhibitionism',
    description: 'Watching people without their knowledge, or exposing yourself to others.',
    guidance: `${FACTS} Some of this may carry legal risk. If it might, talk with your therapist, and with a lawyer, before writing details.`,
  },
  illegal: {
    label: 'Illegal behaviour',
    description: 'Anything that may be against the law where it happened.',
    guidance:
      'Write only a placeholder here until you have talked with a lawyer and your therapist. They can help you decide what to include and how.',
    legalNotice:
      'Please review this with a lawyer and your therapist before you write any details here. What you write in this workbook could be read by others, and details can carry legal consequences. Until then, a short placeholder such as "to discuss with my lawyer and therapist" is enough.',
  },
  other: {
    label: 'Other',
    description: 'Anything that broke the agreements of your relationship and does not fit the other categories.',
    guidance: `${FACTS} If you are unsure whether something belongs, include it and ask your therapist.`,
  },
};

export const INVENTORY_CATEGORIES: readonly InventoryCategoryGuidance[] = INVENTORY_CATEGORY_IDS.map(
  (id): InventoryCategoryGuidance => ({ id, ...CATEGORY_TEXT[id] }),
);

export const PLACE_LABELS: Record<PlaceId, string> = {
  home: 'Our home',
  ourBed: 'Our bed',
  car: 'A car',
  workplace: 'A workplace',
  hotel: 'A hotel',
  online: 'Online',
  travel: 'While travelling',
  otherPlace: 'Somewhere else',
};

export const LIE_KIND_LABELS: Record<LieKind, string> = {
  coverStory: 'Cover stories I told',
  omission: 'What I kept from you by saying nothing',
  deniedSuspicion: 'Times I denied what you rightly suspected',
  partialDisclosure: 'Earlier partial disclosures',
};

/** One lie of a kind, in the words of its buttons and fields ("Add an omission", "Remove cover story 2"). */
export const LIE_ITEM_WORDS: Record<LieKind, string> = {
  coverStory: 'cover story',
  omission: 'omission',
  deniedSuspicion: 'denial',
  partialDisclosure: 'partial disclosure',
};
export const lieAddLabel = (kind: LieKind): string =>
  `Add ${/^[aeiou]/.test(LIE_ITEM_WORDS[kind]) ? 'an' : 'a'} ${LIE_ITEM_WORDS[kind]}`;

/** The words of a lie, as the field and the document's column call them. */
export const lieDescriptionLabel = (kind: LieKind): string => (kind === 'omission' ? 'What I kept back' : 'What I said or did');

export const LIE_KIND_GUIDANCE: Record<LieKind, string> = {
  coverStory:
    'The explanations you gave for where you were, who you were with, or where money went, and roughly when and how often you used each one.',
  omission:
    'Times you let a wrong picture stand by staying silent: an account with the important part left out, a question answered only in part, a change of subject. When it was, and what you kept back.',
  deniedSuspicion:
    'Times your partner asked, noticed or sensed something and you said it was not so, or suggested they were imagining it. Naming these helps your partner trust their own perception again.',
  partialDisclosure:
    'Earlier times you admitted some of the truth and presented it as all of it: when it was, what you said, and what you left out.',
};

export const HEALTH_TEST_RECOMMENDATION =
  'If there was any sexual contact without protection, please get tested for sexually transmitted infections as soon as you can, and tell your partner plainly that they should be tested too. ' +
  'A doctor or sexual health clinic can advise which tests are needed and when to repeat them. ' +
  'Telling your partner now lets them look after their own health; it is one of the most caring things you can do at this stage.';

/** Category labels by id (the same words everywhere: workbook, timeline, letter facts, export). */
export const INVENTORY_CATEGORY_LABELS = Object.fromEntries(INVENTORY_CATEGORIES.map((c) => [c.id, c.label])) as Record<
  InventoryCategoryId,
  string
>;

/** "Did this happen?" answers on an inventory card. */
/** A card's name everywhere it is listed: its kind, and for "Something else" the writer's short name. */
export function inventoryCardTitle(card: { readonly category: InventoryCategoryId; readonly label: string }): string {
  const base = INVENTORY_CATEGORY_LABELS[card.category];
  return card.category === 'other' && card.label.trim() ? `${base}: ${card.label.trim()}` : base;
}

export const HAPPENED_LABELS = { unanswered: 'Not answered yet', yes: 'Yes', no: 'No', notSure: 'Not sure' } as const;

/** "Did you tell your partner about this before?" answers on an inventory card. */
export const DISCLOSED_BEFORE_LABELS = { no: 'No', partially: 'Partly', fully: 'Fully' } as const;
