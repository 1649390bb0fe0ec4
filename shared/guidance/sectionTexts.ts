/**
 * Section guidance for both workbooks, as data. The UI decides how to show it.
 * Every sentence speaks calmly, to one person, and never hurries or blames.
 * Which sections exist, and in what order, is the section catalog's (shared/sections).
 */
import type { DisclosingSections, PartnerSections } from '../workbook/schema';

export type DisclosingSectionId = keyof DisclosingSections;
export type PartnerSectionId = keyof PartnerSections;

export interface SectionText {
  /** The section's heading in the workbook. */
  readonly title: string;
  /** The shorter name in the navigation, when the title is long. */
  readonly navLabel?: string;
  /** The section's heading in the therapist document, when it differs from the title. */
  readonly documentTitle?: string;
  /** One sentence. */
  readonly summary: string;
  /** Paragraphs shown at the top of the section. */
  readonly intro: readonly string[];
  /** Short in-app help bullets. */
  readonly help: readonly string[];
}

/* ==========================================================================================
 * The disclosing partner's workbook
 * ======================================================================================== */

/** The texts of each section of the disclosing partner's workbook, by section id (the order is the catalog's). */
export const DISCLOSING_SECTION_TEXTS: { readonly [K in DisclosingSectionId]: SectionText } = {
  beforeYouBegin: {
    title: 'Before you begin',
    summary: 'What a formal disclosure is for, what goes into it, and how the weeks around it usually unfold.',
    intro: [
      'A formal disclosure is a planned session, usually with one or both of your therapists present, in which you read your partner a written account of your sexual behaviour outside your relationship. Its purpose is to end the pattern in which the truth comes out in pieces. Each new piece, offered as if it were the whole story, hurts your partner again. One complete account, prepared with care, gives your partner firmer ground to stand on.',
      'Who reads what, and when: you write your drafts here, privately, and go through them with your therapist, usually several times, until they are clear, complete and concise. Your partner does not read any of it before the session, and nothing in this workbook reaches your partner unless you deliberately export it. Your partner prepares their own questions, often with their own therapist, and those questions usually come to you only after the therapists have looked at them.',
      'What belongs: the facts of what you did, when, where, with whom, how often and how many. That includes the people involved, whether your partner knows any of them and whether any contact continues; the places, especially your home, your bed, your car and your workplace; money spent, moved or hidden; health risks and testing; anything with legal or public consequences; and the lies you told to keep it hidden.',
      'What does not belong: graphic or sexual detail, which can leave images that are very hard to put down; blame, excuses and justifications; words that make things sound smaller than they were; and any invented, lesser version of what really happened. Whether an apology belongs in this document depends on how your therapist works. Some keep apologies for a later letter so that this one stays with the facts.',
      'Your partner\u2019s pace comes first. Healing tends to move only as fast as your partner feels safe, so it matters far more that this account is complete and true than that it is quick. If your partner needs more time at any point, that time is part of the work, not a delay to it.',
      'What comes after: many partners go on to write an emotional impact letter describing how all of this has affected them, and you may later write a restitution letter in reply. Each is usually read in its own session and takes its own weeks of drafts. Your therapist will guide you when the time comes.',
    ],
    help: [
      'Write in the first person, to your partner: "I did\u2026", "I told you\u2026".',
      'Give numbers and dates wherever you can. An honest estimate, marked as one, is better than a vague word.',
      'Treat the language check as a second pair of eyes. You decide what to change.',
      'Stop whenever you need to. A draft can wait.',
      'If something feels impossible to write, make a note for your therapist rather than leaving it out.',
    ],
  },
  inventory: {
    title: 'Inventory',
    documentTitle: 'Inventory summary',
    summary: 'A private list of everything the disclosure needs to cover, grouped by kind of behaviour.',
    intro: [
      'The inventory is where you gather the facts before shaping them into a letter. Go through every category, including the ones you think do not apply, and for each one note what happened, when it started, when it last happened, how often, with how many people, where, and what it cost.',
      'Facts matter more than feelings here. Calendars, bank statements and old messages can help you find dates and amounts. When you cannot be exact, an honest estimate or range is fine, as long as you say that it is an estimate.',
      'If anything might be illegal, write only a placeholder until you have talked it through with a lawyer and your therapist.',
    ],
    help: [
      'Take one category at a time.',
      'A number or a range is easier for your partner to hold than a word like "several".',
      'Note whether your partner knows anyone involved, and whether any contact continues.',
      'Note any contact without protection, so that testing can be arranged.',
    ],
  },
  timeline: {
    title: 'Timeline',
    summary: 'The same facts in date order, from the first event to the most recent one.',
    intro: [
      'The timeline puts your inventory in order so your partner can see how things unfolded. Begin with the first betrayal in your relationship, or earlier if your therapist has asked for your full history, and end with the most recent event, however recent it was.',
      'Some dates carry special weight for a partner, such as a wedding, a birth, an illness or a loss. If something happened around one of them, say so plainly. It is better for your partner to hear it from you now than to work it out later.',
    ],
    help: [
      'A month and year is enough when you cannot remember the day.',
      'Include the most recent time, whenever it was.',
      'Keep each entry to what, when, where and who.',
    ],
  },
  lies: {
    title: 'Lies and gaslighting',
    summary:
      'The cover stories, denials and partial truths you told, named so your partner can trust their own perception again.',
    intro: [
      'Keeping the behaviour hidden usually took many lies. Your partner may have noticed things, asked about them and been told they were mistaken, or even that they were imagining things. Naming those moments clearly helps your partner see that their sense of what was happening was often right.',
      'List the cover stories you used, the times you denied what your partner rightly suspected, and any earlier partial disclosures you presented as the whole truth, along with what they left out.',
    ],
    help: [
      'Quote what you said when you can: "I told you I was working late."',
      'Say plainly when your partner was right.',
      'For each earlier partial disclosure, say what it left out.',
    ],
  },
  letter: {
    title: 'The disclosure letter',
    summary: 'The written account you will read aloud to your partner, in your own voice.',
    intro: [
      'The letter brings your inventory, timeline and lies together into one account that you will read in the session. Write it in the first person, speaking directly to your partner, in plain language.',
      'Aim for clear, complete and concise. Most letters go through several drafts with a therapist before they are ready. The language check can point out words that might land as blame, excuse, softening or vagueness, or that describe sexual detail. You decide what to change, and you can dismiss any note.',
      'Ask your therapist whether to include an apology. Some therapists prefer to keep apologies for a later letter, so that this one stays focused on the facts your partner needs.',
    ],
    help: [
      'Begin with what you did rather than why.',
      'Replace words like "only", "just" and "a few" with numbers.',
      'Leave out your partner\u2019s behaviour and the state of the relationship.',
      'Describe sexual contact in general terms only.',
      'Read it aloud once before you bring it to your therapist.',
    ],
  },
  answers: {
    title: 'Answers to your partner\u2019s questions',
    documentTitle: 'Answers to the partner\u2019s questions',
    summary: 'Direct answers to the questions your partner has prepared, usually placed on the last pages.',
    intro: [
      'Your partner may prepare questions with their own therapist. They usually reach you after the therapists have reviewed them. Answer each one directly and truthfully, in the same plain voice as the letter.',
      'If a question asks for more than the letter covers, answer it at the level your partner has asked for. If you are unsure how to word something, bring it to your therapist.',
    ],
    help: [
      'Answer the question that was asked.',
      'If the honest answer is "I don\u2019t remember", say so, and give what you do remember.',
      'Mark an answer as ready once your therapist has seen it.',
    ],
  },
  polygraph: {
    title: 'Polygraph questions',
    summary: 'An optional list of polygraph questions, kept here only if your therapist\u2019s practice uses one.',
    intro: [
      'Some practices include a polygraph examination after the disclosure, and others do not use one at all. Where it is used, the examiner usually asks one to three questions, and one of them often asks whether the disclosure is complete and true.',
      'This page simply keeps the questions your therapist suggests. The examination itself is arranged and interpreted by professionals, and its value is debated; talk with your therapist about what it would and would not show.',
    ],
    help: [
      'Keep each question short enough to answer with yes or no.',
      'Your therapist and the examiner decide the final wording.',
    ],
  },
  afterDisclosure: {
    title: 'After the disclosure',
    summary: 'A plan for the first days, the weeks after, and what happens if something new comes out.',
    intro: [
      'The hours and days after a disclosure are often the hardest for both of you. Deciding some things ahead, with your therapist, means fewer decisions in the moment, and it shows your partner that their safety comes first.',
      'Write only what is true for you. Your partner makes their own plan; where the two meet, your therapists can help you agree on it.',
    ],
    help: [
      'Plan for your partner needing space, and for your own support while they have it.',
      'If something new comes back to you, tell your therapist first.',
    ],
  },
  restitutionLetter: {
    title: 'Restitution letter',
    summary: 'A letter that answers your partner\u2019s impact letter, point by point, with empathy and accountability.',
    intro: [
      'This letter usually comes later, after your partner has read you their emotional impact letter in a session. There is no need to start it before then.',
      'It answers what your partner described, area by area: what you now understand about how your choices affected them, and what you are doing about it. It is not a place to explain yourself or to ask for forgiveness; your therapist can help you with the balance.',
    ],
    help: [
      'Take the areas one at a time, in the order your partner used.',
      'Name the effect on your partner before anything about yourself.',
      'The language check can point out words that may land as blame or excuse.',
    ],
  },
  noContact: {
    title: 'No-contact letters',
    summary: 'A short letter to each affair partner, drafted with your therapist and approved by your partner before it is sent.',
    intro: [
      'Many therapists suggest a brief letter ending contact with each affair partner. It is usually drafted here, reviewed with your therapist, and shown to your partner, who approves it before it is sent.',
      'Keep it short and final: that contact has ended, and why in one plain sentence, without warmth, apology or anything that invites a reply.',
    ],
    help: [
      'Use initials or a first name for each person; nothing more is needed here.',
      'This app never sends anything; you send the letter yourself, once it is approved.',
    ],
  },
  checkIns: {
    title: 'My check-ins',
    summary: 'A short, private note of how I am doing, with support close by on a hard day.',
    intro: [
      'Preparing and making a disclosure can bring up shame, fear and exhaustion. A short check-in now and then helps you notice how you are doing, and on a hard day it puts support close by.',
      'This is a record for you, not a test. It stays private unless you choose to include it in a document.',
    ],
    help: [
      'A few seconds is enough: one number, and a tick only if it is true.',
      'If what you see worries you, bring it to your therapist.',
    ],
  },
  readiness: {
    title: 'Readiness and care',
    documentTitle: 'Readiness and care plan',
    summary: 'A few checks before the session, and a plan to look after yourself through it.',
    intro: [
      'When your letter is close to final, take stock. Whether this is a safe time is asked in Before you begin, and you can go back to those questions at any point; the checklist below covers the practical steps.',
      'Preparing a disclosure is hard, and shame and fear can pull toward softening things. Lean on your therapist, your group or sponsor if you have one, and the people who support your recovery.',
    ],
    help: [
      'Nothing here stops you from going on; each item is a prompt to talk with your therapist.',
      'Plan your own support for the day itself and the days after.',
    ],
  },
};

