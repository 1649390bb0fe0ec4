/**
 * Language rules for the disclosure letter, the lies section and the partner's questions.
 *
 * The rules are plain data so that a therapist (or anyone reviewing the product) can read
 * and extend them without touching the engine in `languageCheck.ts`.
 *
 * How a rule is matched:
 * - `words`: whole words or phrases, without regard to case. A space matches any run of
 *   spaces or line breaks, a hyphen also matches a space or nothing ("one-off" = "one off"),
 *   and curly apostrophes are treated as straight ones.
 * - `patterns`: regular-expression sources (JavaScript syntax, case-insensitive, Unicode
 *   mode) for phrasings that a word list cannot cover. Both lists are matched as whole
 *   words: a match never starts or ends in the middle of a word ("just" never matches
 *   inside "justice").
 * - `notFollowedBy` / `notPrecededBy`: regular-expression sources. When the text right
 *   after (or right before, within the same sentence) a match fits one of them, the match
 *   is left alone. This is how common harmless uses are kept quiet.
 * - `skipInReportedSpeech`: when true, the rule stays quiet while the writer is quoting
 *   or reporting what they said in the past ("I told you it was only once"). In the lies
 *   section that is exactly what owning a lie looks like.
 *
 * Keep the `explanation` and `suggestion` warm, plain and free of judgement: the person
 * reading them is doing something very hard.
 */

export const LANGUAGE_CATEGORIES = ['blame', 'minimising', 'justifying', 'vague', 'graphic'] as const;
export type LanguageCategory = (typeof LANGUAGE_CATEGORIES)[number];

export interface LanguageRule {
  /** Stable id; part of the key a writer uses to dismiss one instance. Never rename. */
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
  /** Stay quiet while the writer quotes or reports what they said before. */
  readonly skipInReportedSpeech?: boolean;
  readonly explanation: string;
  readonly suggestion: string;
}

export const LANGUAGE_CATEGORY_LABELS: Record<LanguageCategory, string> = {
  blame: 'Blame',
  minimising: 'Making it smaller',
  justifying: 'Reasons and excuses',
  vague: 'Could be more exact',
  graphic: 'Graphic detail',
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
};

/* ------------------------------------------------------------------------------------------
 * Shared fragments (regular-expression sources).
 * ---------------------------------------------------------------------------------------- */

/** Feelings and states that are often offered as a reason. */
const STATES = String.raw`(?:stressed(?:\s+out)?|drunk|tipsy|high|wasted|lonely|bored|depressed|angry|hurt|tired|exhausted|overwhelmed|unhappy|miserable|frustrated|rejected|neglected|ignored|unappreciated|unloved|sad|anxious|weak|vulnerable|desperate|curious|resentful|empty|numb|insecure|under\s+(?:a\s+lot\s+of\s+|so\s+much\s+)?(?:pressure|stress)|going\s+through\s+(?:a\s+lot|a\s+hard\s+time|a\s+rough\s+patch|a\s+difficult\s+time))`;

/** Acts that are commonly shrunk with "only" or "just". */
const SMALL_ACTS = String.raw`(?:kiss(?:ed|ing)?|flirt(?:ed|ing)?|text(?:ed|ing|s)?|chat(?:ted|ting|s)?|talk(?:ed|ing)?|messag(?:ed|ing|es)|look(?:ed|ing)|watch(?:ed|ing)|brows(?:ed|ing)|touch(?:ed|ing)|online|porn(?:ography)?|fantas(?:y|ies)|physical|sex|fun|friends?|friendship|emotional|words|curiosity|harmless|pictures|photos|a\s+(?:fling|game|massage|phase|kiss|friendship|distraction|release|hobby|habit|bit\s+of\s+fun|little\s+fun))`;

/** Things that can be counted and deserve a number. */
const COUNTABLES = String.raw`(?:times|occasions|encounters|people|persons|women|men|girls|guys|partners|nights|evenings|afternoons|weekends|trips|sites|websites|apps|accounts|profiles|chats|conversations|messages|texts|emails|photos|pictures|images|videos|calls|dates|meetings|visits|sessions|affairs|hook-?ups|escorts|massages|clubs|dollars|hundred|thousand|money|cash|strangers|co-?workers|colleagues)`;

/** Time words, used to keep "only a few weeks after..." quiet. */
const TIME_AFTER = String.raw`\s+(?:of\s+)?(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:ago|before|after|later|earlier|into|since|from|until)\b`;

