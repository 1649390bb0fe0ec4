/**
 * Chromium saves the values of text fields into its session-restore files ("form state"),
 * which would put workbook text on disk in plain text. Fields with autocomplete="off" are
 * never saved, so every input, textarea and select gets it as soon as it appears (the
 * observer runs before anyone can type into a new field). Found by tests/e2e/security.spec.ts.
 */
const FIELDS = 'input, textarea, select';

function protect(element: Element) {
  if (element.getAttribute('autocomplete') !== 'off') element.setAttribute('autocomplete', 'off');
}

export function keepFieldsOutOfSessionState(root: Document = document): MutationObserver {
  for (const field of root.querySelectorAll(FIELDS)) protect(field);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(FIELDS)) protect(node);
        for (const field of node.querySelectorAll(FIELDS)) protect(field);
      }
      if (mutation.type === 'attributes' && mutation.target instanceof Element && mutation.target.matches(FIELDS)) {
        protect(mutation.target);
      }
    }
  });
  observer.observe(root.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['autocomplete'] });
  return observer;
}