export type DisclosingReadinessItemId = 'danger' | 'harmRisk' | 'legalRisk' | 'noSobriety' | 'relationshipEnding';

export interface DisclosingReadinessItem {
  readonly id: DisclosingReadinessItemId;
  readonly label: string;
  /** Shown when the item is ticked. It informs; it never blocks. */
  readonly talkToTherapistNote: string;
}

/** Reasons to talk with the therapist before going on. They inform; they never block. */
export const DISCLOSING_READINESS_ITEMS: readonly DisclosingReadinessItem[] = [
  {
    id: 'danger',
    label: 'There is a risk of violence or abuse between us, or someone at home feels unsafe.',
    talkToTherapistNote:
      'Safety comes before everything else. Please talk with your therapist about this before planning a disclosure.',
  },
  {
    id: 'harmRisk',
    label: 'I am having thoughts of harming myself or someone else.',
    talkToTherapistNote:
      'Please reach out to your therapist or a crisis line now. The disclosure can wait until you have support in place.',
  },
  {
    id: 'legalRisk',
    label: 'Something I need to disclose may carry legal risk, and I have not yet reviewed it with a lawyer.',
    talkToTherapistNote: 'Please review this with a lawyer and your therapist before writing any details or setting a date.',
  },
  {
    id: 'noSobriety',
    label: 'I have not yet had a stretch of time without the behaviour.',
    talkToTherapistNote:
      'Many therapists suggest a stretch of time without the behaviour, often around 90 days, before a disclosure. Talk with your therapist about timing.',
  },
  {
    id: 'relationshipEnding',
    label: 'One of us has already decided to end the relationship.',
    talkToTherapistNote:
      'A formal disclosure may still help, or it may not be the right step now. Please talk this through with your therapist before going on.',
  },
];

