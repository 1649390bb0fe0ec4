/**
 * Full workbooks in which every free-text field (names, inventory, timeline, lies, letter and
 * its drafts, answers, polygraph, readiness, questions, support people, boundaries, safety
 * plan, check-ins, impact letter, crisis resources) holds its own unique sentinel string.
 * Sentinels share a prefix that is built at run time (never a literal in any shipped file),
 * so a scan for the prefix finds any of them, and the full sentinel says which field leaked.
 */
import { randomBytes } from 'node:crypto';
import { SCHEMA_VERSION, workbookSchema, type Role, type Workbook } from '../../shared/workbook/schema';

export interface SentinelSet {
  /** The shared prefix, e.g. "Qz" + 8 random letters. Scan for this. */
  prefix: string;
  /** Every sentinel used, with the field it went into. */
  fields: Map<string, string>;
  workbooks: Record<Role, Workbook>;
}

function letters(n: number): string {
  const alphabet = 'BCDFGHJKLMNPQRSTVWXZ';
  return [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');
}

export function richText(text: string) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text }],
        },
      ],
    },
  };
}

export function makeSentinels(now = new Date()): SentinelSet {
  const prefix = `Qz${letters(8)}`;
  const fields = new Map<string, string>();
  let n = 0;
  const s = (field: string) => {
    const value = `${prefix}${String(++n).padStart(3, '0')}x`;
    fields.set(value, field);
    return value;
  };
  const stamp = now.toISOString();
  const day = stamp.slice(0, 10);

  const disclosing = workbookSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    role: 'disclosing',
    displayName: s('disclosing.displayName'),
    createdAt: stamp,
    savedAt: stamp,
    sections: {
      inventory: {
        cards: [
          {
            id: 'card-1',
            category: 'other',
            label: s('inventory.label'),
            happened: 'yes',
            firstTime: s('inventory.firstTime'),
            mostRecent: s('inventory.mostRecent'),
            frequency: s('inventory.frequency'),
            peopleCount: 2,
            knownPeople: [{ id: 'p1', label: s('inventory.knownPeople.label'), knownToPartner: true, ongoingContact: false }],
            places: ['home'],
            placesNote: s('inventory.placesNote'),
            money: { low: null, high: null, currency: 'USD', text: s('inventory.money') },
            moneySource: s('inventory.moneySource'),
            healthNotes: s('inventory.healthNotes'),
            liesUsed: s('inventory.liesUsed'),
            notes: s('inventory.notes'),
          },
        ],
      },
      timeline: {
        entries: [
          {
            id: 't1',
            date: s('timeline.date'),
            category: 'other',
            description: s('timeline.description'),
            inventoryCardIds: ['card-1'],
          },
        ],
      },
      lies: {
        items: [{ id: 'l1', kind: 'coverStory', date: s('lies.date'), description: s('lies.description') }],
        dismissedChecks: [],
      },
      letter: {
        current: richText(s('letter.current')),
        drafts: [
          {
            id: 'd1',
            number: 1,
            savedAt: stamp,
            content: richText(s('letter.draft')),
            feedback: s('letter.feedback'),
            reviewedByTherapist: true,
          },
        ],
      },
      answers: {
        packet: {
          packetId: 'packet-1',
          releasedAt: stamp,
          importedAt: stamp,
          questions: [
            {
              id: 'q1',
              order: 0,
              number: 1,
              text: s('answers.question'),
              category: 'scope',
              priority: 'needToKnow',
              answerMode: null,
            },
          ],
        },
        answers: { q1: { text: s('answers.text'), letterSection: s('answers.letterSection') } },
      },
      polygraph: { questions: [{ id: 'pg1', text: s('polygraph.text'), notes: s('polygraph.notes') }] },
      readiness: {
        checklist: {},
        sessionDate: s('readiness.sessionDate'),
        // dayPlan and weekAfterPlan are kept in the schema only for files written before
        // migration 0006 moved them into After the disclosure; nothing writes or shows them now.
        dayPlan: '',
        weekAfterPlan: '',
        contacts: s('readiness.contacts'),
      },
      afterDisclosure: { answers: { sleeping: s('afterDisclosure.sleeping'), agreements: s('afterDisclosure.agreements') } },
      restitutionLetter: { current: richText(s('restitutionLetter.current')), drafts: [] },
      noContact: {
        letters: [
          {
            id: 'nc1',
            recipient: s('noContact.recipient'),
            letter: { current: richText(s('noContact.letter')) },
            sentOn: s('noContact.sentOn'),
          },
        ],
      },
    },
  });

  const partner = workbookSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    role: 'partner',
    displayName: s('partner.displayName'),
    createdAt: stamp,
    savedAt: stamp,
    sections: {
      questions: {
        items: [
          {
            id: 'q1',
            text: s('questions.text'),
            category: 'timeline',
            priority: 'needToKnow',
            status: 'ready',
            why: s('questions.why'),
            feeling: s('questions.feeling'),
            createdAt: stamp,
          },
        ],
      },
      support: {
        people: [
          {
            id: 'sp1',
            name: s('support.name'),
            kind: 'friendFamily',
            contact: s('support.contact'),
            availability: s('support.availability'),
            safeAtNight: true,
            notes: s('support.notes'),
          },
        ],
      },
      boundaries: {
        items: [
          { id: 'b1', need: s('boundaries.need'), ifNotRespected: s('boundaries.ifNotRespected'), discussWithTherapist: true },
        ],
      },
      safetyPlan: {
        before: { companion: s('safetyPlan.before.companion'), notes: s('safetyPlan.before.notes') },
        during: { bodyCalm: s('safetyPlan.during.bodyCalm') },
        // The "after the session" part moved into After the disclosure (migration 0006).
      },
      afterDisclosure: {
        answers: {
          stopSignal: s('partner.afterDisclosure.stopSignal'),
          evening: s('safetyPlan.after.evening'),
          whoToCall: s('safetyPlan.after.whoToCall'),
        },
      },
      polygraph: {
        questions: [{ id: 'pp1', text: s('partner.polygraph.question') }],
        hearResult: s('partner.polygraph.hearResult'),
      },
      checkIns: { entries: [{ id: 'c1', day, ratings: { sleep: 2 }, distress: 5, note: s('checkIns.note') }] },
      impactLetter: {
        current: richText(s('impactLetter.current')),
        drafts: [
          {
            id: 'd1',
            number: 1,
            savedAt: stamp,
            content: richText(s('impactLetter.draft')),
            feedback: s('impactLetter.feedback'),
          },
        ],
      },
      crisis: { localResources: [{ id: 'r1', name: s('crisis.name'), contact: s('crisis.contact'), notes: s('crisis.notes') }] },
    },
  });

  return { prefix, fields, workbooks: { disclosing, partner } };
}

/** Where `needle` occurs in `bytes` as UTF-8 or UTF-16LE (the two encodings Chromium writes text in). */
export function findText(bytes: Buffer, needle: string): ('utf8' | 'utf16le')[] {
  const found: ('utf8' | 'utf16le')[] = [];
  if (bytes.includes(Buffer.from(needle, 'utf8'))) found.push('utf8');
  if (bytes.includes(Buffer.from(needle, 'utf16le'))) found.push('utf16le');
  return found;
}
