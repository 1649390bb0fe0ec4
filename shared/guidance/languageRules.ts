/**
 * Language rules for the letters, answers, polygraph definitions, the lies section and the
 * partner's questions.
 *
 * The rules are plain data so that a therapist (or anyone reviewing the product) can read
 * and extend them without touching the engine in `languageCheck.ts`. Each rule describes a
 * phenomenon rather than a list of phrases: who is the actor of a verb (the partner, another
 * person, an addiction), what a qualifier does to a fact (shrinks it, leaves it open), and
 * which nearby words show the sentence is honest after all (a negation, a number, a report of
 * what was said before).
 *
 * How a rule is matched:
 * - `words`: whole words or phrases, without regard to case. A space matches any run of
 *   spaces or line breaks, a hyphen also matches a space or nothing ("one-off" = "one off"),
 *   and curly apostrophes are treated as straight ones.
 * - `patterns`: regular-expression sources (JavaScript syntax, case-insensitive, Unicode
 *   mode) built from the shared fragments below (verb forms, people, states, amounts).
 *   Both lists are matched as whole words.
 * - `notFollowedBy` / `notPrecededBy`: when the text right after (or right before, within
 *   the same sentence) a match fits one of them, the match is left alone.
 * - `unlessClause`: tested on the clause so far (from the last sentence break, comma,
 *   semicolon or dash up to the match). A negation there ("none of this was...") keeps the
 *   match quiet.
 * - `unlessSentence`: tested on the whole sentence, and on the next one, so that "That is
 *   my history, not a reason." keeps the sentence before it quiet.
 * - Every rule stays quiet while the writer quotes or reports what they said before ("I told
 *   you it was only once"): in the lies section that is exactly what owning a lie looks like.
 * - `group`: rules about apologies and forgiveness follow the workbook setting "My
 *   therapist's guidance on apologies and asking for forgiveness".
 * - `offersSupport`: the note starts by offering support (Pause, the therapist, crisis
 *   lines) before anything about the letter.
 *
 * Rule ids are stable: a writer's dismissal is stored as `ruleId:match:n`. When a rule is
 * renamed, merged or split, add the old id to `LANGUAGE_RULE_ID_HISTORY` so dismissals stay.
 *
 * Keep the `explanation` and `suggestion` warm, plain and free of judgement: the person
 * reading them is doing something very hard.
 */

export const LANGUAGE_CATEGORIES = [
  'blame',
  'minimising',
  'justifying',
  'vague',
  'graphic',
  'euphemism',
  'hedging',
  'selfFocus',
  'conditionalApology',
] as const;
export type LanguageCategory = (typeof LANGUAGE_CATEGORIES)[number];

/** Which apology and forgiveness notes a workbook wants (the therapist's guidance). */
export const APOLOGY_GUIDANCE = ['noteForgiveness', 'noteApologies', 'noNotes'] as const;
export type ApologyGuidance = (typeof APOLOGY_GUIDANCE)[number];
export const DEFAULT_APOLOGY_GUIDANCE: ApologyGuidance = 'noteForgiveness';

export const APOLOGY_GUIDANCE_TITLE = "My therapist's guidance on apologies and asking for forgiveness";
export const APOLOGY_GUIDANCE_HINT =
  'Therapists differ here. Some ask for apologies in the disclosure, some keep them for a later letter. Choose what your therapist suggests; you can change it at any time.';
export const APOLOGY_GUIDANCE_LABELS: Record<ApologyGuidance, string> = {
  noteForgiveness: 'Apologies are welcome; note where I ask for forgiveness or to move on',
  noteApologies: 'Keep apologies and forgiveness for a later letter; note them all',
  noNotes: 'Apologies and asking for forgiveness belong in this letter; no notes on them',
};

/** Shown with a note that offers support first (self-condemnation), above the crisis line. */
export const LANGUAGE_SUPPORT_NOTE =
  'You can stop writing for now. Your therapist is a good person to tell how you are feeling. If you might harm yourself, please contact a crisis line or your local emergency number now.';

export interface LanguageRule {
  /** Stable id; part of the key a writer uses to dismiss one instance. Never rename (see history). */
  readonly id: string;
  readonly category: LanguageCategory;
  /** Whole words or phrases, case-insensitive. */
  readonly words?: readonly string[];
  /** Regular-expression sources, case-insensitive, matched as whole words. */
  readonly patterns?: readonly string[];
  /** If the text right after a match starts with one of these, the match is not flagged. */
  readonly notFollowedBy?: readonly string[];
  /** If the text right before a match (same sentence) ends with one of these, it is not flagged. */
  readonly notPrecededBy?: readonly string[];
  /** If the clause up to the match fits one of these (tested anywhere in it), it is not flagged. */
  readonly unlessClause?: readonly string[];
  /** If the sentence (or the one after it) fits one of these, the match is not flagged. */
  readonly unlessSentence?: readonly string[];
  /** When given, the match is kept only if its sentence fits one of these (for example a sexual context). */
  readonly onlyInSentence?: readonly string[];
  /** Kept for older rule sets; every rule now stays quiet in quoted or reported speech. */
  readonly skipInReportedSpeech?: boolean;
  /** Follows the apology setting: 'forgiveness' notes are off with 'noNotes'; 'apology' notes are on only with 'noteApologies'. */
  readonly group?: 'forgiveness' | 'apology';
  /** The note first offers support before anything about the letter. */
  readonly offersSupport?: boolean;
  readonly explanation: string;
  readonly suggestion: string;
}

/** Old rule ids and the rules that took over some or all of their phrases. */
export const LANGUAGE_RULE_ID_HISTORY: Readonly<Record<string, readonly string[]>> = {
  // "it just happened", "one thing led to another", "got carried away" hide who acted: they moved to euphemism.
  'justifying-anyone': ['euphemism-agency'],
};

export const LANGUAGE_CATEGORY_LABELS: Record<LanguageCategory, string> = {
  blame: 'Blame',
  minimising: 'Making it smaller',
  justifying: 'Reasons and excuses',
  vague: 'Could be more exact',
  graphic: 'Graphic detail',
  euphemism: 'Softened wording',
  hedging: 'Unsure wording',
  selfFocus: 'About me rather than my partner',
  conditionalApology: 'An apology with a condition',
};

export const LANGUAGE_CATEGORY_DESCRIPTIONS: Record<LanguageCategory, string> = {
  blame:
    'Words that place the cause of what happened on your partner or on someone else. The disclosure is about your own choices.',
  minimising: 'Words that make what happened sound smaller or less important than it was, even when that is not what you mean.',
  justifying:
    'Words that offer a reason or an excuse alongside the facts. Your history matters, and your therapist can help you explore it in another place.',
  vague:
    'Words that leave your partner guessing about how often, how many or how long. A number or a date range, even an honest estimate, is easier to hold.',
  graphic:
    'Words that describe bodies, sensations or sexual acts in detail. These can leave images that are very hard to put down.',
  euphemism:
    'Soft or indirect words that hide who did what: things that "happened", places you "ended up", an addiction that acted. Plain words show your own part.',
  hedging:
    'Words like "maybe", "probably" or "I may have" that leave your partner unsure whether something happened. Say what you know and mark what is an estimate.',
  selfFocus:
    'Words that turn the moment toward how you feel or what you hope for. Your feelings matter, and they have a place with your therapist.',
  conditionalApology: 'An apology with "if" or one about how your partner feels, rather than about what you did.',
};

/* ------------------------------------------------------------------------------------------
 * Shared fragments (regular-expression sources).
 * ---------------------------------------------------------------------------------------- */

const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  make: ['made'],
  drive: ['drove', 'driven'],
  get: ['got', 'gotten'],
  lead: ['led'],
  leave: ['left'],
  give: ['gave', 'given'],
  keep: ['kept'],
  take: ['took', 'taken'],
  come: ['came'],
  go: ['went', 'gone'],
  feel: ['felt'],
  find: ['found'],
  hold: ['held'],
  pull: ['pulled'],
  draw: ['drew', 'drawn'],
  bring: ['brought'],
  begin: ['began', 'begun'],
  win: ['won'],
  think: ['thought'],
  send: ['sent'],
  meet: ['met'],
  have: ['had'],
  do: ['did', 'done'],
  say: ['said'],
  tell: ['told'],
  lose: ['lost'],
  see: ['saw', 'seen'],
  lie: ['lied', 'lying'],
  spend: ['spent'],
  pay: ['paid'],
  slip: ['slipped'],
  stop: ['stopped'],
  trap: ['trapped'],
  drag: ['dragged'],
  rope: ['roped'],
  egg: ['egged'],
};

interface TrieNode {
  end: boolean;
  readonly next: Map<string, TrieNode>;
}

/**
 * A list of literal phrases as one factored regular-expression source ("made|make|makes"
 * becomes "ma(?:de|ke(?:s)?)"), so the expression engine can rule out most positions after
 * one character instead of trying every phrase. `unit` turns one character into a source
 * (the engine uses it to let a space match any run of spaces).
 */
export function phraseTrie(phrases: readonly string[], unit: (ch: string) => string = escapeForPattern): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const phrase of phrases) {
    let node = root;
    for (const ch of phrase) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next.entries()].map(([ch, child]) => unit(ch) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return `(?:${emit(root)})`;
}

function escapeForPattern(ch: string): string {
  return /[.*+?^${}()|[\]\\]/.test(ch) ? `\\${ch}` : ch;
}

/** Every form of some verbs ("push" = push, pushes, pushed, pushing), so a rule names a verb once. */
export function verbForms(...lemmas: readonly string[]): string {
  const out = new Set<string>();
  for (const v of lemmas) {
    out.add(v);
    const stem = v.endsWith('e') ? v.slice(0, -1) : v;
    out.add(/(?:s|sh|ch|x|z|o)$/.test(v) ? `${v}es` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`);
    const doubled = /^(?:stop|slip|trap|drag|nag|grab|hug|pin|rub|strip)$/.test(v) ? v + v.slice(-1) : null;
    out.add(`${doubled ?? stem}ing`);
    for (const f of IRREGULAR[v] ?? []) out.add(f);
    if (!IRREGULAR[v] || doubled) out.add(/[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ied` : `${doubled ?? stem}ed`);
  }
  return phraseTrie([...out]);
}

/** A word or two of intensity that may sit between parts of a phrase. */
const ADV = String.raw`(?:(?:so|very|really|too|just|always|constantly|basically|kind\s+of|sort\s+of|pretty|quite|totally|completely|absolutely|even|finally|eventually|also|actually|honestly|still|ever|often|sometimes|more|much|far|such)\s+)*`;

/** Feelings and states that are often offered as a reason. */
const STATES = String.raw`(?:stressed(?:\s+out)?|drunk|tipsy|high|wasted|lonely|alone|bored|depressed|angry|hurt|tired|exhausted|overwhelmed|unhappy|miserable|frustrated|rejected|neglected|ignored|unappreciated|unloved|unwanted|invisible|sad|anxious|weak|vulnerable|desperate|curious|resentful|empty|numb|insecure|grieving|burned\s+out|burnt\s+out|out\s+of\s+control|in\s+(?:a\s+)?(?:very\s+|really\s+)?(?:dark|bad|terrible|low|difficult)\s+(?:place|state|way)|not\s+in\s+(?:a\s+)?good\s+(?:place|way)|under\s+(?:a\s+lot\s+of\s+|so\s+much\s+)?(?:pressure|stress)|in\s+(?:so\s+much\s+)?pain|low|down\s+and\s+out|in\s+a\s+rut|going\s+through\s+(?:a\s+lot|a\s+hard\s+time|a\s+rough\s+patch|a\s+difficult\s+time|hell|so\s+much))`;

/** Things that can be counted and deserve a number (singular or plural). */
const COUNTABLES = String.raw`(?:times?|occasions?|encounters?|people|persons?|wom[ae]n|m[ae]n|girls?|guys?|boys?|partners?|nights?|evenings?|afternoons?|mornings?|weekends?|days?|weeks?|months?|years?|trips?|sites?|websites?|apps?|accounts?|profiles?|chats?|conversations?|messages?|texts?|emails?|photos?|pictures?|images?|videos?|clips?|calls?|dates?|meetings?|visits?|sessions?|affairs?|flings?|hook-?ups?|escorts?|prostitutes?|sex\s+workers?|massages?|parlou?rs?|clubs?|bars?|hotels?|dollars|pounds|euros|money|cash|savings|strangers?|co-?workers?|colleagues?|friends?|contacts?|lies|points|stages|purchases|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|payments|withdrawals|subscriptions|shows|numbers|phones)`;

/** Words that leave a count or an amount open. */
const OPEN_QUANTITY = String.raw`(?:a\s+good\s+few|a\s+few(?:\s+more)?|a\s+couple(?:\s+of)?|several|many|multiple|a\s+number\s+of|a\s+handful\s+of|various|numerous|some|a\s+lot\s+of|lots\s+of|loads\s+of|tons\s+of|heaps\s+of|countless|a\s+bunch\s+of|plenty\s+of|a\s+fair\s+(?:amount|number|bit)\s+of|a\s+bit\s+of|a\s+little\s+of|most|other|a\s+good\s+deal\s+of|a\s+great\s+many|dozens\s+of|hundreds\s+of|thousands\s+of|so\s+many|too\s+many|quite\s+a\s+few|more\s+than\s+a\s+few|a\s+series\s+of)`;

/** Negations that turn a sentence around ("none of this was your fault"). */
const NEGATION = String.raw`\b(?:not|never|no|none|nothing|nobody|neither|nor|isn't|wasn't|aren't|weren't|don't|doesn't|didn't|can't|cannot|won't|without)\b|n't\b|\bno\s+one\b`;

/** A disclaimer in the same or the next sentence: "That does not excuse it." */
const DISCLAIMER = String.raw`\b(?:not|n't|never|no\s+longer)\s+(?:\w+\s+)?(?:an?\s+|the\s+)?(?:excuse|excuses|reason|justif\w*|why\s+I)\b|\bdoes\s+not\s+(?:explain|excuse)|\bdoesn't\s+(?:explain|excuse)|\bis\s+not\s+why|\bisn't\s+why|\bnot\s+because\b|\bI\s+(?:still\s+)?chose\b|\bmy\s+(?:own\s+)?choice\b|\bmy\s+history\b`;

/** Months and numbers that make a time or count exact. */
const EXACT = String.raw`(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|once|twice|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter|christmas|easter)\b)`;

/** Time words, used to keep "only a few weeks after..." quiet. */
const TIME_AFTER = String.raw`\s+(?:of\s+)?(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:ago|before|after|later|earlier|into|since|from|until|old)\b`;

/** Traits that cast the partner as the cause when "you" were them. */
const PARTNER_TRAITS = String.raw`(?:absent|emotionally\s+(?:absent|distant|cold|unavailable|closed|detached|checked\s+out|neglectful|abusive)|distant|cold|critical|controlling|unavailable|withdrawn|closed\s+off|shut\s+down|checked\s+out|uninterested|disinterested|frigid|demanding|needy|nagging|moody|difficult|boring|unaffectionate|unresponsive|dismissive|hostile|mean|harsh|absorbed|preoccupied|obsessed|consumed|wrapped\s+up|focused\s+on\s+(?:the\s+kids|work|your)|never\s+(?:there|home|around|available|interested)|not\s+(?:there|interested|available|around)|always\s+(?:at\s+work|working|away|tired|busy|angry)|cold\s+toward\s+me|so\s+negative|negative|bitter|resentful|suspicious\s+all\s+the\s+time|impossible\s+to\s+talk\s+to|hard\s+to\s+live\s+with|no\s+fun|unreachable)`;