/** General note shown with the readiness items. */
export const DISCLOSING_READINESS_NOTE =
  'If any of these is true, please talk with your therapist before going further. It does not mean you have done something wrong or that the disclosure cannot happen; it means the timing or the plan may need care. You can still keep working in this workbook.';

export type ScopeOptionId = 'relationship' | 'fullHistory';

export const SCOPE_OPTIONS: readonly { readonly id: ScopeOptionId; readonly label: string; readonly description: string }[] = [
  {
    id: 'relationship',
    label: 'Since our relationship began',
    description:
      'Everything from the start of your relationship until now. This is the most common scope. Your therapist decides which scope fits your situation.',
  },
  {
    id: 'fullHistory',
    label: 'Full sexual history',
    description:
      'Your sexual history from before the relationship as well. Some therapists ask for this. Your therapist decides which scope fits your situation.',
  },
];

export type ReadinessChecklistId = 'finalDraftReviewed' | 'dateSet' | 'supportPeople' | 'stiTest' | 'contactsEntered';

export const READINESS_CHECKLIST: readonly { readonly id: ReadinessChecklistId; readonly label: string }[] = [
  { id: 'finalDraftReviewed', label: 'My therapist has reviewed my final draft.' },
  { id: 'dateSet', label: 'A date and place for the disclosure session are agreed.' },
  { id: 'supportPeople', label: 'I have support people I can reach before and after the session.' },
  { id: 'stiTest', label: 'I have been tested for sexually transmitted infections, if there was any risk.' },
  { id: 'contactsEntered', label: 'My therapist\u2019s and support people\u2019s contact details are saved in this workbook.' },
];

