// Synthetic team directories for the import benchmarks: realistic French rows, deterministic.
const NETWORKS = ['mission-locale', 'france-travail', 'ccas-cias', 'plie', 'cidff', 'caf', ''];
const THEMES = ['mobilite--preparer-un-permis', 'logement-hebergement--louer-un-logement', 'equipement-et-alimentation--alimentation', 'difficultes-financieres--situation-dendettement-surendettement', 'sante--acces-aux-soins'];
const TOWNS = [['Sète', '34200'], ['Montpellier', '34000'], ['Lunel', '34400'], ['Béziers', '34500'], ['Agde', '34300'], ['Frontignan', '34110']];

/** `count` structures as the CSV a team spreadsheet exports (`;`, CRLF, French headings). */
export function benchCsv(count) {
  const lines = ['Nom;Réseau porteur;Adresse;Code postal;Commune;Téléphone;Courriel;Site web;Description;Thématiques;Public;Contact;Date de mise à jour'];
  for (let i = 0; i < count; i++) {
    const [town, cp] = TOWNS[i % TOWNS.length];
    lines.push([
      `Structure d’insertion n° ${i} de ${town}`,
      NETWORKS[i % NETWORKS.length],
      `${(i % 120) + 1} rue de la République`,
      cp,
      town,
      `04 67 ${String(i % 100).padStart(2, '0')} ${String((i * 7) % 100).padStart(2, '0')} ${String((i * 13) % 100).padStart(2, '0')}`,
      `contact${i}@structure.example`,
      `https://structure${i}.example`,
      `Accueil, information et accompagnement des personnes vers l’emploi à ${town}.`,
      THEMES[i % THEMES.length],
      i % 2 ? 'jeunes' : 'tous-publics',
      `Conseillère ${i}`,
      `${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/2026`,
    ].join(';'));
  }
  return `${lines.join('\r\n')}\r\n`;
}
