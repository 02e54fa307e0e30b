// words.js: the page's own words in the reader's language, for the scripts bundled with
// page.js (one scope: scripts/lib/assemble.mjs).
//
//   tr('Copy link')         the words in the language of the pack page.js handed over,
//                           English until then: the English words are the key, as the
//                           core's T() (scripts/lib/languages.py collects every tr('...')
//                           under web/ and every data-tr element of web/index.html into
//                           the keys each data/messages file must have)
//   trf('%s could not load', name)   the same with its %s filled in order (a language
//                           may number them: %2$s), as the core's formats
//   usePageWords(messages)  a pack's messages (null: English), then translatePage()
//   translatePage()         the page's own HTML: an element marked data-tr gets its
//                           words in the language, data-tr-label its aria-label
//   wordsOf(element, 'English words'), labelOf(element, 'English words')
//                           an element a script makes, marked so: its text or its
//                           aria-label now, and again with each language
'use strict';
let pageWords = null;
// eslint-disable-next-line no-unused-vars
function tr(english) {
  return pageWords?.[english] ?? english;
}
// eslint-disable-next-line no-unused-vars
function trf(english, ...values) {
  let next = 0;
  return tr(english).replace(/%(?:(\d+)\$)?s/g, (_, position) => String(values[position ? position - 1 : next++]));
}
function translatePage() {
  for (const element of document.querySelectorAll('[data-tr]')) {
    element.dataset.tr ||= element.textContent.replace(/\s+/g, ' ').trim();
    element.textContent = tr(element.dataset.tr);
  }
  for (const element of document.querySelectorAll('[data-tr-label]')) {
    element.dataset.trLabel ||= element.getAttribute('aria-label');
    element.setAttribute('aria-label', tr(element.dataset.trLabel));
  }
}
// eslint-disable-next-line no-unused-vars
function wordsOf(element, english) {
  element.dataset.tr = english;
  element.textContent = tr(english);
  return element;
}
// eslint-disable-next-line no-unused-vars
function labelOf(element, english) {
  element.dataset.trLabel = english;
  element.setAttribute('aria-label', tr(english));
  return element;
}
// eslint-disable-next-line no-unused-vars
function usePageWords(messages) {
  pageWords = messages;
  translatePage();
}