/* ==========================================================================================
 * The partner's workbook
 * ======================================================================================== */

/** The texts of each section of the partner's workbook, by section id (the order is the catalog's). */
export const PARTNER_SECTION_TEXTS: { readonly [K in PartnerSectionId]: SectionText } = {
  beforeYouBegin: {
    title: 'Before you begin',
    summary: 'What this workbook is for, and how to use it at your own pace.',
    intro: [
      'This workbook is yours alone. It is here to help you prepare for a disclosure session in a way that feels right for you: deciding what you want to know, gathering support, setting boundaries, and planning how to look after yourself before, during and after.',
      'You decide what you want to know and what you would rather not hear. Many partners work this out with their own therapist, ideally one trained in betrayal trauma. Nothing here is shared with your partner. Your questions leave this workbook only if you export them yourself, usually to give to your therapist first.',
      'Shock, numbness, racing thoughts, trouble sleeping, feeling constantly on alert, or no longer trusting your own sense of things: these are common responses to a deep betrayal. They make sense.',
      'There is no right speed. Take breaks, skip sections, and come back when you are ready.',
    ],
    help: [
      'Use the pause button whenever you need to stop.',
      'Nothing here is shown to your partner.',
      'You can change any answer later.',
    ],
  },
  questions: {
    title: 'My questions',
    documentTitle: 'Questions for the session',
    summary: 'The questions you want answered, sorted by how much you need to know them.',
    intro: [
      'Write the questions you want answered in your own words, or start from the sample questions. For each one you can note whether you need to know it, want to know it, are not sure yet, or might ask later.',
      'It can help to think about the difference between what you need to know to feel safe and make decisions, and detail that may stay with you as unwanted pictures without adding to your safety. Whether agreements were broken, for how long, how and with whom is yours to know. Beyond that, the choice is entirely yours, and your therapist can help you think it through.',
      'When a question feels ready, mark it for your therapist. Usually your therapist looks at the questions first, then your partner\u2019s therapist, and your partner sees them only after that.',
    ],
    help: [
      'Start with what you need to know.',
      '"Not sure yet" is a perfectly good answer.',
      'You can set a question aside and bring it back later.',
      'Questions leave this workbook only when you export them.',
    ],
  },
  support: {
    title: 'My support people',
    documentTitle: 'Support people',
    summary: 'The people and groups you can lean on.',
    intro: [
      'It helps to have a few people who will listen without judging you, whatever you decide about your relationship. One or two trusted friends or family members can be enough.',
      'Other sources of support include groups for partners, 12-step groups for partners, peer groups led by trained facilitators, and therapists or coaches trained specifically in partner betrayal trauma, not only in addiction.',
    ],
    help: [
      'Note how to reach each person and when they are usually free.',
      'Choose at least one person for the day of the disclosure.',
    ],
  },
  boundaries: {
    title: 'Boundaries',
    summary: 'What you need in order to feel safe, now and after the disclosure.',
    intro: [
      'Boundaries describe what you will do to protect yourself: for example about contact, sleeping arrangements, shared devices, or what you are ready to hear. They are there for your safety, not as a punishment, and they can change as things change.',
      'Write them in your own words, and talk them through with your therapist before you share them.',
    ],
    help: ['Try starting with "I will\u2026" or "I need\u2026".', 'Keep each one short and specific.'],
  },
  safetyPlan: {
    title: 'Safety and self-care plan',
    summary: 'A plan for before, during and after the session.',
    intro: [
      'The day of the disclosure can be overwhelming. Deciding some things in advance, while you are calmer, means you do not have to work them out in the moment.',
      'Think about who comes with you, how you get there and home, what helps your body settle, and what you will do that evening and in the days after.',
    ],
    help: [
      'If you can, arrange for someone else to drive you home.',
      'You can ask for a pause at any point during the session.',
      'Plan something gentle for the evening.',
    ],
  },
  checkIns: {
    title: 'Check-ins',
    summary: 'A quick, private way to notice how you are doing over time.',
    intro: [
      'Now and then, note how much each of these has affected you over the last few days. Looking at the pattern over weeks can help you and your therapist see what is easing and what still needs care.',
      'This is not a test or a diagnosis. It is simply a record for you, and you can share it or keep it to yourself.',
    ],
    help: ['0 means not at all; 4 means a lot.', 'If what you see worries you, bring it to your therapist.'],
  },
  impactLetter: {
    title: 'Emotional impact letter',
    summary: 'A letter about how the betrayal has affected you, usually read in a later session.',
    intro: [
      'After the disclosure, many partners write an emotional impact letter. It describes, specifically and honestly, what the betrayal has done to your feelings, your body, your daily life, your sense of reality and more. You do not need to soften it to protect your partner. It is not meant to shame; it is meant to be true.',
      'Work through the areas below one at a time, over as many weeks as you need. Your therapist can help you shape the drafts.',
    ],
    help: [
      'Be specific: name moments, not only feelings.',
      'Write in the first person: "I felt\u2026", "I lost\u2026".',
      'Take breaks. This is heavy work.',
    ],
  },
  afterDisclosure: {
    title: 'After the disclosure',
    summary: 'Your plan for the first days and weeks after the session, at your own pace.',
    intro: [
      'After the session many partners feel exhausted, numb, flooded or all of these in turn. Deciding some things now, while you are calmer, means you do not have to work them out in the moment.',
      'This plan is yours. Where it touches your partner, such as where each of you sleeps, your therapist can help you agree on it.',
    ],
    help: ['Plan something gentle for the first evening.', 'You can ask for more time or a pause at any point.'],
  },
  polygraph: {
    title: 'Polygraph, if it is used',
    summary: 'What a polygraph is and is not, whether you want one, and how you would like to hear the result.',
    intro: [
      'Some practices include a polygraph examination after the disclosure, and many never use one. It is optional. It measures changes in the body while questions are answered; it cannot read thoughts, and its accuracy is debated. Talk with your therapist about what it could and could not give you.',
      'Where one is used, the examiner usually asks one to three questions, agreed with both therapists. You can suggest questions here. They stay private unless you choose to include them when you share.',
    ],
    help: ['A question that can be answered yes or no works best.', 'Say how, where and from whom you want to hear the result.'],
  },
  crisis: {
    title: 'Crisis resources',
    documentTitle: 'Local crisis resources',
    summary: 'People you can reach right now if you feel unsafe or overwhelmed.',
    intro: [
      'If you are in danger, afraid for your safety, or having thoughts of harming yourself, please reach out now. You do not have to carry this alone.',
    ],
    help: ['If you are in immediate danger, contact your local emergency number.', 'You can add your own local numbers.'],
  },
};

