// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { hidingRules, subjectOf } from '../../lib/needs/hiding-rules';
import { needCategories, readPageNeeds } from '../../lib/needs';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('subjectOf: what a selector can match', () => {
  it('the last compound decides: its classes, else its tag, else any element', () => {
    expect(subjectOf('.fr-collapse')).toEqual({ classes: ['fr-collapse'] });
    expect(subjectOf('.menu > li.item:not(.open)')).toEqual({ classes: ['item'] });
    expect(subjectOf('.menu li')).toEqual({ classes: [], tag: 'LI' });
    expect(subjectOf('ul.menu ~ div:nth-child(2)')).toEqual({ classes: [], tag: 'DIV' });
    expect(subjectOf('.md\\:hidden')).toEqual({ classes: ['md:hidden'] });
    expect(subjectOf('.panel :first-child')).toBe('any');
    expect(subjectOf('*')).toBe('any');
    expect(subjectOf('[class*="hidden"]')).toBe('any');
    expect(subjectOf(':is(.a, .b)')).toBe('any');
  });

  it('ids, other attributes and pseudo-elements need no stylesheet check (the element is read anyway, or stays shown)', () => {
    expect(subjectOf('#aide')).toBe('none');
    expect(subjectOf('.card [data-state="closed"]')).toBe('none');
    expect(subjectOf('.badge::before')).toBe('none');
  });
});

describe('hidingRules: the rules of the page that can hide', () => {
  it('reads style rules, media and nested groups, and keeps only hiding declarations', () => {
    document.head.innerHTML = `<style>
      .fr-collapse { display: none } .fr-badge { color: red }
      @media (max-width: 40em) { .md\\:hidden { visibility: hidden } }
      .menu li, .tooltip { display: none } .toggle { display: var(--shown) }
    </style>`;
    const rules = hidingRules(document);
    expect(rules.any).toBe(false);
    expect([...rules.classes].sort()).toEqual(['fr-collapse', 'md:hidden', 'toggle', 'tooltip']);
    expect([...rules.tags]).toEqual(['LI']);
  });
});

describe('readPageNeeds with stylesheets', () => {
  it('skips what a rule hides — also an element without attributes, by its tag in context — and reads the rest', () => {
    document.head.innerHTML = '<style>.menu li { display: none } .aide { display: none } .md\\:hidden { visibility: hidden }</style>';
    document.body.innerHTML = `<main>
      <ul class="menu"><li>Dettes de loyer</li></ul>
      <p class="aide">Addiction, surendettement, handicap</p>
      <p class="md:hidden">Sans permis de conduire</p>
      <p class="constat">Elle a besoin d’une mutuelle.</p>
    </main>`;
    expect(needCategories(readPageNeeds(document, { computedStyle: true }))).toEqual(['sante']);
  });
});