/* ------------------------------------------------------------------------------------------
 * The rules.
 * ---------------------------------------------------------------------------------------- */

export const LANGUAGE_RULES: readonly LanguageRule[] = [
  // ---------------------------------------------------------------- blame
  {
    id: 'blame-made-me',
    category: 'blame',
    patterns: [
      String.raw`(?:you|she|he|they)\s+(?:made|forced|drove|pushed|pressured|tempted|manipulated|seduced|lured|talked)\s+me(?:\s+(?:into|to))?`,
      String.raw`(?:you|she|he|they)\s+(?:left|gave)\s+me\s+no\s+(?:choice|option)`,
    ],
    notFollowedBy: [
      String.raw`\s+(?:a|an|the|some|dinner|breakfast|lunch|coffee|tea|food|laugh|smile|happy|happier|proud|better)\b`,
      String.raw`\s+(?:to\s+)?(?:be\s+honest|get\s+tested|get\s+help|tell\s+you|through|see\s+a|write)\b`,
    ],
    skipInReportedSpeech: true,
    explanation:
      'This places the cause of your choices on someone else. Even when other people played a part, your partner needs to hear what you chose to do.',
    suggestion: 'Try writing it as your own action: "I chose to..." or "I decided to...".',
  },
  {
    id: 'blame-fault',
    category: 'blame',
    words: [
      'your fault',
      'because of you',
      'thanks to you',
      'you drove me to it',
      'you pushed me away',
      'it was her idea',
      'it was his idea',
      'it was their idea',
      'she started it',
      'he started it',
      'they started it',
      'she came on to me',
      'he came on to me',
      'they came on to me',
      'she initiated it',
      'he initiated it',
      'they initiated it',
      'it was her fault',
      'it was his fault',
      'it was their fault',
    ],
    skipInReportedSpeech: true,
    explanation: 'Pointing to who started something or whose fault it was moves attention away from your own part in it.',
    suggestion: 'Describe what you did and what you chose, and leave out who started it.',
  },
  {
    id: 'blame-if-you',
    category: 'blame',
    patterns: [
      String.raw`if\s+(?:only\s+)?you\s+(?:had|hadn't|had\s+not|'d|would|wouldn't|would\s+not|were|weren't|were\s+not|cared|paid|gave|showed|listened|spent|made)\b`,
      String.raw`had\s+you\s+(?:been|paid|given|shown|listened|cared|spent|made)\b`,
    ],
    notFollowedBy: [
      String.raw`\s+(?:like|prefer|rather)\b`,
      String.raw`\s+(?:ever\s+)?(?:exposed|at\s+risk|infected|harmed|tested)\b`,
    ],
    skipInReportedSpeech: true,
    explanation:
      'A sentence that starts with "if you had..." suggests your partner could have prevented what you did. That can land as blame, even when it is not meant that way.',
    suggestion: 'Leave out what your partner did or did not do, and state your own choices plainly.',
  },
  {
    id: 'blame-you-never',
    category: 'blame',
    patterns: [
      String.raw`you\s+(?:never|always|wouldn't|would\s+never|didn't\s+even|refused\s+to)\b`,
      String.raw`you\s+were\s+(?:always\s+|never\s+|so\s+|too\s+|constantly\s+)*(?:cold|distant|critical|controlling|unavailable)\b`,
      String.raw`you\s+were\s+(?:always|never|so|too|constantly)\s+(?:\w+\s+)?(?:busy|tired|angry|interested|there|around|home|focused\s+on)\b`,
      String.raw`you\s+(?:had\s+)?let\s+yourself\s+go`,
      String.raw`you\s+(?:didn't|did\s+not|don't|do\s+not)\s+(?:want\s+(?:sex|me|to\s+be\s+intimate)|give\s+me|pay\s+attention|make\s+time|appreciate\s+me|understand\s+me|listen\s+to\s+me)`,
    ],
    notFollowedBy: [
      String.raw`\s+(?:once\s+|really\s+|even\s+)?(?:knew|know|suspected|found|saw|asked|deserved|did\s+anything|did\s+nothing|had\s+(?:a|any|the|no)\s+(?:reason|chance|way|choice|idea|cause)|had\s+to|have|trusted|believed|were|was|gave\s+me\s+any|could|caused|agreed|consented|meant|guessed|imagined|noticed|questioned|doubted|told|sensed|felt|said|learned|heard|got|chose|wanted\s+to\s+know)\b`,
    ],
    skipInReportedSpeech: true,
    explanation:
      'Describing what your partner "never" or "always" did can read as a reason for your choices, and it puts your partner on trial in a document that is about you.',
    suggestion: 'Take this out of the disclosure. If it matters to you, bring it to your therapist instead.',
  },

  // ---------------------------------------------------------------- minimising
  {
    id: 'minimising-only-just',
    category: 'minimising',
    patterns: [
      String.raw`(?:it|that|this|they|those|we|these)\s+(?:was|were|is|are)\s+(?:only|just|merely|simply|nothing\s+more\s+than|nothing\s+but)\s+(?:a\s+|an\s+)?${SMALL_ACTS}\b`,
      String.raw`(?:only|just|merely)\s+${SMALL_ACTS}\b`,
      String.raw`I\s+(?:only|just|merely|simply)\s+(?:ever\s+)?(?:looked|watched|talked|texted|chatted|flirted|kissed|messaged|browsed|touched|met|went|sent|used|did\s+it|did\s+that)\b`,
    ],
    notFollowedBy: [
      String.raw`\s+(?:for\s+)?(?:a\s+)?(?:moment|second|minute)\b`,
      String.raw`(?:\s+\w+)?\s+(?:about|to\s+you|with\s+you|to\s+my\s+(?:therapist|sponsor))\b`,
    ],
    notPrecededBy: [String.raw`\b(?:not|the|my|our|your)\s+$`],
    skipInReportedSpeech: true,
    explanation:
      'Words like "only" and "just" can make what happened sound smaller than it was. Your partner is likely to notice them more than anything else in the sentence.',
    suggestion: 'Remove "only" or "just" and let the plain fact stand on its own.',
  },
  {
    id: 'minimising-few',
    category: 'minimising',
    words: [
      'only once',
      'just once',
      'only twice',
      'just twice',
      'only one time',
      'just one time',
      'only one night',
      'just one night',
      'only a few',
      'just a few',
      'only a couple',
      'just a couple',
      'only a little',
      'just a little',
      'only a handful',
      'just a handful',
    ],
    patterns: [String.raw`(?:only|just)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:times|occasions|nights)`],
    notFollowedBy: [TIME_AFTER, String.raw`\s+(?:before|after|when|since|until)\b`],
    notPrecededBy: [String.raw`\b(?:not|the)\s+$`],
    skipInReportedSpeech: true,
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
      "it didn't mean anything",
      'it did not mean anything',
      "didn't mean anything to me",
      "it didn't mean a thing",
      'it was nothing',
      'it was nothing serious',
      'nothing serious',
      'it was never serious',
      'never anything serious',
      'nothing really happened',
      "it wasn't a big deal",
      'it was not a big deal',
      "it's not a big deal",
      'it is not a big deal',
      'no big deal',
      'not a big deal',
      'not that big a deal',
      'not that bad',
      'not so bad',
      'not as bad as',
      "wasn't that bad",
      'was not that bad',
      'could have been worse',
      "could've been worse",
      'harmless',
      "it wasn't really cheating",
      "it wasn't cheating",
      'it was not cheating',
      'not really cheating',
      'technically',
      'not a real affair',
      "wasn't a real affair",
      'not really an affair',
      'a one-time thing',
      'a one-off',
      'a slip-up',
      'a little slip',
    ],
    patterns: [String.raw`at\s+least\s+(?:I|it|we|she|he|they|that|this|nothing)`],
    notFollowedBy: [String.raw`\s+(?:like|close\s+to)\b`],
    skipInReportedSpeech: true,
    explanation:
      'Phrases like this tell your partner how to weigh what happened. Your partner is the one who gets to decide what it means to them.',
    suggestion: 'State what happened and leave the meaning for your partner to find.',
  },

  // ---------------------------------------------------------------- justifying
  {
    id: 'justifying-because-state',
    category: 'justifying',
    patterns: [
      String.raw`(?:because|since|cause|'cause|cos)\s+(?:I\s+(?:was|felt|got|had\s+been|was\s+feeling|had\s+become)|I'd\s+been|I'm|I\s+am)\s+(?:so\s+|very\s+|really\s+|too\s+|feeling\s+|pretty\s+)?${STATES}`,
      String.raw`I\s+was\s+(?:so\s+|very\s+|really\s+|too\s+|feeling\s+|pretty\s+)?${STATES}\s*,?\s+(?:so|and\s+so|that's\s+why|that\s+is\s+why|which\s+is\s+why)\b`,
      String.raw`(?:the|my)\s+(?:alcohol|drinking|drugs|stress|loneliness|pressure|addiction|disease|illness|depression|job|work)\s+(?:made|drove|pushed|caused|led)\s+me`,
    ],
    skipInReportedSpeech: true,
    explanation:
      'When a feeling or a state is given as the reason, it can sound like an excuse, even if it is true. Your partner may hear "it was not really my choice".',
    suggestion:
      'Keep the fact and leave out the reason. Understanding what drove your choices is important work, and it belongs with your therapist.',
  },
  {
    id: 'justifying-needs',
    category: 'justifying',
    patterns: [
      String.raw`I\s+(?:just\s+|really\s+)?needed\s+(?:to\s+feel|to\s+escape|to\s+unwind|to\s+relax|to\s+blow\s+off|an?\s+(?:outlet|release|escape|break)|release|attention|validation|affection|intimacy|sex|excitement|something|someone|somebody|it|to\s+be\s+(?:wanted|desired|noticed|touched|seen))`,
      String.raw`I\s+had\s+needs`,
      String.raw`(?:a\s+man|a\s+woman|a\s+person|everyone|everybody)\s+has\s+needs`,
      String.raw`my\s+needs\s+(?:weren't|were\s+not|were\s+never|never\s+got|went)\s+(?:being\s+)?(?:met|unmet)`,
      String.raw`I\s+(?:deserved|had\s+earned|earned)\s+(?:it|a\s+break|something|some\s+fun|some\s+attention|this)\b`,
      String.raw`I\s+(?:felt|was)\s+entitled`,
    ],
    skipInReportedSpeech: true,
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
      'what else was I supposed to do',
      'what was I supposed to do',
      'I had no choice',
      "I didn't have a choice",
      'I did not have a choice',
      "I couldn't help it",
      'I could not help it',
      "I couldn't help myself",
      'I could not help myself',
      'it just happened',
      'it simply happened',
      'one thing led to another',
      'everyone does it',
      'everybody does it',
      'everyone watches porn',
      'everybody watches porn',
      'boys will be boys',
      "I'm only human",
      'I am only human',
      'I was only human',
      'a moment of weakness',
      'in the heat of the moment',
      'got carried away',
      'got caught up in the moment',
    ],
    patterns: [
      String.raw`it's\s+(?:just\s+)?what\s+(?:men|guys|people|women)\s+do`,
      String.raw`it's\s+normal\s+for\s+(?:men|guys|people|women)\s+to`,
    ],
    skipInReportedSpeech: true,
    explanation:
      'This suggests the choice was out of your hands or that most people would have done the same. It can leave your partner feeling that nothing is owned.',
    suggestion: 'Name the choice as yours: "I chose to...", "I decided to...", "I kept going when I could have stopped."',
  },
  {
    id: 'justifying-relationship',
    category: 'justifying',
    patterns: [
      String.raw`(?:our|the)\s+(?:marriage|relationship|sex\s+life)\s+(?:was|had\s+been|felt)\s+(?:already\s+|basically\s+|pretty\s+much\s+|practically\s+)?(?:dead|over|broken|failing|falling\s+apart|sexless|on\s+the\s+rocks|in\s+trouble|not\s+working|a\s+mess)`,
      String.raw`we\s+(?:weren't|were\s+not|never\s+were|hardly\s+ever\s+were)\s+(?:having\s+sex|intimate|close|connecting)`,
    ],
    skipInReportedSpeech: true,
    explanation:
      'Describing the state of the relationship next to what you did can sound like a reason for it, and your partner may hear it as blame.',
    suggestion: 'Leave the relationship out of this part and keep to your own actions.',
  },

  // ---------------------------------------------------------------- vague
  {
    id: 'vague-count',
    category: 'vague',
    patterns: [
      String.raw`(?:a\s+few|a\s+couple(?:\s+of)?|several|many|multiple|a\s+number\s+of|a\s+handful\s+of|various|numerous|some|a\s+lot\s+of|lots\s+of|countless|a\s+bunch\s+of|plenty\s+of|a\s+few\s+more)\s+${COUNTABLES}`,
      String.raw`(?:for|over)\s+(?:a\s+few|a\s+couple\s+of|several|many|some|a\s+number\s+of)\s+(?:days|weeks|months|years)`,
    ],
    skipInReportedSpeech: true,
    explanation:
      'A word like "a few" or "several" leaves your partner to guess, and guessing is often worse than knowing. A smaller number at first and a larger one later is deeply painful.',
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
      'a while',
      'at some point',
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
    ],
    skipInReportedSpeech: true,
    explanation: 'This leaves how often, or when, open. Your partner will fill the gap, usually with the worst possibility.',
    suggestion: 'Say how many times, or how often ("about twice a month from May 2019 to March 2020").',
  },

  // ---------------------------------------------------------------- graphic
  {
    id: 'graphic-body',
    category: 'graphic',
    words: [
      'penis',
      'vagina',
      'breasts',
      'breast',
      'nipples',
      'nipple',
      'genitals',
      'genitalia',
      'buttocks',
      'crotch',
      'naked body',
      'naked bodies',
      'her body',
      'his body',
      'their body',
      'their bodies',
      'tongue',
      'lingerie',
    ],
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
      'erection',
      'erect',
      'aroused',
      'arousing',
      'turned me on',
      'turns me on',
      'moaned',
      'moaning',
      'undressed',
      'undressing',
      'kinky',
      'sexual positions',
      'sexual position',
      'better in bed',
      'good in bed',
    ],
    patterns: [
      String.raw`ejaculat\w*`,
      String.raw`(?:positions?)\s+(?:we|they)\s+(?:used|tried)`,
      String.raw`the\s+sex\s+(?:was|felt)\s+(?:so\s+|really\s+|very\s+)?(?:good|great|amazing|incredible|hot|intense|exciting|better)`,
      String.raw`turned\s+(?:her|him|them)\s+on`,
    ],
    explanation:
      'Sensations and step-by-step sexual detail can leave images that return again and again. The facts your partner needs are what happened, when, with whom and how often.',
    suggestion:
      'Keep to the kind of contact in general terms. If your partner has asked for more, talk with your therapist about how to answer.',
  },
];