export const PARTNER_SAFETY_ITEMS: readonly { readonly id: string; readonly label: string }[] = [
  { id: 'inDanger', label: 'I am in danger.' },
  { id: 'afraid', label: 'I am afraid for my safety.' },
  { id: 'selfHarmThoughts', label: 'I am having thoughts of harming myself.' },
];

/** Readiness and consent: each is a talk-to-your-therapist moment; none of them blocks anything. */
export const PARTNER_READINESS_ITEMS: readonly {
  readonly id: 'noSupport' | 'pressured' | 'relationshipEnding';
  readonly label: string;
  readonly talkToTherapistNote: string;
}[] = [
  {
    id: 'noSupport',
    label: 'I do not yet have a therapist or support of my own.',
    talkToTherapistNote:
      'It is worth having someone of your own before a disclosure, ideally a therapist trained in betrayal trauma. Please talk about timing with whoever is helping you both before going on.',
  },
  {
    id: 'pressured',
    label: 'I feel pressured about whether or when this happens.',
    talkToTherapistNote:
      'Your pace matters. Please tell your therapist about the pressure before going on; the timing can be changed.',
  },
  {
    id: 'relationshipEnding',
    label: 'One of us has already decided to end the relationship.',
    talkToTherapistNote:
      'A formal disclosure may still help you, or it may not be the right step now. Please talk this through with your therapist before going on.',
  },
];

