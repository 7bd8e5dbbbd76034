/** The plans view's own words (sv, en): kept in its lazy chunk, out of the first view. */
const sv = {
  title: 'Planer',
  intro:
    'Planerna på webbplatsen. En ersatt plan kan inte ändras; dess omgångar och rapporter finns kvar.',
  kind: { actionPlan: 'Handlingsplan', activityPlan: 'Aktivitetsplan' },
  status: { proposed: 'Förslag', adopted: 'Antagen', replaced: 'Ersatt' },
  adoptedAs: (on: string, by: string) => `Antagen ${on} av ${by}`,
  revises: (title: string) => `Ny version av ${title}`,
  complements: (title: string) => `Kompletterar ${title}`,
  board: 'Nämnd',
  adoptedOn: 'Beslutsdatum',
  decision: 'Paragraf eller diarienummer',
  adopt: 'Anta planen',
  revise: 'Ny version',
  show: 'Visa planen',
  create: 'Ny plan',
  planTitle: 'Titel',
  planKind: 'Sort',
  parent: 'Kompletterar',
  none: 'Ingen',
  goals: 'Mål',
  department: 'Samordnande förvaltning',
  funds: 'Utvecklingsmedel (tkr)',
  save: 'Skapa planen',
  saved: 'Sparat.',
};

const en: typeof sv = {
  title: 'Plans',
  intro: 'The plans of the site. A replaced plan cannot be changed; its rounds and reports remain.',
  kind: { actionPlan: 'Action plan', activityPlan: 'Activity plan' },
  status: { proposed: 'Proposed', adopted: 'Adopted', replaced: 'Replaced' },
  adoptedAs: (on, by) => `Adopted ${on} by ${by}`,
  revises: (title) => `New version of ${title}`,
  complements: (title) => `Complements ${title}`,
  board: 'Board',
  adoptedOn: 'Date of decision',
  decision: 'Paragraph or reference number',
  adopt: 'Adopt the plan',
  revise: 'New version',
  show: 'Show the plan',
  create: 'New plan',
  planTitle: 'Title',
  planKind: 'Kind',
  parent: 'Complements',
  none: 'None',
  goals: 'Goals',
  department: 'Coordinating department',
  funds: 'Development funds (kSEK)',
  save: 'Create the plan',
  saved: 'Saved.',
};

export type PlansStrings = typeof sv;

export function plansStrings(language: string): PlansStrings {
  return language.startsWith('en') ? en : sv;
}
