import { describe, expect, it } from 'vitest';
import { leadEnd } from './topic-lead';

describe('where a page’s lead ends', () => {
  const text = 'Teachers in a Michigan district went on strike on Monday. The union said members voted for it. Shawn Fain sent a message of support.';

  it('ends after the text’s second sentence', () => {
    expect(text.slice(0, leadEnd('Teachers strike', text))).toBe('Teachers in a Michigan district went on strike on Monday. The union said members voted for it.');
  });

  it('skips the headline the visible text repeats on its own line', () => {
    const shown = `Teachers strike over pay\n\n${text}`;
    expect(shown.slice(0, leadEnd('Teachers strike over pay', shown))).toBe(`Teachers strike over pay\n\n${text.slice(0, text.indexOf(' Shawn'))}`);
  });

  it('keeps a dotted abbreviation or a title inside its sentence', () => {
    const t = 'The U.S. Army said on Monday that divers had finished. Dr. Lee said the work was over. Salvage crews left.';
    expect(t.slice(0, leadEnd('', t))).toBe('The U.S. Army said on Monday that divers had finished. Dr. Lee said the work was over.');
  });

  it('is the whole of a text of two sentences or fewer', () => {
    expect(leadEnd('', 'One sentence only.')).toBe('One sentence only.'.length);
    expect(leadEnd('Title', 'Title')).toBe('Title'.length);
  });
});