/** Said plainly beside the readiness items. */
export const PARTNER_CONSENT_NOTE = 'You decide whether and when a formal disclosure happens.';

/** The way to say "none of these" so that the thank-you only follows an answer. */
export const PARTNER_SAFETY_NONE = 'None of these is true for me right now.';

export const PARTNER_SAFETY_NOTE =
  'If any of these is true for you, your safety comes before anything else in this workbook. Please reach out to someone you trust, to your therapist, or to one of the crisis lines, and talk with your therapist before going ahead with a disclosure.';

/* ------------------------------------------------------------------------------------------
 * Safety and self-care plan
 * ---------------------------------------------------------------------------------------- */

export type SafetyPlanPhaseId = 'before' | 'during' | 'after';
export type SafetyPlanFieldId = 'companion' | 'driver' | 'gettingHome' | 'evening' | 'whoToCall' | 'bodyCalm' | 'notes';

export const SAFETY_PLAN_FIELD_LABELS: Record<SafetyPlanFieldId, string> = {
  companion: 'Who comes with me',
  driver: 'Who drives',
  gettingHome: 'How I get home',
  evening: 'What I will do that evening',
  whoToCall: 'Who I will call',
  bodyCalm: 'What helps my body calm down',
  notes: 'Notes',
};

export interface SafetyPlanField {
  readonly id: SafetyPlanFieldId;
  readonly label: string;
  readonly prompt: string;
}

