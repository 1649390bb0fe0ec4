/**
 * The therapist document as data: what the .docx writer (and the Markdown writer used for
 * the benchmark) turn into a file. Pure; no Node, no DOM. Every string in here has already
 * been cleaned of characters that cannot appear in a document (see `cleanText`).
 */
import type { Role } from '../workbook/schema';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  code?: boolean;
  /** A line break before this run's text (Lexical `linebreak`). */
  breakBefore?: boolean;
}

export interface ListItem {
  runs: Run[];
  /** 0 for a top-level item, 1 for an item nested once, ... */
  level: number;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  /** `underQuestion`: belongs to the question before it (set in line with the question's text). */
  | { kind: 'paragraph'; runs: Run[]; style?: 'normal' | 'quote' | 'note' | 'meta' | 'underQuestion' }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | {
      kind: 'table';
      columns: string[];
      widths: number[];
      rows: string[][];
      /** Rows shown greyed, as context (timeline milestones). */
      mutedRows?: readonly number[];
    }
  | {
      kind: 'question';
      /** The partner's stable number for the question (the same in the package, the document and the Answers screen). */
      number: number;
      text: string;
      /** Small tags printed under the question: topic, priority (only when the partner shares it), how to hear the answer. */
      tags?: string[];
      answerBy: string | null;
      answer: Run[][] | null;
      showAnswer: boolean;
      /** For an answer that is written: whether it was reviewed with the therapist. */
      reviewed?: boolean;
    }
  | { kind: 'chart'; chart: CheckInChart };

export interface CheckInChart {
  title: string;
  caption: string;
  /** 0..max; null on days without a value. */
  points: { day: string; value: number | null }[];
  max: number;
  firstDay: string;
  lastDay: string;
}

export interface ExportSection {
  id: string;
  title: string;
  /** A count for the outline ("12 questions"). */
  countLabel: string;
  blocks: Block[];
}

export interface ExportPart {
  role: Role;
  title: string;
  /** "Written by Jordan" etc. */
  author: string;
  lastSaved: string;
  /** Which draft of the letter is included, when a letter is. */
  draftLabel: string | null;
  sections: ExportSection[];
}

export type PageSize = 'a4' | 'letter';

export interface ExportDocument {
  title: string;
  cover: {
    couple: string;
    therapist: string;
    sessionDate: string;
    preparedOn: string;
    notice: string;
  };
  parts: ExportPart[];
  pageSize: PageSize;
  /** "At a glance": the first page after the cover, for documents made from shared packages. */
  glance?: Block[];
}

/** Line of the outline the renderer may see: structure and counts only, never content. */
export interface OutlineEntry {
  level: 1 | 2;
  title: string;
  detail: string;
}

/**
 * Characters XML 1.0 cannot carry (C0 controls except tab/newline/CR, U+FFFE/U+FFFF,
 * lone surrogates) are dropped; CR and CRLF become LF.
 */
export function cleanText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- dropping the characters XML cannot carry is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
  );
}

/** Plain text of runs (for tests and Markdown). */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => (r.breakBefore ? `\n${r.text}` : r.text)).join('');
}
