/**
 * Every place people write follows the direction of what they write: Hebrew, Arabic or Persian
 * text reads right to left, with its punctuation at the right end, next to English text that
 * reads left to right. `dir="auto"` on each text field and on the letter editor (set as soon as
 * one appears, so no screen can forget it); CSS `unicode-bidi: plaintext` lets each paragraph
 * of a text area and each editor paragraph take its own direction.
 */
const WRITING = "textarea, input:not([type]), input[type='text'], input[type='search'], [contenteditable='true']";

function follow(element: Element) {
  if (!element.hasAttribute('dir')) element.setAttribute('dir', 'auto');
}

export function followTextDirection(root: Document = document): MutationObserver {
  for (const field of root.querySelectorAll(WRITING)) follow(field);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes') {
        if (mutation.target instanceof Element && mutation.target.matches(WRITING)) follow(mutation.target);
        continue;
      }
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(WRITING)) follow(node);
        for (const field of node.querySelectorAll(WRITING)) follow(field);
      }
    }
  });
  observer.observe(root.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['contenteditable', 'type'],
  });
  return observer;
}