export interface SafetyPlanPhase {
  readonly id: SafetyPlanPhaseId;
  readonly title: string;
  readonly intro: string;
  readonly fields: readonly SafetyPlanField[];
}

function field(id: SafetyPlanFieldId, prompt: string): SafetyPlanField {
  return { id, label: SAFETY_PLAN_FIELD_LABELS[id], prompt };
}

export const SAFETY_PLAN_PHASES: readonly SafetyPlanPhase[] = [
  {
    id: 'before',
    title: 'Before the session',
    intro: 'The hours before can be the hardest to sit through. A little planning helps.',
    fields: [
      field('companion', 'Is there someone who could come with you, or wait nearby?'),
      field('driver', 'Who could drive you there, so you do not have to?'),
      field('bodyCalm', 'What settles you on the way: music, a walk, a breathing exercise, something to hold?'),
      field('notes', 'Anything else you want to remember beforehand, such as eating something or bringing water.'),
    ],
  },
  {
    id: 'during',
    title: 'During the session',
    intro: 'You can ask for a pause at any time, and you can leave the room if you need to.',
    fields: [
      field(
        'bodyCalm',
        'What could help in the room: feeling your feet on the floor, holding something, a signal to your therapist that you need a break?',
      ),
      field('whoToCall', 'Who could you message during a break, if you want to?'),
      field('notes', 'Anything you want your therapist to know about what helps you in the moment.'),
    ],
  },
  {
    id: 'after',
    title: 'After the session',
    intro: 'Many partners feel exhausted, numb or flooded afterwards. All of these are understandable.',
    fields: [
      field('gettingHome', 'How will you get home, or to wherever you plan to go?'),
      field('evening', 'Where will you be that evening, and what gentle things could you do?'),
      field('whoToCall', 'Who will you call or see that evening and over the next few days?'),
      field('bodyCalm', 'What helps your body come down afterwards: rest, a bath, a walk, food you like?'),
      field('notes', 'Anything else for the days after, such as time off or help with children or chores.'),
    ],
  },
];

/* ------------------------------------------------------------------------------------------
 * Check-ins
 * ---------------------------------------------------------------------------------------- */

export type CheckInItemId = 'sleep' | 'intrusiveThoughts' | 'hypervigilance' | 'numbness' | 'anxiety' | 'anger' | 'grief';

export const CHECK_IN_ITEMS: readonly { readonly id: CheckInItemId; readonly label: string; readonly question: string }[] = [
  { id: 'sleep', label: 'Trouble sleeping', question: 'How much has trouble sleeping affected you lately?' },
  {
    id: 'intrusiveThoughts',
    label: 'Unwanted thoughts or images',
    question: 'How much have thoughts or pictures you did not want come into your mind?',
  },
  {
    id: 'hypervigilance',
    label: 'Feeling on alert',
    question: 'How much have you felt on guard, watchful or easily startled?',
  },
  { id: 'numbness', label: 'Feeling numb or far away', question: 'How much have you felt numb, flat or cut off from things?' },
  { id: 'anxiety', label: 'Anxiety or panic', question: 'How much have you felt anxious, panicky or unable to settle?' },
  { id: 'anger', label: 'Anger', question: 'How much anger have you been carrying?' },
  { id: 'grief', label: 'Grief or sadness', question: 'How much grief or sadness have you felt?' },
];

export const CHECK_IN_SCALE: readonly { readonly value: 0 | 1 | 2 | 3 | 4; readonly label: string }[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'A little' },
  { value: 2, label: 'Somewhat' },
  { value: 3, label: 'Quite a bit' },
  { value: 4, label: 'A lot' },
];

/* ------------------------------------------------------------------------------------------
 * Emotional impact letter
 * ---------------------------------------------------------------------------------------- */

