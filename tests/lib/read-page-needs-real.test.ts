// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { needCategories, readPageNeeds } from '../../lib/needs';
import { hidingRules } from '../../lib/needs/hiding-rules';
import { CATEGORY_CODES } from '../fixtures/case-notes';
import { REAL_PAGES, casePageHtml } from '../fixtures/pages/index';

/** A page of the real-markup set in the test document (happy-dom ignores `selected` on a later option: re-applied). */
function showPage(file: string): void {
  document.documentElement.innerHTML = casePageHtml(file).replace(/^<!doctype html>\s*<html[^>]*>|<\/html>\s*$/gi, '');
  for (const option of Array.from(document.querySelectorAll('option[selected]'))) (option as HTMLOptionElement).selected = true;
}
function page(html: string): Document {
  document.body.innerHTML = html;
  for (const option of Array.from(document.querySelectorAll('option[selected]'))) (option as HTMLOptionElement).selected = true;
  return document;
}
const categoriesOf = (root: Document | Element, computedStyle = false) => needCategories(readPageNeeds(root, { computedStyle })).sort();

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('readPageNeeds on the real tools’ markup (tests/fixtures/pages/real)', () => {
  it.each(REAL_PAGES.map((p) => [p.file, p.expected] as const))('%s → %j', (file, expected) => {
    showPage(file);
    expect(categoriesOf(document, true)).toEqual(expected.map((code) => CATEGORY_CODES[code]).sort());
  });
});

describe('readPageNeeds tells the person from the software', () => {
  it('reads a field label as the context of its value, never as a statement', () => {
    const doc = page(`
      <ul class="list-data">
        <li><small>Identifiant France Travail</small><strong>0000000X</strong></li>
        <li><small>Numéro de sécurité sociale</small><strong>1 92 09 99 000 000 00</strong></li>
        <li><small>Adresse e-mail</small><strong>k.d@exemple.test</strong></li>
        <li><small>Curriculum vitae</small><a href="/cv.pdf">Télécharger le CV</a></li>
        <li><small>Adresse</small><address>CCAS, domiciliation, 1 place de la Mairie</address></li>
      </ul>
      <div><strong>Zone de mobilité</strong><p>Moins de 10 km</p></div>
      <div><strong>Emploi recherché</strong><p>Aide-soignant (J1501)</p></div>
      <div><h4>Niveau de formation</h4><p>Formation de niveau CAP ou BEP</p></div>`);
    expect(categoriesOf(doc)).toEqual([]);
  });

  it('still reads the value of a label that is not data', () => {
    const doc = page(`<ul class="list-data"><li><small>Ressources</small><strong>Sans ressources</strong></li></ul>`);
    expect(categoriesOf(doc)).toEqual(['difficultes-financieres']);
  });

  it('gives each table row the status of its status cell: history rows are not current needs', () => {
    const doc = page(`
      <table><thead><tr><th>Action</th><th>Structure</th><th>Statut</th></tr></thead><tbody>
        <tr><td>Demande de logement social</td><td>CCAS de Lorient</td><td>Réalisée</td></tr>
        <tr><td>Aide au financement du permis de conduire</td><td>Mission locale</td>
          <td><select class="fr-select"><option value="in_progress">En cours</option><option value="abandoned" selected>Abandonnée</option></select></td></tr>
        <tr><td>Bilan de santé</td><td>CPAM</td><td>Clôturé</td></tr>
        <tr><td>Atelier CV</td><td>France Travail</td><td>Terminé</td></tr>
        <tr><td>Dossier de surendettement</td><td>Conseillère budget</td><td>En cours</td></tr>
      </tbody></table>`);
    expect(categoriesOf(doc)).toEqual(['difficultes-financieres']);
  });

  it('reads a ticked criterion, never the help text under a criterion', () => {
    const doc = page(`
      <fieldset><legend>Critères administratifs de niveau 1</legend>
        <div class="form-check"><input type="checkbox" id="c1" aria-describedby="c1_help"><label for="c1">Allocataire AAH</label><div class="form-text" id="c1_help">Allocation aux adultes handicapés</div></div>
        <div class="form-check"><input type="checkbox" id="c2"><label for="c2">Sortant de l'ASE</label><div class="form-text">Aide sociale à l'enfance</div></div>
        <div class="form-check"><input type="checkbox" id="c3" checked aria-describedby="c3_help"><label for="c3">Bénéficiaire du RSA</label><div class="form-text" id="c3_help">Revenu de solidarité active</div></div>
        <div class="form-check"><input type="checkbox" id="c4" checked><label for="c4">Maîtrise de la langue française inférieure au niveau A1</label></div>
      </fieldset>`);
    expect(categoriesOf(doc)).toEqual(['lecture-ecriture-calcul']);
  });

  it('takes tabs, application states and organisation names for the tool, not the person', () => {
    const doc = page(`
      <ul class="nav nav-tabs"><li><a class="nav-link active" href="#">Informations générales</a></li><li><a href="#">Candidatures</a></li><li><a href="#">Suivi des contrats IAE</a></li></ul>
      <h1>Candidature de DUTREUIL Karim <span class="badge">Candidature à l'étude</span></h1>
      <p>Candidature envoyée le 12/11/2026</p><p>France Travail - Agence Rennes Sud</p><p>CAF du Morbihan</p><p>ACI Jardins de Cocagne</p>`);
    expect(categoriesOf(doc)).toEqual([]);
  });

  it('takes situations for statuses, not needs, but reads a criterion that is a need', () => {
    const statuses = page(`
      <div class="form-check"><input type="checkbox" id="s1" checked><label for="s1">Parent isolé</label></div>
      <div class="form-check"><input type="checkbox" id="s2" checked><label for="s2">Senior (+50 ans)</label></div>
      <ul><li>Bénéficiaire du RSA</li><li>Demandeurs d’emploi</li><li>DELD (12-24 mois)</li><li>Diplômé bac</li><li>Titulaire de la RQTH</li></ul>`);
    expect(categoriesOf(statuses)).toEqual([]);
    const need = page(`<div class="form-check"><input type="checkbox" id="h" checked><label for="h">Personne sans hébergement ou hébergée ou ayant un parcours de rue</label></div>`);
    expect(categoriesOf(need)).toEqual(['logement-hebergement']);
  });

  it('reads resolved wording as resolved', () => {
    const doc = page(`<ul><li>Enfants gardés (crèche municipale depuis septembre)</li><li>Garde d'enfants — suivi terminé</li><li>Dette de cantine réglée en octobre</li></ul>`);
    expect(categoriesOf(doc)).toEqual([]);
  });
});

