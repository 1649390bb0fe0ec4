/**
 * The language check, measured: catch rate per category and overall, share of honest
 * sentences left alone, the same for the question caution, on the tuning part (with the probe
 * rounds) and on the held-out part of the labelled corpus; and the time to check the large
 * sample's ~30,000-word letter, cold (first check in this process, compiling the rules),
 * warm (median of 7, wall and processor time) and as the editor does it when the letter opens.
 */
import {
  CORPUS_HELD_OUT,
  CORPUS_PROBES,
  CORPUS_TUNING,
  QUESTIONS_HELD_OUT,
  QUESTIONS_PROBES,
  QUESTIONS_TUNING,
} from '../../shared/guidance/__fixtures__/languageCorpus';
import { checkLanguage } from '../../shared/guidance/languageCheck';
import { scoreQuestions, scoreSentences, type QuestionScore, type SentenceScore } from '../../shared/guidance/languageScore';
import { countWords, richTextToPlainText } from '../../shared/workbook/richText';
import { buildSample } from '../../shared/workbook/samples';
import os from 'node:os';
import { ms, percentile } from './_stats';

function sentences(score: SentenceScore) {
  const { missed: _m, wronglyNoted: _w, ...figures } = score;
  return figures;
}

function questions(score: QuestionScore) {
  const { missed: _m, wronglyNoted: _w, ...figures } = score;
  return figures;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Processor time of this process, which other processes on a busy machine do not inflate. */
function cpuTime(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

export function run(): Promise<Record<string, unknown>> {
  const sample = buildSample('disclosing', 'large');
  if (sample.role !== 'disclosing') throw new Error('sample role');
  const letter = richTextToPlainText(sample.sections.letter.current);
  const blocks = letter.split('\n');

  let coldCpuMs = 0;
  const coldMs = time(() => {
    coldCpuMs = cpuTime(() => checkLanguage(letter));
  });
  const warm = Array.from({ length: 7 }, () => time(() => checkLanguage(letter)));
  const warmCpu = Array.from({ length: 7 }, () => cpuTime(() => checkLanguage(letter)));
  // The editor checks the blocks it has not seen in one call, joined by a full stop on a line
  // of its own (LanguageCheckPlugin); this is what opening the letter costs.
  const joined = blocks.join('\n.\n');
  const byBlock = Array.from({ length: 5 }, () => time(() => checkLanguage(joined)));

  return Promise.resolve({
    heldOut: {
      letter: sentences(scoreSentences(CORPUS_HELD_OUT)),
      questions: questions(scoreQuestions(QUESTIONS_HELD_OUT)),
    },
    tuning: {
      letter: sentences(scoreSentences(CORPUS_TUNING)),
      questions: questions(scoreQuestions(QUESTIONS_TUNING)),
    },
    probes: {
      letter: sentences(scoreSentences(CORPUS_PROBES)),
      questions: questions(scoreQuestions(QUESTIONS_PROBES)),
    },
    targets: { caught: 0.92, honestLeftAlone: 0.97, cautionCaught: 0.92, plainLeftAlone: 0.97, letterCheckMs: 100 },
    largeLetter: {
      words: countWords(letter),
      blocks: blocks.length,
      firstCheckMs: ms(coldMs),
      firstCheckCpuMs: ms(coldCpuMs),
      checkMedianMs: percentile(warm, 50),
      checkMedianCpuMs: percentile(warmCpu, 50),
      loadAverage: os.loadavg().map((n) => Math.round(n * 10) / 10),
      editorOpenCheckMedianMs: percentile(byBlock, 50),
    },
  });
}