export type ImpactLetterAreaId =
  | 'feelings'
  | 'dailyLife'
  | 'body'
  | 'sexuality'
  | 'money'
  | 'senseOfReality'
  | 'lies'
  | 'selfBlame'
  | 'vows'
  | 'family'
  | 'faith'
  | 'needsAndBoundaries';

export const IMPACT_LETTER_AREAS: readonly {
  readonly id: ImpactLetterAreaId;
  readonly title: string;
  readonly prompts: readonly string[];
}[] = [
  {
    id: 'feelings',
    title: 'My feelings',
    prompts: ['Which feelings have been with you since you learned the truth?', 'Which of them surprised you?'],
  },
  {
    id: 'dailyLife',
    title: 'Daily life',
    prompts: [
      'How has your everyday life changed: work, home, friendships, the things you used to enjoy?',
      'Which ordinary moments have become hard?',
    ],
  },
  {
    id: 'body',
    title: 'My body',
    prompts: ['What has your body been carrying: sleep, appetite, tension, illness, exhaustion?'],
  },
  {
    id: 'sexuality',
    title: 'Sexuality and closeness',
    prompts: [
      'How has this affected the way you feel about your body, desire and closeness?',
      'What has it done to memories of intimacy you once trusted?',
    ],
  },
  {
    id: 'money',
    title: 'Money and security',
    prompts: ['What has the money spent or hidden meant for you, your plans and your sense of security?'],
  },
  {
    id: 'senseOfReality',
    title: 'My sense of reality',
    prompts: [
      'How has learning the truth changed the way you look back on your shared past?',
      'Where have you found it hard to trust your own judgement?',
    ],
  },
  {
    id: 'lies',
    title: 'The lies',
    prompts: [
      'Which lies, denials or cover stories have stayed with you the most?',
      'What was it like to be told you were imagining things when you were not?',
    ],
  },
  {
    id: 'selfBlame',
    title: 'Self-blame',
    prompts: ['Where have you found yourself carrying blame that was never yours?', 'What would you like to set down?'],
  },
  {
    id: 'vows',
    title: 'Promises and vows',
    prompts: ['Which promises between you feel broken?', 'What did those promises mean to you?'],
  },
  {
    id: 'family',
    title: 'Family, children and friends',
    prompts: [
      'How has this touched your family, your children if you have any, and your friendships?',
      'What has it been like to decide who knows and who does not?',
    ],
  },
  {
    id: 'faith',
    title: 'Faith or meaning (if it applies)',
    prompts: ['If faith or a sense of meaning matters to you, how has this affected it?'],
  },
  {
    id: 'needsAndBoundaries',
    title: 'Needs and boundaries going forward',
    prompts: ['What do you need from here on in order to feel safe?', 'Which boundaries do you want to name?'],
  },
];

/* ------------------------------------------------------------------------------------------
 * Grounding and pausing
 * ---------------------------------------------------------------------------------------- */

export const GROUNDING_INTRO =
  'If you feel flooded or far away, this can help bring you back to the room. Go slowly; there is no right way to do it.';

export const GROUNDING_STEPS: readonly { readonly count: number; readonly sense: string; readonly text: string }[] = [
  { count: 5, sense: 'see', text: 'Look around and name five things you can see. Let your eyes rest on each one for a moment.' },
  {
    count: 4,
    sense: 'touch',
    text: 'Notice four things you can feel: your feet on the floor, the seat beneath you, the air on your skin, the fabric of your clothes.',
  },
  { count: 3, sense: 'hear', text: 'Listen for three sounds, near or far.' },
  { count: 2, sense: 'smell', text: 'Find two things you can smell, or bring to mind two scents you like.' },
  { count: 1, sense: 'taste', text: 'Notice one thing you can taste, or take one slow sip of water.' },
  { count: 0, sense: 'breath', text: 'Breathe out slowly, a little longer than you breathe in, and let your shoulders drop.' },
];

export const PAUSE_TEXT =
  'It is fine to stop here. This work goes at the pace that feels safe, and nothing has to be finished today. Take a breath, look around the room, and come back whenever you are ready.';