describe('readPageNeeds counts only what the counsellor can see', () => {
  it('skips text made invisible by inline styles (a DOM without layout)', () => {
    const doc = page(`
      <p style="opacity: 0">Surendettement</p>
      <p style="font-size: 0">Addiction à l'alcool</p>
      <p style="color: transparent">Titre de séjour expiré</p>
      <p style="position: absolute; left: -9999px">Pas de permis</p>
      <p style="text-indent: -9999px">Illettrisme</p>
      <p style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0, 0, 0, 0)">Violences conjugales</p>
      <p style="clip-path: inset(50%)">Handicap</p>
      <div style="height: 0; overflow: hidden"><p>Pas d'ordinateur</p></div>
      <p>Sans logement</p>`);
    expect(categoriesOf(doc)).toEqual(['logement-hebergement']);
  });

  it('skips text hidden by the page’s stylesheet the same ways (computed style)', () => {
    document.head.innerHTML = `<style>
      .sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border-width:0}
      .ghost{opacity:0} .tiny{font-size:0} .offscreen{position:absolute;left:-10000px} .clipped{clip-path:inset(100%)}
    </style>`;
    const doc = page(`<p class="sr-only">Surendettement</p><p class="ghost">Pas de permis</p><p class="tiny">Illettrisme</p>
      <p class="offscreen">Addiction</p><p class="clipped">Handicap</p><p>Sans logement</p>`);
    expect(categoriesOf(doc, true)).toEqual(['logement-hebergement']);
    const rules = hidingRules(document);
    for (const name of ['sr-only', 'ghost', 'tiny', 'offscreen', 'clipped']) expect(rules.classes.has(name)).toBe(true);
  });

  it('still reads a collapsed accordion panel (max-height 0, overflow hidden)', () => {
    const doc = page(`<button aria-expanded="false" aria-controls="panel">Situation</button>
      <div id="panel" class="fr-collapse" style="max-height: 0; overflow: hidden"><p>Pas de permis</p></div>`);
    expect(categoriesOf(doc)).toEqual(['mobilite']);
  });
});
