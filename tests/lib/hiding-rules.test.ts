// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { hidingRules, subjectOf } from '../../lib/needs/hiding-rules';
import { needCategories, readPageNeeds } from '../../lib/needs';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('subjectOf: what a selector can match', () => {
  it('the last compound decides: a class, else an id, else an attribute, else a tag, else any element', () => {
    expect(subjectOf('.fr-collapse')).toEqual({ class: 'fr-collapse' });
    expect(subjectOf('.menu > li.item:not(.open)')).toEqual({ class: 'item' });
    expect(subjectOf('.menu li')).toEqual({ tag: 'LI' });
    expect(subjectOf('ul.menu ~ div:nth-child(2)')).toEqual({ tag: 'DIV' });
    expect(subjectOf('.md\\:hidden')).toEqual({ class: 'md:hidden' });
    expect(subjectOf('#aide')).toEqual({ id: 'aide' });
    expect(subjectOf('.card [data-state="closed"]')).toEqual({ attribute: 'data-state' });
    expect(subjectOf('div[aria-expanded=false] + div')).toEqual({ tag: 'DIV' });
    expect(subjectOf('.panel :first-child')).toBe('any');
    expect(subjectOf('*')).toBe('any');
    expect(subjectOf('[class*="hidden"]')).toBe('any');
    expect(subjectOf(':is(.a, .b)')).toBe('any');
  });

  it('a pseudo-element hides no element', () => {
    expect(subjectOf('.badge::before')).toBe('none');
  });
});

describe('hidingRules: the rules of the page that can hide', () => {
  it('reads style rules, media and nested groups, and keeps only hiding declarations', () => {
    document.head.innerHTML = `<style>
      .fr-collapse { display: none } .fr-badge { color: red }
      @media (max-width: 40em) { .md\\:hidden { visibility: hidden } }
      .menu li, .tooltip { display: none } .toggle { display: var(--shown) }
      #aide, [data-state="closed"] { display: none }
    </style>`;
    const rules = hidingRules(document);
    expect(rules.any).toBe(false);
    expect([...rules.classes].sort()).toEqual(['fr-collapse', 'md:hidden', 'toggle', 'tooltip']);
    expect([...rules.tags]).toEqual(['LI']);
    expect([...rules.ids]).toEqual(['aide']);
    expect([...rules.attributes].sort()).toEqual(['data-state', 'popover']);
  });
});

describe('readPageNeeds with stylesheets', () => {
  it('skips what a rule hides — also an element without attributes, by its tag in context — and reads the rest', () => {
    document.head.innerHTML = '<style>.menu li { display: none } .aide { display: none } .md\\:hidden { visibility: hidden } #conseils, [data-state="closed"] { display: none }</style>';
    document.body.innerHTML = `<main>
      <ul class="menu"><li>Dettes de loyer</li></ul>
      <p class="aide">Addiction, surendettement, handicap</p>
      <p class="md:hidden">Sans permis de conduire</p>
      <div id="conseils" role="region">Illettrisme</div>
      <div data-state="closed" class="panneau">Sans logement</div>
      <div data-state="open" class="panneau">Elle cherche une formation de soudeuse.</div>
      <p class="constat">Elle a besoin d’une mutuelle.</p>
    </main>`;
    expect(needCategories(readPageNeeds(document, { computedStyle: true }))).toEqual(['se-former', 'sante']);
  });
});