/** Things that can act in a sentence in place of the writer: an addiction, an urge, a state. */
const ADDICTION_ACTOR = String.raw`(?:my|the|this|that|our)\s+(?:own\s+)?(?:\w+\s+)?(?:addiction|disease|illness|compulsions?|acting\s+out|addict(?:ed)?\s+(?:brain|self|side)|urges?|impulses?|demons|cravings?|habit|alcoholism|libido|sex\s+drive|lust|weakness|dark\s+side|other\s+side|condition)`;

/** States and circumstances that can be offered as the cause. */
const STATE_ACTOR = String.raw`(?:my|the|all\s+the|that|this)\s+(?:own\s+)?(?:\w+\s+)?(?:drinking|alcohol|drugs|depression|loneliness|stress|pressure|anxiety|grief|boredom|job|work|travel|exhaustion|insecurity|trauma|childhood|upbringing|past)`;

/* ------------------------------------------------------------------------------------------
 * The rules.
 * ---------------------------------------------------------------------------------------- */

const CAUSE_VERBS = verbForms(
  'make',
  'force',
  'drive',
  'push',
  'pressure',
  'press',
  'tempt',
  'manipulate',
  'seduce',
  'lure',
  'coax',
  'convince',
  'persuade',
  'guilt',
  'drag',
  'pull',
  'rope',
  'egg',
  'goad',
  'trap',
  'entice',
  'pursue',
  'groom',
  'lead',
  'bully',
  'corner',
  'trick',
  'encourage',
  'chase',
);