/* ------------------------------------------------------------------------------------------
 * Partner questions that ask for graphic detail.
 * ---------------------------------------------------------------------------------------- */

/**
 * Regular-expression sources (case-insensitive) for questions that ask for sexual detail.
 * The graphic rules above are checked too. A match only shows a gentle note; it never
 * stops the partner from keeping the question.
 */
export const GRAPHIC_QUESTION_PATTERNS: readonly string[] = [
  String.raw`\bsexual\s+positions?\b`,
  String.raw`\b(?:what|which)\s+positions?\s+(?:did|do|were|was)\s+(?:you|they|the\s+two\s+of\s+you)\b(?!.*\b(?:work|job|company|office|hold|held|team|role)\b)`,
  String.raw`\bpositions?\s+(?:you|they)\s+(?:used|tried|did|liked)\b`,
  String.raw`\b(?:describe|detail)\b.*\b(?:sex|sexual|sexually|in\s+bed|intimate)\b`,
  String.raw`\b(?:exactly|specifically|in\s+detail)\b.*\b(?:sex|sexual|sexually|in\s+bed|to\s+each\s+other)\b`,
  String.raw`\bwhat\s+(?:exactly\s+)?did\s+(?:you|you\s+two|the\s+two\s+of\s+you)\s+do\b.*\b(?:sexually|in\s+bed|to\s+each\s+other|to\s+them|to\s+you)\b`,
  String.raw`\bwhat\s+(?:kind|kinds|sort|sorts|type|types)\s+of\s+sex\b`,
  String.raw`\b(?:how|what)\s+did\s+(?:it|the\s+sex|that)\s+feel\b`,
  String.raw`\bwhat\s+(?:was|did)\s+(?:it|the\s+sex)\s+(?:like|feel\s+like)\b`,
  String.raw`\b(?:was|is)\s+(?:the\s+sex|it|sex)\s+(?:better|good|great|hotter)\b`,
  String.raw`\bbetter\s+(?:than\s+me|than\s+with\s+me|in\s+bed)\b`,
  String.raw`\bdid\s+you\s+enjoy\b`,
  String.raw`\bturn(?:ed|s)?\s+you\s+on\b`,
  String.raw`\b(?:look|looked)\s+like\s+(?:naked|undressed|without\s+clothes)\b`,
  String.raw`\bwhat\s+did\s+you\s+(?:fantasi[sz]e|think)\s+about\s+(?:during|while)\b`,
];

export const GRAPHIC_QUESTION_NOTE =
  'Questions about sexual detail can leave pictures in the mind that are hard to put down afterwards. ' +
  'Many partners find that knowing what happened, when, with whom and how often gives them what they need, ' +
  'while finer detail adds pain without adding safety. This is your choice, and you can keep this question. ' +
  'You might talk it over with your therapist first, or mark it "Not sure yet" for now.';
