// The test document (happy-dom) restyled for the content script's page-colour tests.

/** The test's document styled by `css`, around one line of article text (happy-dom gives
 *  computed colours back as written: rgb() here, as the browsers serialise them). */
export function pageWith(css: string): Document {
  document.head.innerHTML = `<style>${css}</style>`;
  document.body.innerHTML = '<p>Bezalel Smotrich spoke.</p>';
  return document;
}