export const LANGUAGE_RULES: readonly LanguageRule[] = [
  // ---------------------------------------------------------------- blame
  {
    id: 'blame-made-me',
    category: 'blame',
    patterns: [
      // With the actor named ("You made me", "She pushed me"), so the note shows who acts.
      String.raw`(?:you|she|he|they)\s+(?:${ADV})${CAUSE_VERBS}\s+me\b`,
      // Someone else as the actor of a verb that acts on the writer: "Jordan kept pushing me", "you drove me to it".
      String.raw`${CAUSE_VERBS}\s+me\b`,
      String.raw`(?:talk|talks|talked|talking|sweet-talked|got|get|gets|getting)\s+me\s+(?:into|drunk|high|wasted|to\s+(?:go|come|stay|meet|send|do|drink))`,
      String.raw`(?:left|leave|leaves|gave|give|gives)\s+me\s+(?:no|little)\s+(?:other\s+)?(?:choice|option|alternative)`,
      String.raw`(?:came|come|comes|coming)\s+on\s+to\s+me|(?:hit|hits|hitting)\s+on\s+me|made\s+(?:a\s+)?pass(?:es)?\s+at\s+me`,
      String.raw`(?:made|make|makes)\s+the\s+first\s+move`,
      String.raw`(?:kept|keep|keeps|wouldn't|would\s+not|didn't|did\s+not|never)\s+(?:stop\s+)?(?:pushing|texting|calling|messaging|pursuing|chasing|insisting|asking|flirting|contacting|leave\s+me\s+alone|take\s+no\s+for\s+an\s+answer)(?:\s+(?:with\s+)?me)?`,
      String.raw`(?:started|began|start|starts)\s+(?:flirting|texting|messaging|touching|kissing|coming\s+on)\s+(?:with\s+|to\s+)?me`,
      String.raw`(?:introduced|introduces)\s+me\s+to`,
      String.raw`(?:was|were)\s+the\s+one\s+who\s+(?:\w+\s+)?(?:suggested|started|initiated|wanted|pushed|asked|made|came|invited|kissed|reached)`,
      String.raw`your\s+(?:\w+\s+){1,2}${CAUSE_VERBS}\s+me\b`,
      String.raw`until\s+I\s+(?:finally\s+|eventually\s+|just\s+)?(?:agreed|gave\s+in|said\s+yes|caved|relented|went\s+along|gave\s+up)|(?:couldn't|could\s+not|didn't\s+know\s+how\s+to)\s+say\s+no|(?:was|were)\s+(?:so\s+|very\s+|really\s+)?(?:relentless|persistent|insistent|pushy|aggressive|forward)\b`,
      String.raw`(?:came|went|comes|going|coming)\s+after\s+me|did\s+nothing\s+about\s+it|(?:egged|egging|egg)\s+me\s+on`,
      String.raw`(?:pushed|pressed|begged|insisted)\s+(?:for|on|me)\b|it\s+was\s+(?:my|our|her|his|their|the|a)\s+(?:\w+\s+)?\w+\s+who\s+(?:took|introduced|suggested|invited|started|made|brought|got|pushed|set|dragged|talked|convinced|persuaded|pressured|kept)`,
      String.raw`made\s+(?:all\s+the|the|every)\s+(?:first\s+)?moves?|made\s+a\s+move\s+on\s+me|(?:initiated|instigated|arranged|organised|organized|planned|set\s+up)\s+(?:every|all|each|most|the)\b|set\s+me\s+up\s+with|hooked\s+me\s+up\s+with|got\s+me\s+into`,
      String.raw`(?:threw|throws|throwing)\s+(?:herself|himself|themselves|themself)\s+at\s+me|(?:was|were)\s+all\s+over\s+me`,
      String.raw`(?:(?:she|he|they)(?:'s|'re)|is|was|were)\s+the\s+one\s+(?:who|that)\s+(?!(?:knew|found|noticed|asked|caught|saw|suspected|stayed|tried|deserved|suffered|was|got|told\s+the\s+truth|did\s+nothing\s+wrong)\b)\w+`,
    ],
    notPrecededBy: [
      String.raw`\b(?:I|we|it|this|that|nothing|nobody|no\s+one|one|addiction|disease|illness|drinking|depression|stress|pressure|therapist|sponsor|counsel+or|group|recovery|treatment|program|programme|therapy|doctor)\s+(?:(?:really|just|also|then|even|still|finally|eventually|always|never|had|has|have|was|were|would|did|kind\s+of|sort\s+of|\w+ly)\s+)?$`,
    ],
    notFollowedBy: [
      String.raw`\s+(?:(?:a|an|the|some)\s+(?:\w+\s+)?(?:dinner|breakfast|lunch|coffee|tea|meal|cake|drink|person|father|mother|parent|offer|promise|list|gift|card)|dinner|breakfast|lunch|coffee|tea|food|laugh|smile|happy|happier|proud|better|feel\s+(?:safe|welcome|at\s+home|better|loved))\b`,
      String.raw`\s+(?:to\s+)?(?:be\s+honest|get\s+tested|get\s+help|tell\s+you|through|see\s+a|write|stop|look\s+at\s+(?:my|what)|face|own|admit|come\s+clean|take\s+responsibility|go\s+to\s+(?:therapy|counsel\w*|a\s+meeting|meetings|treatment|my\s+therapist))\b`,
    ],
    unlessClause: [NEGATION],
    explanation:
      'This places the cause of your choices on someone else. Even when other people played a part, your partner needs to hear what you chose to do.',
    suggestion: 'Try writing it as your own action: "I chose to..." or "I decided to...".',
  },
  {
    id: 'blame-fault',
    category: 'blame',
    words: ['thanks to you', 'you drove me to it', 'she started it', 'he started it', 'they started it'],
    patterns: [
      String.raw`(?:your|her|his|their)\s+fault|fault(?<=\p{L}'s\s+fault)`,
      String.raw`(?:because|thanks)\s+(?:of|to)\s+(?:you|her|him|them|your\s+\w+)`,
      String.raw`it\s+was\s+(?:all\s+)?(?:your|her|his|their|[\p{L}'-]+'s)\s+idea`,
      String.raw`(?:initiated|started)\s+(?:it|things|everything|the\s+(?:affair|relationship|contact|texting))(?<!\b(?:I|we)\s+(?:initiated|started)\s+(?:it|things|everything|the\s+(?:affair|relationship|contact|texting)))`,
      String.raw`you\s+(?:are|were)\s+(?:partly|also|equally|just\s+as\s+much|as\s+much)\s+(?:to\s+blame|responsible)`,
    ],
    unlessClause: [NEGATION],
    explanation: 'Pointing to who started something or whose fault it was moves attention away from your own part in it.',
    suggestion: 'Describe what you did and what you chose, and leave out who started it.',
  },
  {
    id: 'blame-if-you',
    category: 'blame',
    patterns: [
      String.raw`if\s+(?:only\s+)?you(?:'d|\s+(?:had(?:n't|\s+not)?|were(?:n't|\s+not)?|would\s+have|would(?:n't|\s+not)|could\s+have|did(?:n't|\s+not)|cared|paid|gave|showed|listened|spent|made|treated|loved|wanted|tried|noticed|understood|appreciated))\b`,
      String.raw`had\s+you\s+(?:been|paid|given|shown|listened|cared|spent|made|not|never)\b`,
      String.raw`(?:because|since|cause|'cause)\s+you\s+(?:${ADV})(?:were\s+(?:${ADV})(?:cold|distant|busy|critical|angry|tired|unavailable|absent|away|never|always|not\s+interested|uninterested|wrapped\s+up|obsessed|focused)|had\s+(?:stopped|lost|no\s+time|let)|never|always|refused|stopped|wouldn't|would\s+not|didn't|did\s+not|shut|pushed|rejected|moved\s+(?:out|into)|started|kept|made|treated|ignored|neglected|withheld|nagged|criticised|criticized|humiliated|put\s+(?:the\s+kids|work|your)|cared\s+more|chose|let\s+yourself)`,
      String.raw`(?:after|once|when)\s+you\s+(?:${ADV})(?:refused|stopped\s+(?:wanting|having|being|caring|touching|showing)|rejected|shut\s+me\s+out|pushed\s+me\s+away|ignored\s+me|neglected|withheld|nagged|criticised|criticized|humiliated|moved\s+into\s+the\s+(?:spare|other|guest)|let\s+yourself)`,
    ],
    notFollowedBy: [
      String.raw`\s+(?:like|prefer|rather)\b`,
      String.raw`\s+(?:ever\s+)?(?:exposed|at\s+risk|infected|harmed|tested|asked|found|confronted|noticed|discovered|saw|read|heard|learned|caught)\b`,
      String.raw`\s+(?:\w+\s+)?(?:upset|hurt|offended|shocked|betrayed|affected)\b`,
    ],
    unlessClause: [String.raw`\b(?:not|never)\s+because\b`],
    explanation:
      'A sentence about what your partner did or did not do, next to your choices, suggests your partner could have prevented them. That can land as blame, even when it is not meant that way.',
    suggestion: 'Leave out what your partner did or did not do, and state your own choices plainly.',
  },
  {
    id: 'blame-you-never',
    category: 'blame',
    patterns: [
      String.raw`you\s+(?:never|always|wouldn't|would\s+never|didn't\s+even|refused\s+to|stopped|rejected|neglected|ignored|shut\s+me\s+out|pushed\s+me\s+away|turned\s+me\s+down|withheld|nagged|criticised|criticized|belittled|humiliated|froze\s+me\s+out|turned\s+me\s+away|cared\s+more\s+about)\b`,
      String.raw`you\s+were\s+(?:${ADV})(?:cold|distant|critical|controlling|unavailable|absent|demanding|difficult|nagging|uninterested|frigid|wrapped\s+up|absorbed|consumed|obsessed)\b`,
      String.raw`you\s+were\s+(?:always|never|so|too|constantly)\s+(?:\w+\s+)?(?:busy|tired|angry|interested|there|around|home|focused\s+on|in\s+the\s+mood)\b`,
      String.raw`how\s+(?:cold|distant|critical|controlling|unavailable|angry|difficult|demanding|busy|absent)\s+you\s+(?:were|had\s+been|are)`,
      String.raw`you\s+(?:had\s+|have\s+)?let\s+yourself\s+go`,
      String.raw`you\s+(?:were|became|got|had\s+become|had\s+been|grew|seemed|'d\s+become|are|'re)\s+(?:${ADV})${PARTNER_TRAITS}`,
      String.raw`you\s+(?:always\s+|often\s+|constantly\s+)?left\s+me\s+(?:alone|on\s+my\s+own|by\s+myself|at\s+home)|you\s+(?:had\s+)?(?:gave|given)\s+up\s+on|you\s+(?:had\s+)?(?:abandoned|lost\s+interest\s+in)|constant\s+(?:interference|nagging|criticism|complaining|control|demands|suspicion|checking|rejection|fighting)|drove\s+a\s+wedge`,
      String.raw`you\s+(?:made|make|makes)\s+it\s+(?:${ADV})(?:impossible|hard|difficult|so\s+hard)|you(?:'re|\s+are|\s+were)\s+the\s+reason|the\s+reason\s+(?:\w+\s+){0,4}(?:was|is)\s+you\b`,
      String.raw`you\s+(?:were\s+|had\s+been\s+|kept\s+|would\s+|had\s+)?(?:${ADV})(?:criticis|criticiz|nagg|belittl|humiliat|reject|neglect|ignor|withh[eo]ld|push(?:ed|ing)\s+me\s+away|shut(?:ting)?\s+me\s+out|control+|yell|shout|scream|complain|compar|stopp?(?:ed|ing)\s+(?:caring|wanting|touching|trying|showing|having|making|loving|listening|noticing|being))\w*`,
      String.raw`you\s+(?:didn't|did\s+not|don't|do\s+not|never)\s+(?:even\s+)?(?:want\s+(?:sex|me|to\s+be\s+intimate|to\s+have\s+sex)|give\s+me|pay\s+attention|make\s+time|appreciate\s+me|understand\s+me|listen\s+to\s+me|notice\s+me|see\s+me|touch\s+me|show\s+(?:me\s+)?(?:any\s+)?(?:affection|interest))`,
      String.raw`your\s+(?:constant|endless|nonstop|non-stop|never-ending|lack\s+of|coldness|nagging|criticism|rejection|moods?|temper|anger|jealousy|weight)\b`,
    ],
    notPrecededBy: [String.raw`\b(?:if|whether|when|even\s+if|understand\s+if|accept\s+if)\s+$`],
    notFollowedBy: [
      String.raw`\s+(?:want|wanted|forgive|speak|talk\s+to|see|trust|hear|deserved|deserve|gave\s+me\s+(?:any|a)\s+reason)\b`,
      String.raw`\s+(?:once\s+|really\s+|even\s+)?(?:knew|know|suspected|found|saw|asked|deserved|did\s+anything|did\s+nothing|had\s+(?:a|any|the|no)\s+(?:reason|chance|way|choice|idea|cause)|had\s+to|have|trusted|believed|were|was|gave\s+me\s+any|could|caused|agreed|consented|meant|guessed|imagined|noticed|questioned|doubted|told|sensed|felt|said|learned|heard|got|chose|wanted\s+to\s+know|asked|owe|need|right|honest|loyal|faithful|kind|supportive|patient|there\s+for\s+me|to\s+blame)\b`,
    ],
    unlessClause: [String.raw`\b(?:not|never)\s+because\b|\b(?:I\s+said|I\s+told|I\s+claimed|I\s+blamed)\b`],
    explanation:
      'Describing what your partner "never" or "always" did can read as a reason for your choices, and it puts your partner on trial in a document that is about you.',
    suggestion: 'Take this out of the disclosure. If it matters to you, bring it to your therapist instead.',
  },

  // ---------------------------------------------------------------- minimising
  {
    id: 'minimising-only-just',
    category: 'minimising',
    patterns: [
      // A qualifier that shrinks what something was: "it was just emotional", "it was basically just talking".
      String.raw`(?:it|that|this|they|those|these|we|all\s+(?:it|that|this)|what\s+(?:I|we)\s+(?:did|had)|the\s+\w+(?:\s+\w+)?)\s+(?:was|were|is|are|'s|'re|had\s+been|has\s+been)\s+(?:really\s+|honestly\s+|actually\s+)?(?:only|just|merely|simply|basically|mostly|purely|largely|essentially|nothing\s+more\s+than|no\s+more\s+than|nothing\s+but|little\s+more\s+than|barely|hardly|mainly|primarily|technically)\b(?:\s+(?:just|only|a|an|some))?`,
      String.raw`(?:only|just|merely|simply|basically|mostly|purely)\s+(?:a\s+|an\s+|some\s+)?(?:(?:bit\s+of|little|silly|stupid|harmless|innocent|casual|quick|few|couple\s+of)\s+)?(?:kiss\w*|flirt\w*|text\w*|chat\w*|talk\w*|messag\w*|look\w*|watch\w*|brows\w*|touch\w*|online|porn\w*|fantas\w*|physical|sex|fun|friends?|friendship|emotional|words|curiosity|harmless|pictures|photos|images|videos|fling|game|massage|phase|distraction|release|hobby|habit|drinks?|dance|dancing|emails?|calls?|lunch|coffee|a\s+kiss)\b`,
      String.raw`(?:I|we)\s+(?:only|just|merely|simply|basically|mostly)\s+(?:ever\s+)?(?:looked|watched|talked|texted|chatted|flirted|kissed|messaged|browsed|touched|replied|sent|used|did\s+it|did\s+that|fooled|played|had\s+(?:a|some)|hung\s+out|exchanged|went\s+(?:for|to\s+(?:dinner|lunch|a\s+bar)))\b`,
    ],
    notFollowedBy: [
      String.raw`\s+(?:for\s+)?(?:a\s+)?(?:moment|second|minute)\b`,
      String.raw`(?:\s+\w+)?\s+(?:about|to\s+you|with\s+you|to\s+my\s+(?:therapist|sponsor))\b`,
      String.raw`\s*(?:before|after|when|once|because|as|around|like|now|then|beginning|starting|the\s+(?:start|beginning|first))\b`,
      TIME_AFTER,
      String.raw`\s+(?:not|no)\b`,
      String.raw`\s+for\s+(?:you|your|me|my|the\s+two\s+of)\b`,
      String.raw`\s+(?:(?:a|an)\s+)?(?:way|place|space|list|record|note|reminder|question|matter\s+of|starting\s+point|draft|placeholder)\b`,
    ],
    notPrecededBy: [String.raw`\b(?:not|the|my|our|your)\s+$`],
    explanation:
      'Words like "only", "just" or "basically" can make what happened sound smaller than it was. Your partner is likely to notice them more than anything else in the sentence.',
    suggestion: 'Remove the softening word and let the plain fact stand on its own.',
  },
  {
    id: 'minimising-few',
    category: 'minimising',
    patterns: [
      String.raw`(?:only|just|merely|no\s+more\s+than|barely|hardly)\s+(?:(?:\w+|met\s+up|went\s+back)\s+){0,3}?(?:once|twice|(?:the\s+)?one\s+(?:time|night|evening|weekend|kiss|occasion)|a\s+few|a\s+couple|a\s+little|a\s+handful|a\s+bit|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:times|occasions|nights|weeks|days|months|people|messages|texts|photos))\b`,
      String.raw`(?:it|that|this)\s+(?:only|just)\s+(?:lasted|went\s+on|took)`,
    ],
    notFollowedBy: [TIME_AFTER, String.raw`\s+(?:before|after|when|since|until|ago|later|earlier|into|old)\b`],
    notPrecededBy: [String.raw`\b(?:not|the)\s+$`],
    explanation:
      '"Only" or "just" next to a number can sound as if the number should matter less. A larger number discovered later is one of the hardest things for a partner to hear.',
    suggestion: 'Give the number on its own, with no softening word in front of it.',
  },
  {
    id: 'minimising-meant-nothing',
    category: 'minimising',
    words: [
      'it meant nothing',
      'meant nothing to me',
      "didn't mean anything",
      'did not mean anything',
      "didn't mean a thing",
      'it was nothing',
      'nothing serious',
      'never serious',
      'nothing really happened',
      'no big deal',
      'not a big deal',
      'not that big a deal',
      'could have been worse',
      "could've been worse",
      'harmless',
      'not really cheating',
      'technically',
      'a one-time thing',
      'a one-off',
      'a slip-up',
      'barely anything',
      'hardly anything',
      'no one got hurt',
      'nobody got hurt',
      'no harm done',
      'no harm in it',
      'blown out of proportion',
      'no feelings involved',
      'no strings attached',
      'nothing physical',
      'never went all the way',
      'never went that far',
      "it's not like",
      "it's not as if",
      'it is not as if',
      'not as though',
      'no big thing',
      'nothing much',
      'in the grand scheme',
      'in the scheme of things',
      'all things considered',
      'it is not like',
      "it wasn't like",
    ],
    patterns: [
      String.raw`(?:(?:it|that|this)\s+)?(?:wasn't|was\s+not|isn't|is\s+not|weren't|were\s+not|not)\s+(?:really\s+|actually\s+|technically\s+|even\s+)?(?:cheating|infidelity|an?\s+(?:real|proper|actual|full)\s+(?:affair|relationship)|an?\s+affair|a\s+big\s+deal|serious)`,
      String.raw`all\s+(?:we|I|it|that)\s+(?:ever\s+)?(?:did|was|were|had)\s+(?:was|were|is)\b`,
      String.raw`(?:barely|hardly|scarcely)\s+(?:even\s+)?(?:knew|know|talked|touched|kissed|saw|met|spoke|did|happened)`,
      String.raw`more\s+(?:of\s+)?an?\s+\w+\s+than\s+(?:anything|a\s+real|an\s+actual|an?\s+affair)|(?:anything|nothing)\s+(?:like|close\s+to)\s+(?:a|an)\s+(?:real|proper|actual|serious)|no\s+(?:worse|different|more\s+serious)\s+than`,
      String.raw`(?:was|were|is|are|'s|'re|been)\s+(?:really\s+)?(?:only|just|merely|simply|nothing\s+but|no\s+more\s+than)\s+(?:a|an|some)\s+(?!few\b|couple\b|(?:way|place|space|list|record|note|reminder|question|starting|draft|placeholder|moment|second|minute)\b|little\s+(?:while|after|before)|bit\s+(?:after|before|later))(?:\w+(?:\s+\w+)?)\b`,
      String.raw`(?:didn't|did\s+not|doesn't|does\s+not|never)\s+(?:really\s+)?(?:mean|matter)\s+(?:much|anything|a\s+lot|that\s+much|a\s+thing)|(?:a\s+(?:little|bit)|slightly)\s+too\s+(?:friendly|close|flirty|familiar|touchy)`,
      String.raw`(?:it|that|this|they|those)\s+(?:was|were|is|are|'s|felt|seemed)\s+(?:${ADV})(?:small|minor|trivial|insignificant|meaningless|casual|harmless|innocent|tame|mild|light|brief|tiny|silly|nothing|no\s+more|not\s+much)\b`,
      String.raw`(?:never|didn't|did\s+not|wasn't|was\s+not)\s+(?:really\s+)?(?:get|got|become|became|go|went|get\s+very)\s+(?:serious|very\s+far|that\s+far|far|anywhere)`,
      String.raw`(?:(?:little|small|minor|silly|stupid|dumb|harmless|innocent|tiny|meaningless|casual|brief|trivial|passing|drunken|single)\s+){1,2}(?:fling|thing|slip|mistake|game|crush|flirtation|distraction|affair|chat|kiss|friendship|phase|habit|indulgence|lapse|episode|matter|escape|night|time|moment|evening|weekend)`,
      String.raw`to\s+be\s+fair|in\s+(?:my|all)\s+fairness|(?:never|didn't|did\s+not|wasn't|was\s+not)\s+actually|(?:hardly|barely|doesn't|does\s+not|didn't|did\s+not|wouldn't|not\s+really)\s+(?:really\s+)?counts?|before\s+it\s+(?:really\s+|even\s+)?(?:started|began|got\s+going)`,
    ],
    notPrecededBy: [String.raw`\b(?:not|never)\s+$`, String.raw`\bwas\s+not\s+$`],
    explanation:
      'Phrases like this tell your partner how to weigh what happened. Your partner is the one who gets to decide what it means to them.',
    suggestion: 'State what happened and leave the meaning for your partner to find.',
  },
  {
    id: 'minimising-compare',
    category: 'minimising',
    patterns: [
      String.raw`(?:compared|comparing|in\s+comparison)\s+(?:to|with)`,
      String.raw`(?:not|wasn't|isn't|was\s+not|is\s+not|never)\s+(?:as|that|so|all\s+that|too)\s+(?:bad|serious|big|terrible|awful)`,
      String.raw`(?:pretty|fairly|relatively|quite|comparatively)\s+(?:tame|harmless|innocent|minor|mild|small|light|low-key|normal)`,
      String.raw`at\s+least\s+(?:I|it|we|she|he|they|that|this|nothing|no\s+one|nobody|there)\b`,
      String.raw`(?:worse|more)\s+than\s+(?:this|that|what\s+I\s+did|me)\b`,
      String.raw`(?:other|some|most|many)\s+(?:people|men|women|guys|couples)\s+(?:do|did|have\s+done)\s+(?:much\s+|far\s+)?(?:worse|more)`,
    ],
    notFollowedBy: [String.raw`\s*\d`, String.raw`\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|once|twice)\b`],
    explanation:
      'A comparison or a qualifier ("not as bad as", "at least", "pretty tame") shrinks what happened. Your partner is the one who gets to decide how big it is.',
    suggestion: 'Leave out the comparison and give the plain fact.',
  },

  // ---------------------------------------------------------------- justifying
  {
    id: 'justifying-because-state',
    category: 'justifying',
    patterns: [
      // A state, feeling or circumstance offered as the reason: "because I was lonely", "I was stressed, so...".
      String.raw`(?:because|since|cause|'cause|cos|as)\s+(?:I\s+(?:was|felt|got|had\s+been|was\s+feeling|had\s+become|am|have\s+been)|I'd\s+been|I'm|I've\s+been)\s+(?:${ADV})(?:feeling\s+)?${STATES}`,
      String.raw`I\s+(?:was|felt|got|had\s+been|was\s+feeling|have\s+been)\s+(?:${ADV})(?:feeling\s+)?${STATES}\b[^.;!?]{0,60}?(?:,?\s+(?:so|and\s+so|that's\s+(?:why|when|how)|that\s+is\s+(?:why|when|how)|which\s+is\s+(?:why|when|how)|and\s+(?:that's|that\s+is)\s+(?:why|when|how))\b|\s+that\s+I\b|,\s+and\s+I\s+(?!chose|decided|still|knew|should))`,
      String.raw`(?:was|were|felt|got)\s+so\s+(?:\w+\s+)?${STATES}\s+(?:that|I)\b`,
      String.raw`I\s+was\s+going\s+through\s+(?:a\s+(?:very\s+|really\s+)?(?:hard|rough|difficult|tough|bad|dark|stressful)\s+(?:time|patch|period|phase)|a\s+lot|hell|so\s+much)`,
      String.raw`${STATE_ACTOR}\s+(?:\w+\s+)?(?:made|makes|drove|drives|pushed|pushes|caused|causes|led|leads|meant)\s+(?:me|it)\b`,
      String.raw`(?:due\s+to|because\s+of|out\s+of|driven\s+by|thanks\s+to)\s+(?:the\s+|my\s+|all\s+the\s+|sheer\s+)?(?:\w+\s+)?(?:stress|pressure|loneliness|boredom|curiosity|frustration|anger|resentment|depression|anxiety|drinking|alcohol|grief|exhaustion|insecurity|desperation|lust|need|needs|work|job|move|travel|the\s+way\s+things\s+were)`,
      String.raw`(?:wasn't|was\s+not|were\s+not|not)\s+(?:really\s+)?(?:myself|in\s+my\s+right\s+mind|thinking\s+(?:straight|clearly))`,
      String.raw`(?:couldn't|could\s+not|can't|cannot)\s+think\s+(?:straight|clearly)`,
      String.raw`(?:got|gets|get)\s+the\s+better\s+of\s+me`,
      String.raw`(?:the\s+only\s+way|my\s+way|a\s+way)\s+(?:I\s+knew\s+)?to\s+(?:cope|deal|escape|survive|relax|unwind|feel)`,
      String.raw`(?:to|in\s+order\s+to)\s+(?:relieve|release|escape|cope\s+with|deal\s+with|numb|forget|manage|handle|blow\s+off|take\s+the\s+edge\s+off|let\s+off)\s+(?:\w+\s+)?(?:stress|pressure|pain|feelings|loneliness|tension|steam|anxiety|boredom|emotions|the\s+edge)`,
      String.raw`(?:I\s+was|we\s+were)\s+(?:so\s+|very\s+|too\s+|still\s+)?(?:young|naive|immature|inexperienced)\b`,
      String.raw`(?:didn't|did\s+not)\s+know\s+(?:any\s+)?better`,
      String.raw`(?:had|have|felt\s+(?:like\s+)?I\s+had|there\s+was)\s+no\s+(?:other\s+)?(?:option|choice|alternative|way\s+out)|(?:was|were)\s+(?:away|travelling|traveling|working|gone)\s+so\s+much`,
      String.raw`so\s+much\s+(?:pain|stress|pressure|grief|loneliness|anger|hurt|resentment)\b[^.;!?]{0,60}?\bthat\s+I\b|left\s+me\s+(?:feeling\s+)?(?:empty|lonely|drained|exhausted|numb|hollow|vulnerable|starved|broken)|needed\s+something\s+for\s+myself`,
      String.raw`(?:affected|impaired|clouded|lowered|lowers|lower|loosened)\s+my\s+(?:judg(?:e)?ment|thinking|inhibitions)|on\s+(?:strong\s+)?medication|(?:alcohol|drinking|drugs|the\s+drink)\s+(?:always\s+)?(?:makes|made|lowers|lowered|turns|turned|gets|got)\b`,
      String.raw`(?:a|my|the\s+only|one)\s+way\s+(?:of|to)\s+(?:escaping|escape|coping|cope|dealing|deal|numbing|numb|forgetting|forget|relieving|relieve|getting\s+away)|I\s+(?:got|became|grew)\s+(?:${ADV})(?:lonely|bored|depressed|desperate|frustrated|restless|curious|resentful|angry|drunk|high)`,
      String.raw`I\s+(?:was|felt|had\s+been|'d\s+been)\s+(?:feeling\s+)?(?:${ADV})(?:${STATES})\b(?!\s+(?:to\s+(?:tell|admit|say|write)|about\s+(?:telling|what)|when\s+you))`,
      String.raw`I\s+(?:needed|wanted|craved|was\s+(?:looking|searching)\s+for|was\s+seeking|sought|went\s+looking\s+for)\s+(?:some\s+|a\s+little\s+)?(?:reassurance|validation|comfort|attention|affection|excitement|escape|distraction|connection|intimacy|release|relief|adventure|novelty|variety|to\s+feel\s+\w+)`,
      String.raw`(?:to|in\s+order\s+to)\s+(?:calm\s+down|relax|unwind|de-?stress|feel\s+better|cope|escape|forget|switch\s+off|get\s+away|feel\s+(?:wanted|desired|alive|something|attractive|young|good|normal|in\s+control)|fill\s+(?:the|a)\s+(?:void|gap|hole)|numb\s+\w+)`,
      String.raw`(?:everyone|everybody|all\s+my\s+friends|all\s+the\s+guys|the\s+guys|my\s+friends|my\s+colleagues)\s+(?:\w+\s+){0,4}(?:was|were)\s+doing\s+it|(?:it\s+)?(?:felt|seemed|was)\s+(?:so\s+|completely\s+|pretty\s+)?(?:normal|natural|acceptable|harmless)\b`,
      String.raw`(?:needs|needs\s+\w+)\s+(?:just\s+|simply\s+)?(?:weren't|were\s+not|were\s+never|never\s+got|went)\s+(?:being\s+)?(?:met|unmet|fulfilled|satisfied)`,
      String.raw`(?:started|began)\s+(?:in|when)\s+(?:my\s+(?:teens|childhood|twenties)|I\s+was\s+(?:a\s+(?:child|kid|teenager)|young|\d+))[^.;!?]{0,60}?(?:so\b|which\s+is\s+why|that's\s+why|had\s+a\s+hold)|had\s+a\s+(?:hold|grip)\s+on\s+me`,
      String.raw`I\s+(?:felt|was\s+feeling|had\s+been\s+feeling)\s+(?:${ADV})(?:unattractive|old|ugly|fat|trapped|stuck|unfulfilled|disconnected|lost|empty|unseen|unheard|undesired|undesirable|suffocated|smothered|taken\s+for\s+granted|alone|lonely|unwanted|invisible|rejected|neglected|ignored|unloved|unappreciated)`,
      String.raw`I\s+(?:thought|figured|assumed|believed|told\s+myself|convinced\s+myself)\s+(?:that\s+)?(?:it|this|that|porn|it\s+all)\s+(?:was|would\s+be|wasn't|was\s+not|didn't|did\s+not|wouldn't|would\s+not)\s+(?:\w+\s+)?(?:normal|ok|okay|fine|harmless|allowed|acceptable|natural|matter|count|hurt|cheating|a\s+big\s+deal|real)`,
      String.raw`(?:how|the\s+way|a\s+way|my\s+way|what)\s+I\s+(?:coped|cope|dealt|deal|managed|escaped|survived|relaxed|unwound|numbed|soothed)`,
      String.raw`(?:my|a|an|the)\s+(?:only\s+)?(?:coping\s+(?:mechanism|strategy)|outlet|escape|crutch|comfort|self-medication|stress\s+relief|drug\s+of\s+choice)\b`,
      String.raw`(?:high|strong|big|higher|stronger)\s+(?:sex\s+drive|libido)`,
      String.raw`(?:hard|impossible|difficult)\s+(?:for\s+me\s+)?to\s+(?:stop|resist|say\s+no|control\s+(?:it|myself))|(?:couldn't|could\s+not|can't|cannot)\s+(?:stop|resist|control\s+(?:it|myself)|say\s+no)(?!\s+(?:thinking|crying|seeing|hearing|telling))`,
      String.raw`being\s+a\s+(?:man|woman|guy|husband|wife|human)|(?:certain|physical|basic|natural|sexual)\s+needs`,
      String.raw`to\s+(?:make|help)\s+(?:me|myself)\s+feel\s+(?:better|good|alive|wanted|desired|normal|something)`,
      String.raw`(?:drank|had\s+drunk|had\s+been\s+drinking|was\s+drinking|took|had\s+taken)\s+(?:way\s+)?(?:too\s+much|a\s+lot|too\s+many|heavily)`,
      String.raw`since\s+you\s+(?:were|weren't|had|hadn't|didn't|never|wouldn't|did\s+not|had\s+not)\b[^,.;!?]{0,60},\s*I\b`,
      String.raw`because\s+(?:my|our)\s+(?:dad|father|mum|mom|mother|parents?|friends?|brother|sister|family|boss)\s+(?:\w+\s+)?(?:did|had|was|were|used|always|never)`,
      String.raw`in\s+the\s+heat\s+of\s+the\s+moment|a\s+moment\s+of\s+weakness|I\s+couldn't\s+help\s+(?:it|myself)|I\s+could\s+not\s+help\s+(?:it|myself)|(?:I\s+had|I\s+didn't\s+have|I\s+did\s+not\s+have)\s+(?:no|a)\s+choice|what\s+(?:else\s+)?was\s+I\s+supposed\s+to\s+do`,
      String.raw`(?:with|given)\s+(?:the|my|all\s+the)\s+(?:\w+\s+){0,2}(?:the\s+way\s+(?:it|they)\s+(?:was|were)|going\s+on|I\s+was\s+going\s+through)`,
      String.raw`(?:abused|neglected|abandoned|bullied|molested|traumati[sz]ed)\s+as\s+a\s+(?:child|kid|teenager|boy|girl)[^.;!?]{0,40}?(?:that's\s+why|that\s+is\s+why|which\s+is\s+why|so\b|and\s+(?:that's|that\s+is)\s+(?:why|how))`,
      String.raw`(?:grew\s+up|was\s+raised|were\s+raised)\b[^.;!?]{0,80}?(?:that's\s+why|that\s+is\s+why|which\s+is\s+why|which\s+explains|,?\s*so\b|and\s+(?:that's|that\s+is)\s+(?:why|how))`,
      String.raw`(?:after|when)\s+(?:my\s+\w+\s+died|I\s+lost\s+my\s+\w+|losing\s+my\s+\w+)[^.;!?]{0,80}?(?:that's\s+when|that\s+is\s+when|and\s+then\s+I|I\s+(?:started|began|turned))`,
      String.raw`(?:that's|that\s+is|which\s+is|this\s+is|and\s+that's)\s+(?:why|how|when)\s+(?:I|the\s+\w+)\s+(?:\w+\s+)?(?:turned|started|began|act|acted|went|cheated|used|needed|looked|reached|sought|fell|strayed|ended)`,
    ],
    unlessSentence: [DISCLAIMER],
    explanation:
      'When a feeling, a state or a circumstance is given as the reason, it can sound like an excuse, even if it is true. Your partner may hear "it was not really my choice".',
    suggestion:
      'Keep the fact and leave out the reason. Understanding what drove your choices is important work, and it belongs with your therapist.',
  },
  {
    id: 'justifying-needs',
    category: 'justifying',
    patterns: [
      String.raw`I\s+(?:just\s+|really\s+|desperately\s+)?(?:needed|need|wanted|craved|longed\s+for)\s+(?:to\s+feel|to\s+escape|to\s+unwind|to\s+relax|to\s+blow\s+off|an?\s+(?:outlet|release|escape|break|distraction)|release|attention|validation|affection|intimacy|excitement|some\s+excitement|connection|to\s+be\s+(?:wanted|desired|noticed|touched|seen|appreciated|loved))`,
      String.raw`I\s+had\s+needs|needs\s+(?:that\s+)?(?:weren't|were\s+not|were\s+never|never\s+got)\s+(?:being\s+)?met`,
      String.raw`(?:a\s+man|a\s+woman|a\s+person|everyone|everybody)\s+has\s+needs`,
      String.raw`my\s+needs\s+(?:weren't|were\s+not|were\s+never|never\s+got)\s+(?:being\s+)?(?:met|unmet)`,
      String.raw`I\s+(?:deserved|deserve|had\s+earned|earned|felt\s+I\s+had\s+earned|felt\s+I\s+deserved)\s+(?:it|a\s+break|something|some|a\s+little|this|a\s+reward|freedom)`,
      String.raw`I\s+(?:felt|was)\s+entitled`,
      String.raw`my\s+(?:sex\s+drive|libido|appetite)\s+(?:has\s+)?(?:always\s+)?(?:been|is|was)\s+(?:\w+\s+)?(?:higher|stronger|bigger|more)`,
    ],
    unlessSentence: [DISCLAIMER],
    explanation:
      'Describing what you needed or felt you deserved can read as a reason that makes the choice understandable. Your partner needs the facts first.',
    suggestion: 'Write what you did. The needs underneath it are worth exploring with your therapist.',
  },
  {
    id: 'justifying-anyone',
    category: 'justifying',
    words: [
      'anyone would have',
      "anyone would've",
      'anybody would have',
      "anybody would've",
      'anyone in my position',
      'anyone in my shoes',
      'any man would',
      'any woman would',
      'any person would',
      'boys will be boys',
      "I'm only human",
      'I am only human',
      'I was only human',
      'almost expected',
      'what happens when',
    ],
    patterns: [
      // A norm offered as the reason: what "everyone", "men" or "couples" do.
      String.raw`(?:everyone|everybody|all\s+(?:men|guys|women|people|couples)|most\s+(?:men|guys|women|people|couples)|lots\s+of\s+(?:men|guys|women|people|couples)|many\s+(?:men|guys|women|people|couples)|men|guys|people)\s+(?:\w+\s+)?(?:do|does|did|look\s+at|looks\s+at|watch|watches|cheat|cheats|go\s+through|goes\s+through|have|has|need|needs|are\s+(?:wired|like\s+that|built)|is\s+(?:wired|like\s+that))\b`,
      String.raw`it's\s+(?:just\s+)?(?:what\s+(?:men|guys|people|women)\s+do|biology|nature|human\s+nature|normal|natural|how\s+(?:men|guys|people)\s+are)`,
      String.raw`it\s+is\s+(?:just\s+)?(?:what\s+(?:men|guys|people|women)\s+do|biology|nature|human\s+nature|normal|natural)`,
      String.raw`(?:normal|common|accepted|usual)\s+(?:part|thing)\s+of|part\s+of\s+(?:the\s+culture|a\s+long|any|every|being\s+a|life)|(?:the\s+)?culture\s+(?:at|of|in)\s+(?:my|the|our)`,
      String.raw`(?:it's|it\s+is|that's|that\s+is)\s+(?:normal|common|natural)\s+(?:for|in|when)`,
    ],
    unlessSentence: [DISCLAIMER],
    explanation:
      'This suggests that most people would have done the same, or that it is simply how things are. It can leave your partner feeling that nothing is owned.',
    suggestion: 'Name the choice as yours: "I chose to...", "I decided to...", "I kept going when I could have stopped."',
  },
  {
    id: 'justifying-relationship',
    category: 'justifying',
    patterns: [
      String.raw`(?:our|the)\s+(?:marriage|relationship|sex\s+life)\s+(?:was|had\s+been|felt|seemed)\s+(?:already\s+|basically\s+|pretty\s+much\s+|practically\s+|more\s+or\s+less\s+)?(?:dead|over|broken|failing|falling\s+apart|sexless|on\s+the\s+rocks|in\s+trouble|not\s+working|a\s+mess|loveless|empty|cold)|(?:our|the)\s+(?:marriage|relationship|sex\s+life|intimacy)\s+(?:had\s+)?(?:died|ended|gone|disappeared|dried\s+up|fizzled\s+out|stopped)`,
      String.raw`(?:since|because|as)\s+we\s+(?:hadn't|had\s+not|weren't|were\s+not|never|rarely|hardly|didn't|did\s+not)\s+(?:\w+\s+)?(?:had\s+sex|have\s+sex|having\s+sex|sex|intimate|close|connecting|talk|talked|slept)`,
      String.raw`we\s+(?:weren't|were\s+not|never\s+were|hardly\s+ever\s+were)\s+(?:having\s+sex|intimate|close|connecting)`,
      String.raw`(?:two\s+people|we|couples)\s+(?:grow|grew|drift|drifted|grown|drifted)\s+apart`,
      String.raw`I\s+thought\s+it\s+(?:didn't|did\s+not|wouldn't|would\s+not)\s+(?:matter|count|hurt)`,
    ],
    unlessSentence: [DISCLAIMER],
    explanation:
      'Describing the state of the relationship next to what you did can sound like a reason for it, and your partner may hear it as blame.',
    suggestion: 'Leave the relationship out of this part and keep to your own actions.',
  },

  // ---------------------------------------------------------------- vague
  {
    id: 'vague-count',
    category: 'vague',
    patterns: [
      String.raw`(?!(?:some|most)\s+of\s+(?:the|those|these)\s)${OPEN_QUANTITY}\s+(?:(?:of\s+)?(?:our|my|the|those|these|their|your)\s+)?(?:(?:different|other|more|random|new|old|online|married|local|paid|private|separate|explicit|nude|naked|sexual|secret|\w+)\s+)?${COUNTABLES}\b`,
      String.raw`(?:for|over|in|during)\s+(?:a\s+few|a\s+couple\s+of|several|many|some|a\s+number\s+of|the\s+last\s+few|the\s+past\s+few)\s+(?:days|weeks|months|years)`,
      String.raw`(?:more|other)\s+(?:times|people|women|men|occasions|nights)\s+(?:too|as\s+well|than\s+that|than\s+I)`,
      String.raw`more\s+than\s+(?:once|twice|a\s+few|a\s+couple|that|I\s+(?:have\s+)?(?:said|written|admitted))`,
      String.raw`(?:or|and)\s+(?:so|more|others)\s*(?:[.!?,;]|$)`,
      String.raw`a\s+lot\b(?!\s+(?:of|to|more|less|better|worse|harder|easier|longer|about|in\s+therapy|from|since)\b)(?<!(?:learned|learnt|thought|cried|changed|grown|grew|talked\s+about|written|prayed|struggled|reflected|read|am\s+asking|ask|asking|owe\s+you|have|has|mean[st]?)\s+a\s+lot)|quite\s+a\s+(?:bit|lot|few|number)|a\s+(?:significant|considerable|large|huge|fair|good|big|substantial|certain)\s+(?:amount|sum|number|chunk|part|portion)|(?:huge|large|big)\s+amounts?`,
    ],
    notFollowedBy: [
      String.raw`\s+(?:of\s+)?(?:what|which|who|whom|them|these|those|you|it)\b`,
      String.raw`\s+(?:after|before|later|earlier)\s+(?:our|my|the|your|we|I|you|she|he|they)\b`,
      String.raw`[^.!?]{0,60}?\b(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+(?:those|them|these))`,
    ],
    notPrecededBy: [String.raw`\b(?:the|those|these|my|our|your|how|exactly\s+how)\s+$`],
    unlessClause: [String.raw`^\s*(?:and\s+|but\s+|when\s+)?(?:you|your)\b`, String.raw`\bat\s+least\s+\d`],
    explanation:
      'A word like "a few", "several" or "some" leaves your partner to guess, and guessing is often worse than knowing. A smaller number at first and a larger one later is deeply painful.',
    suggestion: 'Give a number, or an honest range such as "between 20 and 30", and say if it is an estimate.',
  },
  {
    id: 'vague-frequency',
    category: 'vague',
    words: [
      'sometimes',
      'occasionally',
      'on occasion',
      'once in a while',
      'every once in a while',
      'every now and then',
      'now and then',
      'now and again',
      'from time to time',
      'every so often',
      'here and there',
      'on and off',
      'off and on',
      'once or twice',
      'more than once',
      'a few times',
      'a couple of times',
      'a couple times',
      'not very often',
      'not often',
      'rarely',
      'hardly ever',
      'the odd time',
      'regularly',
      'frequently',
      'often',
      'constantly',
      'repeatedly',
      'periodically',
      'routinely',
      'all the time',
      'at times',
      'most days',
      'most nights',
      'most weekends',
      'many times',
      'plenty of times',
      'lots of times',
      'loads of times',
      'countless times',
      'a bunch of times',
      'a lot of times',
      'a handful of times',
      'several times',
      'numerous times',
      'multiple times',
    ],
    patterns: [
      String.raw`(?:${verbForms('spend', 'use', 'watch', 'see', 'meet', 'text', 'talk', 'go', 'do', 'drink', 'pay', 'visit', 'message', 'chat', 'lie', 'hide', 'think')}|spent)\s+(?:(?:\w+\s+){0,2})?(?:a\s+lot|loads|lots|a\s+ton|heaps|plenty|a\s+fair\s+bit|a\s+good\s+bit|a\s+great\s+deal|a\s+bit|a\s+(?:fair|good|large|big|huge|small|certain)\s+(?:amount|sum|chunk|part)|a\s+(?:small\s+)?fortune|quite\s+a\s+bit|too\s+much|so\s+much)(?!\s+(?:of\s+)?(?:about|to\s+tell|from|in\s+therapy))\b`,
    ],
    notFollowedBy: [String.raw`[^.!?]{0,60}?(?:\$|£|€|\d)`],
    notPrecededBy: [String.raw`\b(?:as|how|so|more|less|too)\s+$`],
    unlessClause: [String.raw`^\s*(?:and\s+|but\s+|when\s+)?(?:you|your)\b`],
    explanation:
      'This leaves how often, how much or when open. Your partner will fill the gap, usually with the worst possibility.',
    suggestion: 'Say how many times, how much, or how often ("about twice a month from May 2019 to March 2020").',
  },
  {
    id: 'vague-time',
    category: 'vague',
    words: [
      'a long time ago',
      'some time ago',
      'a while ago',
      'a little while ago',
      'a short while ago',
      'a little while',
      'a good while',
      'over a period of time',
      'for a period',
      'at one stage',
      'at various times',
      'at different times',
      'every now and again',
      'quite a while',
      'for a bit',
      'a bit after',
      'since before',
      'for a long period',
      'a long period',
      'a period of time',
      'not that long ago',
      'not so long ago',
      'pretty much daily',
      'pretty much every day',
      'a long while',
      'over time',
      'over the last few years',
      'over the past few years',
      'for many years',
      'for many months',
      'many months',
      'many years',
      'a while back',
      'a while',
      'years ago',
      'ages ago',
      'way back',
      'the other day',
      'at some point',
      'at one point',
      'in the past',
      'over the years',
      'for years',
      'for ages',
      'for months',
      'for weeks',
      'for some time',
      'for quite some time',
      'for a long time',
      'for a good while',
      'recently',
      'lately',
      'not long ago',
      'back in the day',
      'around that time',
      'at various points',
    ],
    notFollowedBy: [
      String.raw`[^.;!?]{0,40}?${EXACT}`,
      String.raw`\s+(?:understood|understand|realised|realized|learned|learnt|started\s+(?:therapy|seeing\s+(?:a|my)\s+therapist|treatment|recovery)|began\s+(?:therapy|treatment|recovery)|told\s+(?:my|our)\s+(?:therapist|sponsor))\b`,
    ],
    notPrecededBy: [String.raw`${EXACT}[^.;!?]{0,30}$`, String.raw`\b(?:only|most|I\s+have\s+only|I've\s+only)\s+$`],
    unlessClause: [
      String.raw`^\s*(?:and\s+|but\s+|when\s+)?(?:you|your)\b`,
      String.raw`\bif\s+you\b|\b(?:I\s+will|I'll|I\s+would|I'd\s+like)\b`,
    ],
    explanation:
      'This leaves when, or for how long, open. Without a date, your partner has to guess, and may later find it was longer or more recent.',
    suggestion: 'Give a date or a range ("from March 2019 to August 2021", "on 14 May"), and say if it is an estimate.',
  },

  // ---------------------------------------------------------------- graphic
  {
    id: 'graphic-body',
    category: 'graphic',
    words: [
      'penis',
      'penises',
      'vagina',
      'vaginas',
      'breasts',
      'breast',
      'nipples',
      'nipple',
      'genitals',
      'genitalia',
      'buttocks',
      'crotch',
      'clitoris',
      'cock',
      'dick',
      'pussy',
      'tits',
      'boobs',
      'cleavage',
      'naked body',
      'naked bodies',
      'lingerie',
      'panties',
      'bra',
      'thong',
      'underwear',
      'erection',
      'erect',
    ],
    patterns: [
      String.raw`(?:(?:beautiful|amazing|perfect|hot|sexy|tight|toned|firm|curvy|slim|young|naked|nude|soft|smooth|gorgeous|incredible|fit|muscular)\s*,?\s+)+(?:body|bodies|figure|skin|legs|ass|butt|chest|thighs|lips|curves)\b`,
      String.raw`(?:her|his|their)\s+(?:naked\s+|nude\s+|whole\s+)?(?:body|bodies|chest|thighs|ass|butt|neck|skin|curves)\b(?=[^.;!?]{0,60}(?:touch|kiss|lick|look|stare|feel|all\s+over|think|undress|naked|sex|bed))`,
      String.raw`(?:touched|touching|kissed|kissing|licked|licking|stroked|stroking|grabbed|grabbing|caressed|caressing)\s+(?:her|his|their|my)\s+(?:body|neck|chest|thighs?|legs?|ass|butt|stomach|skin)\b`,
      String.raw`(?:her|his|their)\s+tongue|tongue\s+(?:in|inside|down|on|across)\b`,
    ],
    notFollowedBy: [
      String.raw`\s+(?:cancer|biopsy|biopsies|exams?|examination|screening|screenings|feeding|milk|pump|surgery|lump|lumps|tissue|reconstruction|reduction|augmentation|lift|implants?|scans?|clinic|care|health|self-exam|ultrasound|mammogram|infection|herpes|warts|swab|test|tests|check|shop|size)\b`,
      String.raw`-(?:feeding|fed|cancer)`,
    ],
    notPrecededBy: [String.raw`\b(?:sports|nursing|maternity)\s+$`],
    explanation:
      'Describing bodies can plant images your partner may find very hard to let go of, without telling them anything they need for safety.',
    suggestion:
      'Name the kind of contact in plain, general terms (for example "sexual contact" or "intercourse") and leave the rest out unless your partner has asked for it through their therapist.',
  },
  {
    id: 'graphic-acts',
    category: 'graphic',
    words: [
      'orgasm',
      'orgasms',
      'orgasmed',
      'climax',
      'climaxed',
      'aroused',
      'arousing',
      'horny',
      'moaned',
      'moaning',
      'groaned',
      'undressed',
      'undressing',
      'undressed each other',
      'undress',
      'undresses',
      'felt her up',
      'felt him up',
      'feel her up',
      'between her legs',
      'between his legs',
      'between their legs',
      'between my legs',
      'nothing underneath',
      'nothing on underneath',
      'kissed passionately',
      'showered together',
      'wearing nothing but',
      'wore nothing but',
      'nothing but a towel',
      'bathed together',
      'did it again',
      'got off on',
      'get off on',
      'getting off on',
      'passionately',
      'made love',
      'kinky',
      'sexual positions',
      'sexual position',
      'better in bed',
      'good in bed',
      'great in bed',
      'best in bed',
      'blow job',
      'blowjob',
      'blowjobs',
      'hand job',
      'handjob',
      'went down on',
      'go down on',
      'going down on',
      'goes down on',
      'fingered',
      'fingering',
      'doggy style',
      'doggy-style',
      'cowgirl',
      'sixty-nine',
      'rough sex',
      'dirty talk',
      'sex toys',
      'vibrator',
      'stripped for',
      'stripped naked',
      'unbuttoned',
      'unzipped',
      'took off her',
      'took off his',
      'took off their',
      'took off my',
      'grinded',
      'grinding against',
      'sat on my lap',
      'on my lap',
      'pinned me',
      'pinned her',
      'pinned him',
      'scratched my back',
    ],
    patterns: [
      String.raw`ejaculat\w*|cum(?:med|ming)?\b|came\s+(?:really\s+|so\s+|too\s+|very\s+)?(?:fast|quickly|hard|inside|on\s+(?:her|his|my|their)|all\s+over|together|in\s+(?:her|his|my|their))`,
      String.raw`positions?\s+(?:we|they|I)\s+(?:used|tried|did|liked)|positions\b(?<=\b(?:in|different|new|several|many|various|other|all\s+sorts\s+of|lots\s+of|\d+|two|three|four|five)\s+(?:different\s+)?positions)(?:(?<=\b(?:sex|bed)\b[^.;!?]{0,80})|(?=[^.;!?]{0,80}\b(?:sex|bed|night|sofa|couch|car|hotel)))`,
      String.raw`the\s+sex\s+(?:with\s+[\p{L}'-]+\s+)?(?:was|felt|is)\s+(?:${ADV})(?:good|great|amazing|incredible|hot|intense|exciting|better|wild|mind-blowing|passionate|fantastic|unbelievable)`,
      String.raw`(?:turned|turn|turns|turning)\s+(?:me|her|him|them|you|us)\s+on|(?:turned|turn|turns)\s+on\s+(?:so\s+much|by)`,
      String.raw`(?:I|he|you)\s+(?:got|was|get|getting|gets)\s+(?:really\s+|so\s+|very\s+)?hard\b(?!\s+(?:to|for|on|at|with|work|times?|decisions?|choices?|conversations?))|(?:she|he|I|you|they)\s+(?:was|were|got|get|getting|gets)\s+(?:really\s+|so\s+|very\s+)?wet\b`,
      String.raw`sex\s+standing\s+up|missionary\s+(?:position|style)|(?:touch|kiss|lick|rub|strok)\w*\s+(?:\w+\s+){0,2}all\s+over\b(?!\s+(?:again|the|town))`,
      String.raw`(?:licked|licking|sucked|sucking|swallowed|swallow|straddled|straddling|fondled|fondling|groped|groping)\b(?!\s+(?:(?:my|his|her|their)\s+pride|into|in\b|up\s+to))`,
      String.raw`(?:tried|had|did|do|doing|does)\s+anal\b(?!\s+(?:sex|intercourse|contact))`,
      String.raw`(?:sexy|seductive|provocative|revealing|skimpy|see-through|low-cut|short|tight)\s+(?:\w+\s+)?(?:outfit|clothes|dress|lingerie|photos|pictures|underwear|poses?|dance|skirt|top|shorts)(?=[^.;!?]{0,40}\b(?:nothing|sex|bed|naked|underneath|turn|hot|sexy|her\s+body|his\s+body))`,
    ],
    notPrecededBy: [String.raw`\b(?:strip|strip-?club)\s+$`],
    unlessSentence: [String.raw`\b(?:tongue|mouth)\s+shut\b`],
    explanation:
      'Sensations and step-by-step sexual detail can leave images that return again and again. The facts your partner needs are what happened, when, with whom and how often.',
    suggestion:
      'Keep to the kind of contact in general terms. If your partner has asked for more, talk with your therapist about how to answer.',
  },

  {
    id: 'graphic-sensation',
    category: 'graphic',
    patterns: [
      // A body part with a word of touch, look or feel: "how soft her skin was", "I held her hips".
      String.raw`(?:skin|legs|hips|chest|lips|body|thighs|breasts|ass|butt|waist|curves|abs|neck|mouth|hands)\s+(?:was|were|felt|looked|is|are)\s+(?:${ADV})(?:soft|smooth|warm|wet|tight|firm|hard|toned|muscular|curvy|perfect|beautiful|gorgeous|sexy|hot|amazing|incredible)`,
      String.raw`how\s+(?:soft|smooth|warm|wet|tight|firm|hard|toned|muscular|curvy|perfect|beautiful|gorgeous|sexy|hot|good)\s+(?:her|his|their)\s+(?:\w+\s+)?(?:skin|legs|hips|chest|lips|body|thighs|breasts|ass|butt|waist|curves|abs|neck|mouth)`,
      String.raw`(?:held|holding|grabbed|grabbing|touched|touching|stroked|stroking|caressed|caressing|squeezed|squeezing|pulled|pulling|kissed|kissing|bit|biting|spanked|spanking|licked|licking)\s+(?:her|his|their)\s+(?:hips|hair|waist|legs|thighs|lips|neck|chest|back|body|skin)`,
      String.raw`(?:my|her|his|their)\s+hands\s+(?:all\s+)?over\s+(?:her|his|their|my|it|them|me)|(?:ran|run|running|runs)\s+(?:my|his|her|their)\s+hands|(?:hands|mouth|lips)\s+all\s+over\s+(?:me|her|him|them|my|his)`,
      String.raw`each\s+other's\s+bodies|explor(?:ed|ing)\s+(?:each\s+other|her|his|their|my)`,
      String.raw`(?:was|were|got|being|be)\s+on\s+top\b(?!\s+of)|until\s+(?:he|she|they|I|we)\s+(?:finished|came|climaxed)`,
      String.raw`(?:videos?|photos?|pictures?|clips?|images?)\s+of\s+(?:her|him|them)(?:self|selves)?\s+(?:naked|nude|masturbat\w*|touching|undress\w*|in\s+(?:lingerie|underwear|the\s+shower|bed))`,
      String.raw`(?:it|the\s+sex|that|sex\s+with\s+[\p{L}'-]+)\s+was\s+(?:${ADV})(?:hot|amazing|incredible|intense|passionate|wild|great|the\s+best|mind-blowing|fantastic|unbelievable|so\s+good|better)\b`,
      String.raw`the\s+best\s+(?:sex\s+)?I(?:'ve|\s+have)\s+ever\s+had`,
      String.raw`(?:taste|smell|scent|feel|warmth)\s+of\s+(?:her|his|their)|sex\s+(?:in|on)\s+(?:every|all\s+the)\b|(?:each|every)\s+time\s+(?:more|better)|more\s+intense|(?:amazing|great|incredible|fantastic|wonderful|good|better|best|skilled|experienced|adventurous|passionate)\s+lover`,
      String.raw`touch\w*\s+(?:herself|himself|themselves|themself|myself)|(?:gave|give|giving|gives|got|get)\s+(?:me|her|him|them)\s+(?:oral|head|a\s+blow)|(?:got|get|were|was|being|getting)\s+naked|naked\s+(?:together|in\s+(?:the|her|his|my|bed))`,
      String.raw`(?:sex|did\s+it|it|us|me|her|him)\s+(?:\w+\s+)?(?:on|against)\s+the\s+(?:kitchen\s+)?(?:counter|table|wall|floor|desk)\b`,
      String.raw`(?:did|do|doing|does)\s+it\s+(?:in|on|against)\s+(?:the|her|his|my|a|their)\s+(?:shower|bath|car|bed|sofa|couch|floor|table|desk|kitchen|office|pool|beach|back\s+seat)`,
      String.raw`(?:rough|gentle|wild|kinky|dominant|submissive|aggressive)\s+(?:with\s+(?:me|her|him|them)|in\s+bed|sex)|(?:I|she|he|we|they)\s+(?:really\s+)?(?:liked|loved|enjoyed)\s+(?:it|that)\b`,
      String.raw`(?:sex|oral|kiss\w*|touch\w*|undress\w*|foreplay)\b[^.;!?]{0,30}\band\s+then\b[^.;!?]{0,30}\b(?:sex|oral|intercourse|bed|undress\w*)`,
      String.raw`(?:good|great|amazing|incredible|better|best|skilled)\s+at\s+(?:sex|it|oral|kissing|that)|(?:great|amazing|incredible|good|better|best)\s+(?:lover|kisser)`,
    ],
    onlyInSentence: [
      String.raw`\b(?:sex|sexual|sexually|bed|naked|lover|kisser|adventurous|passionate|oral|herself|himself|themselves|intense|taste|smell|nude|kiss\w*|touch\w*|orgasm\w*|undress\w*|body|bodies|skin|hips|lips|chest|breasts?|thighs|legs|top|finished|came|hands|hair|intimate|made\s+love|masturbat\w*|videos?|photos?)\b`,
    ],
    explanation:
      'Describing how bodies looked or felt, or how sex went, can leave images that return again and again. The facts your partner needs are what happened, when, with whom and how often.',
    suggestion:
      'Keep to the kind of contact in general terms. If your partner has asked for more, talk with your therapist about how to answer.',
  },

  // ---------------------------------------------------------------- euphemism
  {
    id: 'euphemism-agency',
    category: 'euphemism',
    words: ['one thing led to another', 'got carried away', 'got caught up in the moment', 'mistakes were made'],
    patterns: [
      // Things "happened": the writer is not the actor.
      String.raw`(?:it|that)\s+(?:just|simply|somehow|kind\s+of|sort\s+of|sorta|kinda)\s+(?:happened|happens|developed|escalated|progressed|evolved|started)`,
      String.raw`(?:things|something|stuff|more|it\s+all)\s+(?:just\s+|simply\s+|somehow\s+|kind\s+of\s+)?(?:went\s+on|was\s+going\s+on|happened|happen|developed|escalated|progressed|evolved|went\s+(?:too\s+far|further|from\s+there)|got\s+(?:physical|out\s+of\s+hand|intimate|heated|serious|complicated)|turned\s+(?:physical|sexual|into))`,
      String.raw`it\s+happened(?=\s*(?:[.!?,;]|$|\s+again\s*[.!?,;]|\s+(?:between|with|after\s+that|from\s+there|that\s+night|one\s+night|at\s+(?:the|a)\b)))`,
      String.raw`(?:got|get|gets|getting|went|go|goes|going|things\s+went)\s+(?:too\s+far|out\s+of\s+hand|physical)`,
      String.raw`(?:it|this|that|things)\s+(?:\w+\s+)?(?:turned|grew|became)\s+into\s+(?:something|more)`,
      String.raw`(?:ended|end|ends|ending)\s+up\s+(?:in\s+(?:bed|a\s+hotel|her|his|their|the)|at\s+(?:her|his|their|a|the)|with\s+(?:her|him|them|someone)|sleeping|having|going|kissing|together|back\s+at|spending|staying|in\s+a)`,
      String.raw`(?:somehow\s+)?I\s+(?:found|find)\s+myself|found\s+myself\s+(?:at|in|with|back)`,
      String.raw`(?:crossed|crossing|cross)\s+(?:a|some|the|many|several|that|those)\s+(?:\w+\s+)?lines?`,
      String.raw`(?:we|I)\s+(?:got|became|grew)\s+(?:too\s+|very\s+|really\s+)?(?:close|involved|attached|intimate)`,
      String.raw`(?:had|have)\s+a\s+(?:little\s+)?thing\s+(?:with|for\s+a|going)`,
      String.raw`(?:got|get|gets|getting)\s+(?:pulled|dragged|sucked|drawn|roped)\s+(?:in|into)\b`,
      String.raw`(?:a|the)\s+situation\s+with|(?:on|had\s+\w+\s+on)\s+the\s+side\b|(?:seeing|dating)\s+(?:someone|somebody|other\s+people)|(?:was|were|is)\s+(?:someone|somebody)\s+else|,?\s*in\s+(?:a|some)\s+ways?\b(?=\s*[.!?,;]|$)`,
      String.raw`moment\s+of\s+(?:madness|weakness|stupidity|insanity|foolishness|passion)|in\s+ways\s+that\s+(?:were|weren't|are|was)|(?:was|were|wasn't)\s+not\s+(?:okay|ok|appropriate)|(?:an|the)\s+incident\b|(?:fell|slid|drifted|stumbled|slipped)\s+(?:back\s+)?into|succumb\w*\s+to|surrender\w*\s+to\s+(?:my|the)|(?:my|the)\s+(?:sexual\s+)?urges|(?:was|been|got|became|being)\s+involved\s+with`,
      String.raw`(?:an|one|a\s+brief|a\s+sexual)\s+encounter|behav\w*\s+(?:badly|inappropriately|poorly|improperly|terribly|out\s+of\s+character)|acted\s+(?:inappropriately|out\s+of\s+character|badly)|(?:things|stuff)\s+(?:that\s+)?(?:I'm|I\s+am|I\s+was|I've\s+never\s+been)\s+not\s+proud\s+of|not\s+proud\s+of\s+(?:it|what|this|that|everything)`,
      String.raw`(?:a\s+(?:little\s+)?)?something\s+going\s+on|a\s+little\s+something|had\s+something\s+(?:going|with)|(?:did|doing|do)\s+(?:some\s+)?(?:stuff|things)\s+with|seemed\s+to\s+(?:just\s+)?happen`,
      String.raw`(?:got|get|became|become)\s+(?:\w+\s+)?(?:tangled|mixed|caught|wrapped)\s+up\s+(?:with|in)|got\s+myself\s+into|(?:we|they)\s+did\s+it\b|made\s+out\b`,
      String.raw`(?:became|become|becoming|got|were|was)\s+more\s+than\s+(?:just\s+)?(?:friends|colleagues|co-?workers)`,
      String.raw`let\s+(?:things|it|this|that|myself)\s+(?:go|get|happen|develop|escalate|slide|drift)|further\s+than\s+(?:it|they|things|I)\s+should`,
      String.raw`gave\s+in\s+to\s+(?:temptation|my\s+\w+|the\s+\w+|it|her|him|them)|(?:the\s+)?temptation\s+(?:was|got)|I\s+was\s+weak\b`,
      String.raw`let\s+my\s+guard\s+down|allowed\s+myself\s+to\s+(?:get|be|become)`,
      String.raw`(?:got|went|spun|became|spiral+ed)\s+(?:a\s+bit\s+|a\s+little\s+|completely\s+|totally\s+|somewhat\s+)?out\s+of\s+(?:control|hand)|it\s+spiral+ed`,
      String.raw`(?:were|was|been|being|got|became)\s+intimate\b`,
      String.raw`(?:was|been|being|slept)\s+with\s+(?:other\s+(?:people|women|men|partners|guys)|someone\s+else|somebody\s+else|another\s+(?:woman|man|person|guy))`,
      String.raw`(?:wasn't|was\s+not|haven't\s+been|have\s+not\s+been|weren't|was\s+never)\s+(?:always\s+|completely\s+|entirely\s+|fully\s+|totally\s+|100%\s+)?(?:honest|truthful|open|transparent|faithful|upfront)(?![^.;!?]{0,30}\b(?:from|between|since|in|during)\s+\d)(?!\s+(?:with\s+you\s+)?(?:when|about\s+(?:the|where|how|what|who|my|our)\s+\w+\s*[:;]))`,
    ],
    unlessClause: [String.raw`\b(?:said|told|claimed|pretended)\b`],
    explanation:
      'Wording like this makes it sound as if things happened on their own, with no one choosing. Your partner needs to hear who did what.',
    suggestion: 'Name what you did with "I" as the subject: "I went to the hotel with...", "I had sex with...".',
  },
  {
    id: 'euphemism-soft-words',
    category: 'euphemism',
    words: [
      'an indiscretion',
      'indiscretions',
      'boundary issues',
      'fooled around',
      'fooling around',
      'messed around',
      'messing around',
      'slept around',
      'sleeping around',
      'hooked up',
      'hooking up',
      'hook up with',
      'hook-up',
      'hookup',
      'hookups',
      'slipped up',
      'slip-up',
      'strayed',
      'straying',
      'lapse in judgement',
      'lapse in judgment',
      'error in judgement',
      'error of judgement',
      'error in judgment',
      'acted out',
      'acting out',
      'act out',
      'acts out',
      'rabbit hole',
      'spent the night together',
      'spent the night with',
      'got involved with',
      'became involved with',
      'was unfaithful',
      'been unfaithful',
      "wasn't always faithful",
      'was not always faithful',
      'not always been faithful',
      'went astray',
      'fell off the wagon',
      'played around',
      'playing around',
    ],
    patterns: [
      String.raw`(?:made|make|making)\s+(?:(?:some|a\s+few|a\s+lot\s+of|many|several|a|big|terrible|bad|serious|huge|stupid|awful|grave|poor|my|an|terrible|horrible|foolish)\s+)+(?:mistakes?|choices|decisions|errors?|misjudgements?|misjudgments?)`,
      String.raw`(?:some|a\s+few|a|my|several|occasional|those)\s+(?:\w+\s+)?(?:slips|slip|lapses|lapse)\b(?!\s+(?:of\s+paper|road))`,
      String.raw`(?:unhealthy|addictive|compulsive|problematic|inappropriate|destructive|risky|bad|old|acting-out|secret)\s+(?:sexual\s+)?behaviou?rs?`,
      String.raw`(?:engaged|engaging|participated|indulged|indulging)\s+in`,
      String.raw`(?:bad|poor|wrong|terrible|questionable|unwise|regrettable)\s+(?:choices|decisions)`,
      String.raw`inappropriate\s+(?:\w+\s+)?(?:relationship|relationships|behaviou?r|contact|friendship|conduct|messages|texting|connection|involvement|things)`,
      String.raw`relapsed|relapsing|(?:a|my|another)\s+relapse(?!\s+(?:prevention|plan))|slipped\b(?!\s+(?:on|the|a|my|out|into|away|through|and))`,
    ],
    notFollowedBy: [
      String.raw`[^.;!?]{0,20}\b(?:on|in)\s+${EXACT}[^.;!?]*\b(?:and|:)\s+(?:I\s+)?(?:went|watched|met|messaged|looked|visited|called|paid|had|spent|texted)\b`,
      String.raw`\s+(?:my|the|a)\s+(?:phone|laptop|camera|car|cable|tv|tablet|computer|screen)\b`,
      String.raw`\s+(?:and\s+)?(?:fell|on\s+the\s+(?:ice|stairs|floor))\b`,
    ],
    unlessClause: [String.raw`\b(?:said|told|claimed|pretended|called\s+it)\b`],
    explanation:
      'A soft word can hide what actually happened. Your partner may be left wondering what it covers, and may imagine more or less than the truth.',
    suggestion: 'Use the plain word for what you did and with whom, in general terms ("I had sex with...", "I kissed...").',
  },
  {
    id: 'euphemism-addiction',
    category: 'euphemism',
    patterns: [
      String.raw`${ADDICTION_ACTOR}\s+(?:\w+\s+)?(?:took\s+over|take\s+over|takes\s+over|won|wins|took\s+control|took\s+me|takes\s+me|had\s+(?:me|control|a\s+hold)|controll\w*|got\s+the\s+better|led\s+me|leads\s+me|drove\s+me|pulled\s+me|told\s+me|kept\s+me|would\s+(?:take|make|drive|lead)|made\s+me|makes\s+me|pushed\s+me|(?:was\s+|is\s+)?(?:running|ruling|driving|calling\s+the\s+shots|in\s+charge|in\s+control|consuming|hijacking)|ran\s+my|ruled\s+my|consumed\s+me|hijacked)`,
      String.raw`(?:in|during)\s+(?:my|the)\s+(?:active\s+)?addiction`,
      String.raw`when\s+I\s+was\s+(?:in\s+my\s+(?:addiction|disease)|using|acting\s+out|in\s+active\s+addiction)`,
      String.raw`it\s+wasn't\s+(?:really\s+)?me|(?:the\s+)?addict\s+in\s+me|(?:the\s+)?(?:other|old)\s+me\b`,
    ],
    explanation:
      'When the addiction, the disease or a mood is the one acting in the sentence, it can sound as if you were not the one choosing. Recovery language belongs in recovery; here your partner needs your part.',
    suggestion: 'Write it with yourself as the actor: "I chose to...", "I went back to...".',
  },

  // ---------------------------------------------------------------- hedging
  {
    id: 'hedging-modal',
    category: 'hedging',
    patterns: [
      // "I may have sent", "it could have been more": possibility where a fact belongs.
      String.raw`(?:I|we|she|he|they|it|there|that|this)\s+(?:may|might|may\s+or\s+may\s+not|might\s+or\s+might\s+not)\s+(?:have|'ve)\b(?!\s+to\b)|(?:may|might)'ve\b`,
      String.raw`(?:it|that|there|this)\s+(?:could|would)\s+(?:have|'ve)\s+been\b|could've\s+been`,
      String.raw`(?:it's|it\s+is|it\s+was|it's\s+quite|it\s+is\s+quite)\s+(?:possible|likely|probable|conceivable)\s+(?:that\s+)?(?:I|we|she|he|they|it|there)\b`,
      String.raw`(?:she|he|they|I|we|it|there)\s+could\s+(?:have|'ve)\s+been\b(?!\s+(?:honest|kinder|better|there\s+for\s+you|more\s+careful|different|truthful|faithful))|not\s+(?:a\s+hundred|100|one\s+hundred)\s*(?:percent|per\s+cent|%)\s+(?:sure|certain)|chances\s+are|in\s+all\s+likelihood|odds\s+are|more\s+than\s+likely|most\s+likely`,
      String.raw`(?:may|might|could|must)\s+well\s+have|must\s+(?:have|'ve)\s+been\s+(?:about|around|roughly|more|less|in|at|on|\d|one|two|three|four|five|six|seven|eight|nine|ten|the\s+(?:first|last))|I'm\s+guessing|I\s+am\s+guessing|I\s+have\s+a\s+(?:feeling|sense|hunch)|(?:it|this)\s+(?:seems|feels|felt|seemed)\s+like|seems\s+to\s+me|as\s+I\s+(?:recall|remember)|I\s+(?:can't|cannot|don't|do\s+not)\s+(?:really\s+)?(?:remember|recall)\s+(?:if|whether|exactly|how\s+(?:many|much|often|long))`,
      String.raw`I\s+(?:would|'d)\s+(?:say|guess|imagine|assume)|I\s+could\s+be\s+wrong|give\s+or\s+take|if\s+I\s+had\s+to\s+guess`,
      String.raw`(?:there\s+)?(?:may|might)\s+(?:also\s+)?(?:have\s+been|be)\s+(?:a\s+few\s+)?(?:more|others|other\s+\w+)`,
      String.raw`(?:I\s+)?(?:can't|cannot|can\s+not)\s+(?:say|be)\s+(?:for\s+)?(?:certain|sure)`,
    ],
    notFollowedBy: [String.raw`\s+(?:not|no|never)\b`],
    explanation:
      'A word like "may have" or "possible" leaves your partner unsure whether something happened at all. That uncertainty can be harder to live with than the fact.',
    suggestion:
      'Say what you know plainly. If something is an estimate, say so ("about 10 times; I am not sure of the exact number").',
  },
  {
    id: 'hedging-adverb',
    category: 'hedging',
    words: [
      'maybe',
      'perhaps',
      'possibly',
      'probably',
      'presumably',
      'conceivably',
      'more or less',
      'sort of',
      'kind of',
      'sorta',
      'kinda',
      'I guess',
      'I suppose',
      "I'm fairly sure",
      "I'm pretty sure",
      'I am fairly sure',
      'I am pretty sure',
      'fairly sure',
      'pretty sure',
    ],
    patterns: [
      String.raw`I\s+(?:think|believe|reckon|imagine|assume|suspect|feel\s+like)\s+(?:that\s+)?(?:maybe|perhaps|possibly|probably|it\s+(?:was|were|started|ended|happened|lasted)|there\s+(?:was|were|might|may)|I\b|we\b|she\b|he\b|they\b|the\s+(?:first|last)|nothing\b|that\s+was|that's\s+all)`,
      String.raw`I\s+(?:don't|do\s+not)\s+(?:think|believe|recall)\s+(?:anything|that|there|I|we|it|so|she|he|they)\b`,
      String.raw`,\s*I\s+(?:think|guess|suppose|believe)\s*(?=[.!?]|$)`,
      String.raw`,\s*I'm\s+not\s+(?:sure|certain)\s*(?=[.!?]|$)`,
    ],
    notFollowedBy: [
      String.raw`\s+(?:will|need|should|won't|going\s+to|you\b|your\b)`,
      String.raw`\s+(?:of|about)\s+(?:what|how|you)`,
    ],
    notPrecededBy: [String.raw`\b(?:what|which|this|that|the|any|every|some|no|a|one)\s+$`],
    unlessClause: [String.raw`\bI\s+(?:think|believe|suppose)\s+(?:you|your)\b`],
    unlessSentence: [
      String.raw`\bnot\s+(?:sure|certain)\s+(?:of|about|whether|if|which|exactly)\b|\b(?:estimate|best\s+guess)\b|\bI\s+will\s+(?:check|confirm|find\s+out)\b|\bI'll\s+(?:check|confirm)\b`,
    ],
    explanation:
      'Words like "maybe", "probably" or "I think" can leave your partner unsure whether something happened, even when you are fairly sure it did.',
    suggestion:
      'Say what you know plainly, and mark estimates as estimates ("about three times", "I am not sure whether it was May or June").',
  },
  {
    id: 'hedging-memory',
    category: 'hedging',
    words: [
      "I don't really remember",
      'I do not really remember',
      "I can't really remember",
      "I don't recall",
      'I do not recall',
      "I can't recall",
      "I don't really know",
      'if I remember correctly',
      'if I remember rightly',
      'if I recall correctly',
      'as far as I can recall',
      'as far as I can remember',
      'as far as I remember',
      'as far as I recall',
      'as far as I know',
      'to the best of my memory',
      'to the best of my knowledge',
      'to the best of my recollection',
      'if memory serves',
    ],
    notFollowedBy: [
      String.raw`[^.!?]*\b(?:estimate|best\s+guess|between\s+\d|about\s+\d|roughly|approximately|at\s+least\s+\d|so\s+I\s+have\s+(?:marked|written))`,
    ],
    explanation: 'Saying you do not remember, without what you do remember, can sound like a way of not answering.',
    suggestion: 'Give what you do know and an honest estimate ("between 10 and 15 times; I am not sure of the exact number").',
  },

  // ---------------------------------------------------------------- self-focus
  {
    id: 'selfFocus-condemnation',
    category: 'selfFocus',
    offersSupport: true,
    patterns: [
      String.raw`I(?:'m|\s+am|\s+was|'ve\s+been|\s+have\s+been|\s+feel\s+like)\s+(?:such\s+|just\s+|nothing\s+but\s+|truly\s+|really\s+)?(?:a|an|the)\s+(?:(?:terrible|horrible|awful|bad|broken|disgusting|evil|sick|worthless|rotten|despicable|vile|pathetic|useless|complete|total|absolute|selfish|lying)\s*,?\s+)*(?:monster|failure|disgrace|disappointment|loser|waste\s+of|piece\s+of\s+\w+|scumbag|creep|pervert|animal|fraud|coward|idiot|joke)\b`,
      String.raw`I(?:'m|\s+am|\s+was|'ve\s+been|\s+have\s+been|\s+feel\s+like)\s+(?:such\s+|just\s+|truly\s+|really\s+)?(?:a|an|the)\s+(?:(?:terrible|horrible|awful|bad|broken|disgusting|evil|sick|worthless|rotten|despicable|vile|pathetic|useless|selfish)\s*,?\s+)+(?:person|human\s+being|human|man|woman|husband|wife|partner|father|mother|parent|mess)\b`,
      String.raw`I(?:'m|\s+am|\s+feel)\s+(?:so\s+|completely\s+|utterly\s+|totally\s+|just\s+)?(?:worthless|disgusting|pathetic|evil|unlovable|beyond\s+help|hopeless|garbage|trash|vile|sick|rotten|irredeemable|unforgivable|broken|a\s+wreck|damaged|a\s+mess)\b`,
      String.raw`go\s+on\s+living|keep\s+living|live\s+with\s+(?:myself|what\s+I(?:'ve|\s+have)?\s+(?:did|done))`,
      String.raw`(?:the|a)\s+worst\s+(?:husband|wife|partner|father|mother|parent|person|man|woman|human)`,
      String.raw`I\s+hate\s+(?:myself|who\s+I\s+am)|(?:can't|cannot)\s+(?:live|stand)\s+(?:with\s+)?myself|(?:sick|disgusted|ashamed)\s+(?:of|with)\s+myself\s+(?:that|I)`,
      String.raw`(?:don't|do\s+not)\s+deserve\s+to\s+(?:live|be\s+alive|exist|be\s+happy|be\s+loved|be\s+here)`,
      String.raw`(?:everyone|you|the\s+kids|my\s+family|you\s+all)\s+would\s+be\s+better\s+off\s+without\s+me`,
      String.raw`I\s+wish\s+I\s+(?:were|was)\s+dead|(?:want|wanted)\s+to\s+die|kill\s+myself|end\s+(?:it\s+all|my\s+life)|wish\s+I\s+(?:could|would)\s+(?:just\s+)?(?:die|disappear)|wish\s+I\s+(?:had\s+)?never\s+been\s+born`,
      String.raw`(?:disgusted|sickened|repulsed)\s+(?:with|by|at)\s+(?:myself|who\s+I\s+am|what\s+I\s+am|the\s+person\s+I)|ashamed\s+of\s+who\s+I\s+am|I\s+(?:hate|loathe|despise)\s+(?:myself|who\s+I)`,
      String.raw`(?:never\s+be|I'm\s+not|I\s+am\s+not|I\s+will\s+never\s+be)\s+good\s+enough|(?:lowest|worst|most\s+(?:terrible|horrible|disgusting))\s+(?:person|human|man|woman|creature)\s+(?:on\s+earth|alive|in\s+the\s+world|ever)`,
      String.raw`lowest\s+of\s+the\s+low|scum\s+of\s+the\s+earth|piece\s+of\s+(?:garbage|trash|shit|crap|dirt)`,
      String.raw`(?:nothing\s+but|such)\s+an?\s+(?:\w+\s+)?(?:cheat|liar|loser|failure|mess|fraud|coward|monster|pig|dog|pervert|creep|disappointment)|I(?:'m|\s+am)\s+an?\s+(?:lying|cheating|pathetic|worthless|disgusting|horrible|terrible|awful|sick|evil)\s+\w+|(?:love|want|forgive|stay\s+with)\s+(?:someone|somebody|a\s+person|a\s+man|a\s+woman)\s+like\s+me|(?:can't|cannot)\s+go\s+on|(?:can't|cannot)\s+(?:take|bear|handle)\s+(?:this|it|much\s+more|any\s+more)|punish\w*\s+myself`,
      String.raw`I\s+deserve\s+(?:to\s+(?:be\s+punished|suffer|die|be\s+alone|lose\s+everything|rot)|nothing|everything\s+bad)`,
    ],
    notPrecededBy: [String.raw`\b(?:not|never)\s+$`],
    explanation:
      'If you are in pain right now, please pause. You can reach your therapist, a crisis line, or your local emergency number, and you can come back to this later. Words like these can also shift the letter toward you, and your partner may feel they have to comfort you.',
    suggestion:
      'When you are ready, keep the letter about your partner and what you did. Your shame is real, and it is worth working through with your therapist.',
  },
  {
    id: 'selfFocus-self-pity',
    category: 'selfFocus',
    patterns: [
      String.raw`(?:hardest|worst|most\s+painful|most\s+difficult|darkest|loneliest)\s+(?:\w+\s+){0,2}(?:of\s+my\s+(?:whole\s+)?life|I've\s+ever|I\s+have\s+ever)`,
      String.raw`I(?:'ve|\s+have)\s+(?:also\s+|really\s+|truly\s+)?(?:suffered|struggled|been\s+through\s+(?:so\s+much|hell|a\s+lot)|been\s+punished|been\s+(?:so\s+|very\s+|really\s+)?(?:depressed|miserable|lonely|alone|broken|devastated|tortured|destroyed))`,
      String.raw`(?:nobody|no\s+one|you\s+have\s+no\s+idea|you\s+don't\s+know|you\s+do\s+not\s+know|you\s+can't\s+imagine|you\s+cannot\s+imagine)\s+(?:knows\s+)?how\s+(?:much|hard|lonely|alone|difficult|painful)\s+(?:\w+\s+){0,3}(?:I|me|it\s+has\s+been\s+for\s+me)`,
      String.raw`(?:torture|agony|hell|so\s+hard|very\s+hard|really\s+hard|so\s+difficult|so\s+painful|unbearable)\s+for\s+me`,
      String.raw`(?:hard|difficult|painful)\s+(?:it\s+)?(?:has\s+been|is|was)\s+for\s+me`,
      String.raw`my\s+(?:life|world|career|reputation)\s+(?:is|has\s+been|was)\s+(?:ruined|over|destroyed|falling\s+apart)`,
      String.raw`punished\s+(?:myself\s+)?enough|paid\s+(?:the\s+price|enough|for\s+it)`,
      String.raw`(?:so\s+)?ashamed\s+(?:that|I)\s+(?:I\s+)?(?:can't|cannot|can\s+barely|can\s+hardly)`,
      String.raw`I(?:'m|\s+am)\s+(?:a\s+)?victim\s+(?:too|as\s+well)|I\s+(?:too|also)\s+am\s+a\s+victim`,
      String.raw`I(?:'ve|\s+have)\s+been\s+(?:so\s+|very\s+|really\s+)?(?:depressed|miserable|lonely|broken)\s+since`,
      String.raw`(?:tearing|ripping|eating|killing|destroying|breaking|crushing)\s+me\s*(?:apart|up|alive|inside)?|I(?:'ve|\s+have)\s+lost\s+(?:everything|so\s+much|it\s+all)|living\s+(?:in\s+)?(?:hell|a\s+nightmare|torment)`,
      String.raw`(?:exhausted|tired|worn\s+out|drained|weary)\s+(?:from|of|by)\s+(?:carrying|keeping|hiding|living\s+with|lying|this)|carrying\s+(?:this|the)\s+(?:secret|burden|weight)`,
      String.raw`how\s+much\s+(?:this|it|all\s+this)\s+(?:has\s+)?(?:cost|hurt|taken\s+from|broken|damaged)\s+me|(?:cost|taken\s+from)\s+me\s+(?:everything|so\s+much)`,
      String.raw`my\s+heart\s+(?:is\s+)?(?:breaking|broken|aches|is\s+aching)|heartbroken|(?:can't|cannot)\s+stop\s+(?:crying|shaking)|(?:done|doing)\s+to\s+myself|I\s+cry\s+every`,
      String.raw`(?:survive|live|go\s+on|cope|manage)\s+(?:if\s+you\s+(?:leave|go)|without\s+you)`,
    ],
    explanation:
      'This turns the moment toward what you have been through. Your pain is real, and your partner may feel they have to take care of it while they are hearing the hardest news.',
    suggestion:
      'Keep this for your therapist or your support group, and keep the letter about what you did and what your partner needs to know.',
  },
  {
    id: 'selfFocus-forgiveness',
    category: 'selfFocus',
    group: 'forgiveness',
    patterns: [
      String.raw`forgive\s+me|(?:be|being|get|getting)\s+forgiven|(?:your|for)\s+forgiveness|(?:will|can|could|would)\s+(?:ever\s+|one\s+day\s+)?forgive|(?:you\s+)?(?:will|would)\s+forgive`,
      String.raw`(?:move|moves|moving)\s+(?:on|past|forward|beyond)\b(?:\s+(?:from\s+)?(?:this|it|all\s+this|the\s+past))?|(?:get|getting|gets)\s+(?:past|beyond|over)\s+(?:this|it|all\s+this|what\s+I\s+did)|(?:put|putting|leave|leaving)\s+(?:this|it|all\s+(?:of\s+)?this|the\s+past)\s+behind\s+us`,
      String.raw`I(?:'m|\s+am)?\s*(?:hope|hoping|pray|praying|wish|wishing)\s+(?:that\s+)?(?:one\s+day\s+|someday\s+|in\s+time\s+|eventually\s+)?(?:we|you\s+and\s+I|our\s+(?:marriage|relationship|family))\s+(?:can|will|could|would|might)\b`,
      String.raw`(?:new|fresh)\s+(?:life|start|beginning|chapter)\s+together|our\s+(?:future|life)\s+together|you(?:'ll|\s+will)\s+(?:stay|forgive|give\s+me)`,
      String.raw`give\s+me\s+(?:a|another|one\s+more|the|a\s+second)\s+chance|(?:a|another)\s+chance\s+to\s+prove|(?:want|need)\s+(?:my|our)\s+(?:family|life|marriage|wife|husband|partner|home)\s+back|(?:want|need)\s+(?:you|us)\s+back|behind\s+us\b`,
      String.raw`I\s+(?:hope|pray|wish)\s+(?:that\s+)?(?:one\s+day\s+|someday\s+|in\s+time\s+)?(?:you|we)\s+(?:can|will|could|would|might)\s+(?:\w+\s+){0,3}?(?:forgive|move|get\s+past|trust|start|be\s+happy|stay|work\s+(?:through|it\s+out)|heal\s+together|give\s+me)|I\s+hope\s+you\s+(?:will|can)\s*(?=[.!]|$)`,
      String.raw`(?:start|starting)\s+(?:fresh|over|again|afresh)|a\s+(?:fresh|new|clean)\s+start|clean\s+slate`,
      String.raw`(?:another|a\s+second|one\s+more|a\s+last)\s+chance`,
      String.raw`trust\s+me\s+again|(?:happy|normal|the\s+way\s+we\s+were|ok|okay|close)\s+again\b`,
      String.raw`leave\s+the\s+past\s+in\s+the\s+past|focus\s+on\s+(?:our|the)\s+future`,
      String.raw`(?:beg|begging|plead|pleading)\s+(?:with\s+)?(?:you\s+)?(?:not\s+to|to\s+stay|to\s+give)|(?:please\s+)?(?:don't|do\s+not)\s+leave\s+me`,
      String.raw`I\s+need\s+you\s+to\s+(?:trust|forgive|stay|understand|believe|give)`,
      String.raw`(?:don't|do\s+not|never)\s+give\s+up\s+on\s+(?:us|me)|(?:go|going|get|getting)\s+back\s+to\s+(?:how|the\s+way|what)\s+(?:we|things|it)\s+(?:were|was|had)|(?:all\s+I\s+want|I\s+just\s+want|I\s+only\s+want)\s+(?:is\s+)?(?:for\s+)?us\b|(?:stay|be)\s+with\s+me\b`,
    ],
    notFollowedBy: [String.raw`\s+(?:out|in|into|house|the\s+(?:car|kids))\b`, String.raw`\s*,`],
    unlessClause: [
      NEGATION,
      String.raw`\b(?:if|whether|when)\s+you\s+(?:decide|choose|want)|\bwhether\s+(?:or\s+not\s+)?you\b`,
      String.raw`\b(?:your|you\s+(?:will|can|may))\s+(?:decision|choice|decide|choose)`,
    ],
    explanation:
      'Asking for forgiveness or to move on puts a request on your partner at the moment they are hearing the truth. Many therapists keep this for a later letter.',
    suggestion:
      'Leave the request out of this letter for now. If your therapist suggests apologies belong here, you can change that in This workbook.',
  },
  {
    id: 'selfFocus-apology',
    category: 'selfFocus',
    group: 'apology',
    patterns: [
      String.raw`I(?:'m|\s+am)\s+(?:so\s+|truly\s+|deeply\s+|very\s+|really\s+)?sorry|I\s+apologi[sz]e|I\s+regret|my\s+(?:deepest\s+|sincere\s+)?apolog(?:y|ies)`,
    ],
    explanation:
      'Your therapist has suggested keeping apologies for a later letter, so that this one stays with the facts your partner needs.',
    suggestion: 'Keep this apology for the restitution letter. You can change this guidance in This workbook.',
  },

  // ---------------------------------------------------------------- conditional apology
  {
    id: 'conditional-apology',
    category: 'conditionalApology',
    patterns: [
      String.raw`(?:sorry|apologi[sz]e|apologies|regret\s+it)\s+(?:\w+\s+){0,2}?if\b`,
      String.raw`(?:sorry|apologi[sz]e|apologies)\s+(?:that\s+)?you(?:'re|'ve|'d)\b|(?:sorry|apologi[sz]e)\s+(?:that\s+)?(?:things|it|this|that|all\s+this)\s+(?:turned\s+out|happened|went|ended\s+up|came\s+to|got|has\s+been)`,
      String.raw`(?:sorry|apologi[sz]e|apologies|regret\s+it)\s+(?:that\s+)?you\s+(?:feel|felt|think|thought|are|were|got|had\s+to|found|see|saw|have\s+been|took|perceive|perceived|believe)`,
      String.raw`(?:sorry|apologi[sz]e|apologies|regret)\s+(?:for\s+)?(?:any|whatever|all\s+the|if\s+any)\s+(?:\w+\s+){0,2}?(?:hurt|pain|distress|upset|harm|confusion|misunderstanding|inconvenience|offence|offense|trouble|discomfort|damage|feelings)`,
      String.raw`regret\s+(?:that\s+you|any\b)`,
      String.raw`(?:sorry|apologi[sz]e)\s+(?:that\s+)?(?:it|this|that)\s+(?:came\s+across|seemed|sounded|came\s+as|comes\s+as|has\s+upset|upset|hurt)`,
      String.raw`if\s+(?:I|anything\s+I\s+(?:did|said|have\s+done)|my\s+\w+|what\s+I\s+did)\s+(?:\w+\s+){0,4}?(?:hurt|upset|offended|harmed|affected|caused)\b[^.!?]*?(?:sorry|apologi\w+)`,
      String.raw`if\s+you\s+(?:were|felt|are|feel|have\s+been|got)\s+(?:\w+\s+){0,3}?(?:hurt|upset|offended|betrayed|affected|bothered)\b[^.!?]*?(?:sorry|apologi\w+)`,
      String.raw`to\s+the\s+extent\s+that`,
      String.raw`(?:sorry|apologi\w+)\s+(?:for\s+)?(?:whatever|anything)\s+(?:I\s+(?:did|said|have\s+done|may\s+have)|that)|(?:made|make|makes)\s+you\s+feel\s+(?:this|that)\s+way`,
      String.raw`(?:sorry|apologi[sz]e)\s+(?:that\s+)?I\s+(?:wasn't|was\s+not)\s+(?:the|a\s+better)`,
    ],
    explanation:
      'An apology with "if", or one about how your partner feels, can sound as if the hurt is in doubt or is your partner\'s to carry. It can land as no apology at all.',
    suggestion: 'Name what you did and that it hurt: "I am sorry I lied to you about where I was."',
  },
];

