// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { flatBefore } from './flat-before';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The elements' ids from `node` back to the document's start, as flatBefore walks. */
function idsBefore(node: Node): string[] {
  const ids: string[] = [];
  for (let at = flatBefore(node); at; at = flatBefore(at)) if (at instanceof Element && at.id) ids.push(at.id);
  return ids;
}

describe('flatBefore', () => {
  it('walks back in tree order through siblings’ last descendants and parents', () => {
    document.body.innerHTML = '<div id="a"><span id="b"><i id="c"></i></span></div><p id="d">x</p>';
    expect(idsBefore(document.getElementById('d')!)).toEqual(['c', 'b', 'a']);
  });

  it('walks a host’s open shadow tree in place of its children, then the host', () => {
    document.body.innerHTML = '<div id="host"><b id="light">unshown</b></div><p id="after">x</p>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<a id="one" href="#"></a><a id="two" href="#"></a>';
    expect(idsBefore(document.getElementById('after')!)).toEqual(['two', 'one', 'host']);
    expect(idsBefore(root.getElementById('two')!)).toEqual(['one', 'host']);
  });

  it('walks a slot’s assigned nodes in place of its fallback', () => {
    document.body.innerHTML = '<div id="host"><b id="first">1</b><b id="second">2</b></div><p id="after">x</p>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<a id="start" href="#"></a><slot id="slot"><i id="fallback"></i></slot>';
    expect(idsBefore(document.getElementById('after')!)).toEqual(['second', 'first', 'slot', 'start', 'host']);
    expect(idsBefore(document.getElementById('second')!)).toEqual(['first', 'slot', 'start', 'host']);
  });
});
