export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  hint: string;
}

const LABELS = ['Very easy to guess', 'Easy to guess', 'Fair', 'Strong', 'Very strong'] as const;

let loaded: Promise<
  (text: string) => { score: 0 | 1 | 2 | 3 | 4; feedback: { warning: string | null; suggestions: string[] } }
> | null = null;

/** zxcvbn-ts with its English and common dictionaries, loaded on first use (it is large). */
function loadZxcvbn() {
  loaded ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, en]) => {
    const factory = new core.ZxcvbnFactory({
      translations: en.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...en.dictionary },
    });
    return (text: string) => {
      const result = factory.check(text);
      return { score: result.score, feedback: { warning: result.feedback.warning, suggestions: result.feedback.suggestions } };
    };
  });
  return loaded;
}

export async function estimateStrength(passphrase: string): Promise<Strength> {
  const check = await loadZxcvbn();
  const result = check(passphrase.slice(0, 256));
  return {
    score: result.score,
    label: LABELS[result.score],
    hint: result.feedback.warning ?? result.feedback.suggestions[0] ?? '',
  };
}