/* ------------------------------------------------------------------------------------------
 * Partner questions that ask for graphic detail or compare bodies or sexual performance.
 * ---------------------------------------------------------------------------------------- */

const BODY_OR_SEX_COMPARATIVE = String.raw`(?:better|bigger|larger|smaller|thinner|slimmer|skinnier|prettier|hotter|sexier|younger|firmer|tighter|fitter|louder|wilder|kinkier|more\s+(?:attractive|experienced|passionate|exciting|beautiful|adventurous|satisfying|sexual|sexy|intense|fun\s+in\s+bed|good-looking|handsome|skilled)|less\s+(?:inhibited|shy))`;

/**
 * Regular-expression sources (case-insensitive) for questions that ask for sexual detail,
 * compare bodies or sexual performance, or ask for every detail. The graphic rules above
 * are checked too. A match only shows a gentle note; it never stops the partner from
 * keeping the question. Plain questions about protection, testing, places, money, counts
 * and "anyone I know" stay quiet.
 */
export const GRAPHIC_QUESTION_PATTERNS: readonly string[] = [
  // Positions, kinds and feel of sex.
  String.raw`\bsexual\s+positions?\b`,
  String.raw`\b(?:what|which)\s+positions?\s+(?:did|do|were|was)\s+(?:you|they|the\s+two\s+of\s+you)\b(?!.*\b(?:work|job|company|office|hold|held|team|role)\b)`,
  String.raw`\bpositions?\s+(?:you|they)\s+(?:used|tried|did|liked)\b`,
  String.raw`\bwho\s+was\s+on\s+top\b`,
  String.raw`\bwhat\s+(?:kind|kinds|sort|sorts|type|types)\s+of\s+(?:sex|porn|pornography|videos|things\s+in\s+bed)\b`,
  String.raw`\b(?:porn|pornography|videos)\b[^?]*\bwhat\s+(?:kind|kinds|sort|type)\b`,
  String.raw`\b(?:how|what)\s+did\s+(?:it|the\s+sex|that|sex|(?:she|he|they)|(?:her|his|their)\s+\w+)\s+feel\b`,
  String.raw`\bwhat\s+did\s+it\s+feel\s+like\b`,
  String.raw`\bwhat\s+(?:was|is)\s+(?:it|the\s+sex|sex)\s+like\b`,
  String.raw`\bwas\s+(?:the\s+sex|it|sex)\s+(?:better|good|great|hotter|rough|gentle|kinky|wild|passionate|amazing|intense|exciting)\b(?!\s+to\b)`,
  String.raw`\bhow\s+long\s+did\s+(?:the\s+)?sex\s+last\b`,
  String.raw`\b(?:during|while\s+(?:you\s+were\s+)?having)\s+sex\b`,
  String.raw`\bdid\s+you\s+enjoy\b`,
  String.raw`\bturn(?:ed|s)?\s+you\s+on\b`,
  String.raw`\b(?:come|came|cum)\s+(?:inside|in|on)\b|\bswallow\b|\b(?:sex\s+)?toys\b`,
  String.raw`\bfavou?rite\s+(?:thing|part|position|moment)\b|\bbest\s+sex\b`,
  // Bodies.
  String.raw`\b(?:look|looked)\s+like\s+(?:naked|undressed|without\s+clothes)\b`,
  String.raw`\bwhat\s+(?:was|were)\s+(?:she|he|they)\s+wearing\b`,
  String.raw`\b(?:describe|detail)\s+(?:her|his|their)\s+(?:body|looks|figure)\b`,
  String.raw`\b(?:naked|nude)\b[^?]*\bwhat\s+did\s+(?:they|it|the\s+\w+)\s+(?:show|look\s+like)\b`,
  String.raw`\bwith\s+your\s+(?:hands|mouth|tongue|body)\b`,
  String.raw`\b(?:kiss|kissed|touch|touched)\s+(?:her|his|their)\s+(?:body|breasts?|chest|neck)\b`,
  // Comparisons of bodies or sexual performance.
  String.raw`\b${BODY_OR_SEX_COMPARATIVE}\s+(?:\w+\s+){0,3}?than\s+(?:me|I|mine|with\s+me|us|we|my)\b`,
  String.raw`\b(?:better|best)\s+(?:kisser|lover|in\s+bed|at\s+sex)\b`,
  String.raw`\b(?:enjoy|like|liked|prefer|preferred|want|wanted)\w*\b[^?]*\bmore\s+than\s+(?:\w+\s+){0,4}?(?:me|I|mine|with\s+me)\b`,
  String.raw`\bprefer(?:red)?\s+(?:having\s+sex|sex|sleeping|being\s+in\s+bed)\b`,
  String.raw`\bcompare\w*\b[^?]*\b(?:physically|sexually|in\s+bed|bodies|body|looks|size)\b`,
  String.raw`\b(?:rate|rank)\s+(?:her|him|them|me)\b`,
  String.raw`\blast\s+longer\b`,
  String.raw`\b(?:things|anything|something)\s+(?:[\w']+\s+){0,4}?(?:that\s+)?(?:I|we)\s+(?:don't|do\s+not|never|won't|didn't)\b|\b(?:things|anything|something)\s+(?:[\w']+\s+){0,4}?(?:never|don't|didn't)\s+(?:[\w']+\s+){0,2}(?:with|to)\s+me\b`,
  String.raw`\bthings\s+I\s+never\s+could\b|\bI\s+never\s+could\s+in\s+bed\b`,
  // Any comparison with the partner about bodies, looks, kissing, touch or sex.
  String.raw`^(?=[^]*\b(?:than\s+(?:me|mine|I\s+(?:am|do|did|was)|with\s+me|us|we)|compar\w*\s+(?:to|with)\s+(?:me|mine|us)|the\s+way\s+(?:you|I)\s+\w+\s+me|the\s+way\s+I\s+\w+)\b)(?=[^]*\b(?:body|figure|looks|looking|attractive|pretty|beautiful|handsome|sexy|hot|kiss\w*|touch\w*|sex\w*|bed|satisf\w*|adventurous|experienced|endowed|breasts?|chest|penis|size|weight|thin\w*|fit|fitter|young\w*|lover|orgasm\w*|come|enjoy\w*|prefer\w*|passionate|physically)\b)`,
  String.raw`\b(?:make|made|makes)\s+(?:her|him|them|you)\s+(?:come|cum|orgasm|climax)\b|\b(?:well[-\s]endowed|endowed)\b|\btalk(?:ed|ing)?\s+dirty\b|\bdirty\s+talk\b`,
  String.raw`\b(?:like|liked|enjoy|enjoyed|love|loved)\s+(?:most\s+)?about\s+(?:sleeping\s+with|having\s+sex|being\s+in\s+bed|the\s+sex)\b`,
  String.raw`\bsex\b[^?]*\b(?:lights|rough|gentle|toys|noises?|loud|shower|standing|position|on\s+top|costume|role-?play|film(?:ed)?|record(?:ed)?)\b|\b(?:in|into)\s+the\s+(?:shower|bath|hot\s+tub)\s+together\b|\bwhat\s+did\s+you\s+do\s+in\s+the\s+(?:shower|bath|hot\s+tub|bedroom)\b`,
  // Asking for every detail.
  String.raw`\b(?:describe|detail|explain)\b.*\b(?:sex|sexual|sexually|in\s+bed|intimate|body)\b`,
  String.raw`\b(?:exactly|specifically|in\s+detail)\b.*\b(?:sex|sexual|sexually|in\s+bed|to\s+each\s+other)\b`,
  String.raw`\bin\s+(?:full\s+|great\s+|graphic\s+)?detail\b[^?]*\b(?:did|do|happened|had)\b|\bstep\s+by\s+step\b|\bblow\s+by\s+blow\b`,
  String.raw`\bevery\s+(?:single\s+)?(?:sexual\s+)?(?:thing|detail|act)\b|\b(?:all|every)\s+(?:of\s+)?the\s+(?:\w+\s+)?details\b|\beverything\s+(?:\w+\s+){0,3}(?:sexually|in\s+bed|in\s+the\s+bedroom)\b|\bwalk\s+me\s+through\s+everything\b`,
  String.raw`\bwhat\s+(?:exactly\s+)?did\s+(?:you|you\s+two|the\s+two\s+of\s+you)\s+do\b.*\b(?:sexually|in\s+bed|to\s+each\s+other|to\s+them|to\s+you)\b`,
  String.raw`\bwhat\s+did\s+you\s+(?:say|talk\s+about)\b[^?]*\b(?:during|in\s+bed|while)\b[^?]*\bsex\b`,
  String.raw`(?<!\bour\s)\bin\s+bed\b`,
  // Fantasies during sex.
  String.raw`\bwhat\s+did\s+you\s+(?:fantasi[sz]e|think)\s+about\b`,
  String.raw`\bthinking\s+(?:of|about)\s+(?:her|him|them)\s+(?:when|while|during)\b`,
  String.raw`\b(?:undress|undressed|undressing)\b`,
  String.raw`\b(?:tried|try|do|did)\s+anal\b`,
];

export const GRAPHIC_QUESTION_NOTE =
  'Questions about sexual detail, or that compare bodies or what happened in bed, can leave pictures in the mind that are hard to put down afterwards. ' +
  'Many partners find that knowing what happened, when, with whom and how often gives them what they need, ' +
  'while finer detail adds pain without adding safety. This is your choice, and you can keep this question. ' +
  'You might talk it over with your therapist first, or mark it "Not sure yet" for now.';
