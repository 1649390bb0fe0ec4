/**
 * What the section catalog is expected to hold, written out once for the tests that check it
 * (the catalog, the section texts, the export's defaults): each role's sections in the order of
 * the guided path with their titles, the order of the document, and which sections are private
 * by default (left out of a document unless chosen).
 */
import type { Role } from '../../workbook/schema';

interface ExpectedSections {
  path: readonly (readonly [id: string, title: string])[];
  document: readonly string[];
  private: readonly string[];
}

export const EXPECTED_SECTIONS: Readonly<Record<Role, ExpectedSections>> = {
  disclosing: {
    path: [
      ['beforeYouBegin', 'Before you begin'],
      ['inventory', 'Inventory'],
      ['timeline', 'Timeline'],
      ['lies', 'Lies and gaslighting'],
      ['letter', 'The disclosure letter'],
      ['answers', 'Answers to your partner\u2019s questions'],
      ['polygraph', 'Polygraph questions'],
      ['readiness', 'Readiness and care'],
      ['checkIns', 'My check-ins'],
      ['afterDisclosure', 'After the disclosure'],
      ['noContact', 'No-contact letters'],
      ['restitutionLetter', 'Restitution letter'],
    ],
    document: [
      'letter',
      'inventory',
      'timeline',
      'lies',
      'answers',
      'polygraph',
      'noContact',
      'restitutionLetter',
      'readiness',
      'afterDisclosure',
      'checkIns',
    ],
    private: ['readiness', 'afterDisclosure', 'checkIns'],
  },
  partner: {
    path: [
      ['beforeYouBegin', 'Before you begin'],
      ['questions', 'My questions'],
      ['support', 'My support people'],
      ['boundaries', 'Boundaries'],
      ['safetyPlan', 'Safety and self-care plan'],
      ['afterDisclosure', 'After the disclosure'],
      ['checkIns', 'Check-ins'],
      ['impactLetter', 'Emotional impact letter'],
      ['polygraph', 'Polygraph, if it is used'],
      ['crisis', 'Crisis resources'],
    ],
    document: [
      'questions',
      'checkIns',
      'boundaries',
      'safetyPlan',
      'support',
      'impactLetter',
      'crisis',
      'afterDisclosure',
      'polygraph',
    ],
    private: ['checkIns', 'boundaries', 'safetyPlan', 'support', 'impactLetter', 'crisis', 'afterDisclosure', 'polygraph'],
  },
};

/** The sections a new export includes: the document's order without the private ones. */
export const expectedDefaultSections = (role: Role): string[] =>
  EXPECTED_SECTIONS[role].document.filter((id) => !EXPECTED_SECTIONS[role].private.includes(id));
