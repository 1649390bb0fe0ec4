import { z } from 'zod';
import { APOLOGY_GUIDANCE } from '../guidance/languageRules';
import {
  ANSWER_MODES,
  INVENTORY_CATEGORY_IDS,
  LIE_KINDS,
  MILESTONE_KINDS,
  PLACE_IDS,
  QUESTION_CATEGORY_IDS,
  QUESTION_PRIORITIES,
  QUESTION_STATUSES,
} from './categories';
import { MAX_LONG, MAX_SHORT } from './limits';

/**
 * The workbook content schema. Every load and every save is validated against it.
 * New fields get defaults so that files saved by an earlier build of the same
 * schema version still open; incompatible changes bump SCHEMA_VERSION and add a
 * migration in ./migrations.
 */
export const SCHEMA_VERSION = 8;

export const ROLES = ['disclosing', 'partner'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export { MAX_LONG, MAX_SHORT } from './limits';

export const idSchema = z.string().min(1).max(64);
export const shortText = z.string().max(MAX_SHORT);
export const longText = z.string().max(MAX_LONG);
/** Free-form approximate date such as "2019", "spring 2019", "03/2019" or "2019-03-14". */
export const approxDateText = z.string().max(60);
export const isoDateTime = z.string().max(40);
/** A calendar day, YYYY-MM-DD. */
export const dayText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A Lexical editor state as produced by `editorState.toJSON()`. */
export const richTextSchema = z
  .object({
    root: z
      .object({
        type: z.literal('root'),
        children: z.array(z.unknown()),
      })
      .passthrough(),
  })
  .passthrough();
export type RichText = z.infer<typeof richTextSchema>;

export const draftSchema = z.object({
  id: idSchema,
  number: z.number().int().positive(),
  savedAt: isoDateTime,
  content: richTextSchema,
  feedback: longText.default(''),
  reviewedByTherapist: z.boolean().default(false),
});
export type Draft = z.infer<typeof draftSchema>;

/** A letter written in the rich-text editor, with its numbered drafts. */
export const letterSchema = z.object({
  current: richTextSchema.nullable().default(null),
  drafts: z.array(draftSchema).max(500).default([]),
  /** Language-check findings the writer chose to dismiss (finding keys). */
  dismissedChecks: z.array(z.string().max(300)).max(5_000).default([]),
});
export type Letter = z.infer<typeof letterSchema>;

// ---------------------------------------------------------------- disclosing

export const knownPersonSchema = z.object({
  id: idSchema,
  label: shortText.default(''),
  knownToPartner: z.boolean().default(false),
  ongoingContact: z.boolean().default(false),
});

/**
 * An amount of money as people write it: "about $2,400" is { low: 2400, high: null, currency: 'USD' },
 * "2000-3000" a range, and text that cannot be read as a number keeps `low: null` with the words.
 */
export const moneySchema = z.object({
  low: z.number().min(0).max(1e12).nullable().default(null),
  high: z.number().min(0).max(1e12).nullable().default(null),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('USD'),
  text: shortText.default(''),
});
export type Money = z.infer<typeof moneySchema>;

export const inventoryCardSchema = z.object({
  id: idSchema,
  category: z.enum(INVENTORY_CATEGORY_IDS),
  /** Only used for "other" cards. */
  label: shortText.default(''),
  happened: z.enum(['unanswered', 'yes', 'no', 'notSure']).default('unanswered'),
  firstTime: approxDateText.default(''),
  mostRecent: approxDateText.default(''),
  frequency: shortText.default(''),
  peopleCount: z.number().int().min(0).max(1_000_000).nullable().default(null),
  knownPeople: z.array(knownPersonSchema).max(1_000).default([]),
  places: z.array(z.enum(PLACE_IDS)).max(PLACE_IDS.length).default([]),
  placesNote: shortText.default(''),
  /** Money as it was written: an amount or a range with a currency, or only the words typed (v2). */
  money: moneySchema.nullable().default(null),
  moneySource: shortText.default(''),
  unprotectedContact: z.boolean().default(false),
  healthNotes: shortText.default(''),
  liesUsed: longText.default(''),
  disclosedBefore: z.enum(['no', 'partially', 'fully']).default('no'),
  notes: longText.default(''),
});
export type InventoryCard = z.infer<typeof inventoryCardSchema>;

export const timelineEntrySchema = z.object({
  id: idSchema,
  date: approxDateText,
  category: z.enum(INVENTORY_CATEGORY_IDS),
  description: longText,
  inventoryCardIds: z.array(idSchema).max(100).default([]),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/** A life event on the same line of time (a wedding, a birth, a move...), shown greyed as context. Since v7. */
export const milestoneSchema = z.object({
  id: idSchema,
  date: approxDateText.default(''),
  kind: z.enum(MILESTONE_KINDS).default('other'),
  label: shortText.default(''),
});
export type Milestone = z.infer<typeof milestoneSchema>;

/**
 * Whether children saw, found or were present for anything. Details can carry legal and reporting
 * consequences, so a placeholder is enough until the therapist has been asked. Since v7.
 */
export const childrenNoteSchema = z.object({
  happened: z.enum(['unanswered', 'yes', 'no', 'notSure']).default('unanswered'),
  placeholder: longText.default(''),
  talkedWithTherapist: z.boolean().default(false),
});
export type ChildrenNote = z.infer<typeof childrenNoteSchema>;

/** The disclosing partner's own short check-in: distress and the two safety items. Since v7. */
export const selfCheckInSchema = z.object({
  id: idSchema,
  day: dayText,
  distress: z.number().int().min(0).max(10).nullable().default(null),
  harmThoughts: z.boolean().default(false),
  unsafeAtHome: z.boolean().default(false),
  note: longText.default(''),
});
export type SelfCheckIn = z.infer<typeof selfCheckInSchema>;

export const lieItemSchema = z.object({
  id: idSchema,
  kind: z.enum(LIE_KINDS),
  date: approxDateText.default(''),
  description: longText.default(''),
});
export type LieItem = z.infer<typeof lieItemSchema>;

/** A question released by the partner, as imported from a question packet. */
export const releasedQuestionSchema = z.object({
  id: idSchema,
  order: z.number().int().min(0),
  /** The partner's number for this question: given at first release, never reused (v2). */
  number: z.number().int().positive(),
  text: longText,
  category: z.enum(QUESTION_CATEGORY_IDS),
  /** Only when the partner chose to let priorities travel with the questions. */
  priority: z.enum(QUESTION_PRIORITIES).nullable().default(null),
  /** How the partner wants to hear the answer, if they said. */
  answerMode: z.enum(ANSWER_MODES).nullable().default(null),
});
export type ReleasedQuestion = z.infer<typeof releasedQuestionSchema>;

export const answerSchema = z.object({
  text: longText.default(''),
  letterSection: shortText.default(''),
  /** Ticked by the writer once the answer was gone through with their therapist (v2). */
  reviewedWithTherapist: z.boolean().default(false),
});
export type Answer = z.infer<typeof answerSchema>;

export const polygraphQuestionSchema = z.object({
  id: idSchema,
  text: shortText.default(''),
  notes: longText.default(''),
  /** What the words of the question mean (examiners read terms such as "sexual contact" narrowly). Since v6. */
  definitions: longText.default(''),
});

/** Plans for after the disclosure, as answers by prompt id (the prompts live in shared/guidance). Since v6. */
export const afterDisclosureSchema = z.object({ answers: z.record(z.string().max(64), longText).default({}) });
export type AfterDisclosure = z.infer<typeof afterDisclosureSchema>;

/** A no-contact letter to one affair partner, drafted with the therapists. Since v6. */
export const noContactLetterSchema = z.object({
  id: idSchema,
  /** How the writer refers to the person (initials are enough). */
  recipient: shortText.default(''),
  letter: letterSchema.prefault({}),
  review: z.enum(['notYet', 'withTherapist', 'reviewed']).default('notYet'),
  partnerApproved: z.boolean().default(false),
  approvedOn: shortText.default(''),
  sentOn: shortText.default(''),
});
export type NoContactLetter = z.infer<typeof noContactLetterSchema>;

export const disclosingSectionsSchema = z.object({
  beforeYouBegin: z
    .object({
      readiness: z
        .object({
          danger: z.boolean().default(false),
          harmRisk: z.boolean().default(false),
          legalRisk: z.boolean().default(false),
          noSobriety: z.boolean().default(false),
          relationshipEnding: z.boolean().default(false),
        })
        .prefault({}),
      scope: z.enum(['relationship', 'fullHistory']).default('relationship'),
      read: z.boolean().default(false),
    })
    .prefault({}),
  inventory: z
    .object({
      cards: z.array(inventoryCardSchema).max(1_000).default([]),
      /** The workbook's currency for amounts typed without one (ISO 4217). */
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .default('USD'),
      children: childrenNoteSchema.prefault({}),
    })
    .prefault({}),
  timeline: z
    .object({
      entries: z.array(timelineEntrySchema).max(20_000).default([]),
      milestones: z.array(milestoneSchema).max(1_000).default([]),
    })
    .prefault({}),
  lies: z
    .object({
      items: z.array(lieItemSchema).max(5_000).default([]),
      dismissedChecks: z.array(z.string().max(300)).max(5_000).default([]),
    })
    .prefault({}),
  letter: letterSchema.prefault({}),
  answers: z
    .object({
      packet: z
        .object({
          packetId: idSchema,
          releasedAt: isoDateTime,
          importedAt: isoDateTime,
          questions: z.array(releasedQuestionSchema).max(5_000),
        })
        .nullable()
        .default(null),
      answers: z.record(idSchema, answerSchema).default({}),
    })
    .prefault({}),
  polygraph: z
    .object({
      questions: z.array(polygraphQuestionSchema).max(4).default([]),
      examDate: shortText.default(''),
      examiner: shortText.default(''),
    })
    .prefault({}),
  afterDisclosure: afterDisclosureSchema.prefault({}),
  restitutionLetter: letterSchema.prefault({}),
  noContact: z.object({ letters: z.array(noContactLetterSchema).max(100).default([]) }).prefault({}),
  checkIns: z.object({ entries: z.array(selfCheckInSchema).max(10_000).default([]) }).prefault({}),
  readiness: z
    .object({
      checklist: z.record(z.string().max(64), z.boolean()).default({}),
      sessionDate: shortText.default(''),
      dayPlan: longText.default(''),
      weekAfterPlan: longText.default(''),
      contacts: longText.default(''),
    })
    .prefault({}),
});
export type DisclosingSections = z.infer<typeof disclosingSectionsSchema>;

// ---------------------------------------------------------------- partner

export const partnerQuestionSchema = z.object({
  id: idSchema,
  text: longText,
  category: z.enum(QUESTION_CATEGORY_IDS),
  priority: z.enum(QUESTION_PRIORITIES).default('notSure'),
  status: z.enum(QUESTION_STATUSES).default('draft'),
  why: longText.default(''),
  feeling: longText.default(''),
  /** Id of the sample question it came from, if any. */
  fromBank: z.string().max(64).nullable().default(null),
  createdAt: isoDateTime,
  /** Given when the question is first released; kept for good and never given to another (v2). */
  number: z.number().int().positive().nullable().default(null),
  /** How the partner wants to hear the answer, if they say. */
  answerMode: z.enum(ANSWER_MODES).nullable().default(null),
});
export type PartnerQuestion = z.infer<typeof partnerQuestionSchema>;

export const supportPersonSchema = z.object({
  id: idSchema,
  name: shortText.default(''),
  kind: z.enum(['friendFamily', 'group', 'therapist', 'other']).default('friendFamily'),
  contact: shortText.default(''),
  availability: shortText.default(''),
  safeAtNight: z.boolean().default(false),
  notes: longText.default(''),
});
export type SupportPerson = z.infer<typeof supportPersonSchema>;

export const boundarySchema = z.object({
  id: idSchema,
  need: longText.default(''),
  ifNotRespected: longText.default(''),
  discussWithTherapist: z.boolean().default(false),
});
export type Boundary = z.infer<typeof boundarySchema>;

const planPhaseSchema = z.record(z.string().max(64), longText).default({});

/** One test the partner had for their own health, and its result, in their words. Since v7. */
export const ownTestSchema = z.object({
  id: idSchema,
  date: approxDateText.default(''),
  what: shortText.default(''),
  result: shortText.default(''),
});
export type OwnTest = z.infer<typeof ownTestSchema>;

export const checkInSchema = z.object({
  id: idSchema,
  day: dayText,
  ratings: z.record(z.string().max(64), z.number().int().min(0).max(4)).default({}),
  distress: z.number().int().min(0).max(10).nullable().default(null),
  /** Safety items: each brings a gentle, dismissible offer of support. Since schema v4. */
  harmThoughts: z.boolean().default(false),
  unsafeAtHome: z.boolean().default(false),
  note: longText.default(''),
});
export type CheckIn = z.infer<typeof checkInSchema>;

export const localResourceSchema = z.object({
  id: idSchema,
  name: shortText.default(''),
  contact: shortText.default(''),
  notes: shortText.default(''),
});

export const partnerSectionsSchema = z.object({
  beforeYouBegin: z
    .object({
      safety: z
        .object({
          inDanger: z.boolean().default(false),
          afraid: z.boolean().default(false),
          selfHarmThoughts: z.boolean().default(false),
        })
        .prefault({}),
      /** "None of these is true for me right now", so the thank-you follows an actual answer. Since v4. */
      safetyNoneApply: z.boolean().default(false),
      /** Readiness and consent, each a talk-to-your-therapist moment. Since v4. */
      readiness: z
        .object({
          noSupport: z.boolean().default(false),
          pressured: z.boolean().default(false),
          relationshipEnding: z.boolean().default(false),
        })
        .prefault({}),
      read: z.boolean().default(false),
    })
    .prefault({}),
  questions: z
    .object({
      /** Array order is the order for the session. */
      items: z.array(partnerQuestionSchema).max(5_000).default([]),
      /** The next question number to give at a release; numbers are never reused. */
      nextNumber: z.number().int().positive().default(1),
      /** Whether priority labels travel with released questions (off unless the partner chooses). */
      sharePriority: z.boolean().default(false),
    })
    .prefault({}),
  support: z.object({ people: z.array(supportPersonSchema).max(500).default([]) }).prefault({}),
  boundaries: z.object({ items: z.array(boundarySchema).max(500).default([]) }).prefault({}),
  safetyPlan: z
    .object({
      before: planPhaseSchema,
      during: planPhaseSchema,
      after: planPhaseSchema,
      /** The partner's own tests and results: private. Since v7. */
      testing: z.object({ tests: z.array(ownTestSchema).max(200).default([]), notes: longText.default('') }).prefault({}),
    })
    .prefault({}),
  checkIns: z.object({ entries: z.array(checkInSchema).max(10_000).default([]) }).prefault({}),
  impactLetter: letterSchema.prefault({}),
  crisis: z.object({ localResources: z.array(localResourceSchema).max(200).default([]) }).prefault({}),
  afterDisclosure: afterDisclosureSchema.prefault({}),
  /** The partner's own view of a polygraph: optional, private unless included. Since v6. */
  polygraph: z
    .object({
      questions: z
        .array(z.object({ id: idSchema, text: longText.default('') }))
        .max(20)
        .default([]),
      /** Share the suggested questions only when the partner chooses to. */
      includeQuestions: z.boolean().default(false),
      hearResult: longText.default(''),
      notes: longText.default(''),
    })
    .prefault({}),
});
export type PartnerSections = z.infer<typeof partnerSectionsSchema>;

// ---------------------------------------------------------------- workbook

const commonFields = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  displayName: z.string().max(120).default(''),
  /** The section open when the workbook was last used, to reopen there ('' = the first). Since v5. */
  lastSectionId: z.string().max(64).default(''),
  createdAt: isoDateTime,
  savedAt: isoDateTime,
};

/** Per-workbook choices for the language notes (This workbook). */
export const languageGuidanceSchema = z.object({
  /** "My therapist's guidance on apologies and asking for forgiveness". */
  apologies: z.enum(APOLOGY_GUIDANCE).default('noteForgiveness'),
  /**
   * Language notes the writer dismissed in plain fields (answers, polygraph definitions), each
   * key prefixed by where it was: `answer:<questionId>:ruleId:match:n`, `polygraph:<id>:...`.
   */
  dismissedChecks: z.array(z.string().max(300)).max(20_000).default([]),
});
export type LanguageGuidance = z.infer<typeof languageGuidanceSchema>;

export const disclosingWorkbookSchema = z.object({
  ...commonFields,
  role: z.literal('disclosing'),
  languageGuidance: languageGuidanceSchema.prefault({}),
  sections: disclosingSectionsSchema.prefault({}),
});
export type DisclosingWorkbook = z.infer<typeof disclosingWorkbookSchema>;

export const partnerWorkbookSchema = z.object({
  ...commonFields,
  role: z.literal('partner'),
  sections: partnerSectionsSchema.prefault({}),
});
export type PartnerWorkbook = z.infer<typeof partnerWorkbookSchema>;

export const workbookSchema = z.discriminatedUnion('role', [disclosingWorkbookSchema, partnerWorkbookSchema]);
export type Workbook = z.infer<typeof workbookSchema>;
/** What callers may pass in before defaults are applied. */
export type WorkbookInput = z.input<typeof workbookSchema>;

export function emptyWorkbook(role: Role, displayName: string, now: Date): Workbook {
  const stamp = now.toISOString();
  return workbookSchema.parse({ schemaVersion: SCHEMA_VERSION, role, displayName, createdAt: stamp, savedAt: stamp });
}
