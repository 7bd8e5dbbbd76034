import { formatDateSv } from '../../../domain/calendar/labels-sv.js';
import {
  activityTitleSv,
  financingLabelsSv,
  goalLevelLabelsSv,
  planKindLabelsSv,
  type Activity,
  type Department,
  type Plan,
  type PlanData,
} from '../../../domain/model.js';
import { seedPlan } from '../../../domain/seed/seed-plan.js';
import { parseCommandArgs, type Command } from '../command.js';

const usage = `Usage: aktivitetsplan plan [--json]

Prints the seeded plan as a Swedish tree: the activity plan, the action plan it complements and
its goals, the departments, and the development areas with their activities (responsible and
co-responsible departments, dates, expected outcome, financing). Activities that the source
document does not list are examples and are marked "(exempel)".

Options:
  --json       print the plan's data (PlanData) as one JSON object instead
  -h, --help   show this help`;

type Node = { readonly text: string; readonly children?: readonly Node[] };

function render(node: Node, prefix = '', childPrefix = ''): string[] {
  const children = node.children ?? [];
  return [
    prefix + node.text,
    ...children.flatMap((child, i) => {
      const last = i === children.length - 1;
      return render(
        child,
        childPrefix + (last ? '└─ ' : '├─ '),
        childPrefix + (last ? '   ' : '│  '),
      );
    }),
  ];
}

/** `juni 2018` for a month-precise date, `11 maj 2022` otherwise. */
function adoptionDateSv(plan: Plan): string {
  const date = plan.adoptedOn ?? '';
  const text = formatDateSv(date);
  return plan.adoptedOnPrecision === 'month' ? text.replace(/^\d+ /, '') : text;
}

function statusSv(plan: Plan): string {
  if (plan.status === 'adopted') {
    return `Antagen ${adoptionDateSv(plan)}${plan.adoptedBy ? ` av ${plan.adoptedBy}` : ''}`;
  }
  const proposed = plan.proposedOn ? ` daterat ${formatDateSv(plan.proposedOn)}` : '';
  const by = plan.adoptedBy ? `, att antas av ${plan.adoptedBy}` : '';
  return `Förslag${proposed}${by}`;
}

function departmentSv(department: Department): string {
  const board = department.board ?? 'nämnd ej angiven i underlaget';
  return `${department.name} (${board})${department.coordinating ? ', samordnande' : ''}`;
}

function activityNode(data: PlanData, activity: Activity): Node {
  const name = (id: string) => data.departments.find((d) => d.id === id)?.name ?? id;
  const financing =
    activity.financing === 'developmentFunds' && data.plan.developmentFundsTkr !== undefined
      ? `${financingLabelsSv.developmentFunds} (${data.plan.developmentFundsTkr} tkr)`
      : financingLabelsSv[activity.financing];
  const co = activity.coResponsibleDepartmentIds.map(name);
  return {
    text: `${activity.id} ${activityTitleSv(activity)}`,
    children: [
      { text: `Ansvarig: ${name(activity.responsibleDepartmentId)}` },
      ...(co.length > 0 ? [{ text: `Medansvariga: ${co.join(', ')}` }] : []),
      { text: `Tid: ${formatDateSv(activity.start)} – ${formatDateSv(activity.end)}` },
      ...(activity.expectedOutcome
        ? [{ text: `Förväntat resultat: ${activity.expectedOutcome}` }]
        : []),
      { text: `Finansiering: ${financing}` },
    ],
  };
}

export function planTree(data: PlanData): string[] {
  const { plan, parentPlan } = data;
  const goal = (id: string) => data.goals.find((g) => g.id === id);
  const coordinating = data.departments.find((d) => d.id === plan.coordinatingDepartmentId);
  const areas = [...data.areas].sort((a, b) => a.order - b.order);
  const root: Node = {
    text: `${planKindLabelsSv[plan.kind]}: ${plan.title}`,
    children: [
      { text: statusSv(plan) },
      ...(coordinating ? [{ text: `Samordnas av ${coordinating.name}` }] : []),
      ...(plan.developmentFundsTkr !== undefined
        ? [{ text: `Utvecklingsmedel: ${plan.developmentFundsTkr} tkr` }]
        : []),
      ...(parentPlan
        ? [
            {
              text: `Kompletterar ${planKindLabelsSv[parentPlan.kind].toLowerCase()}: ${parentPlan.title}`,
              children: [{ text: statusSv(parentPlan) }],
            },
          ]
        : []),
      {
        text: 'Mål',
        children: plan.goalIds.flatMap((id) => {
          const g = goal(id);
          if (!g) return [];
          const description = g.description ? ` – ${g.description}` : '';
          return [{ text: `${goalLevelLabelsSv[g.level]}: ${g.title}${description}` }];
        }),
      },
      { text: 'Förvaltningar', children: data.departments.map((d) => ({ text: departmentSv(d) })) },
      {
        text: 'Utvecklingsområden',
        children: areas.map((area) => ({
          text: `${area.order}. ${area.title}`,
          children: data.activities
            .filter((a) => a.areaId === area.id)
            .map((a) => activityNode(data, a)),
        })),
      },
    ],
  };
  const examples = data.activities.some((a) => a.example)
    ? ['', 'Underlaget har ingen aktivitetstabell: aktiviteter märkta (exempel) är exempel.']
    : [];
  return [...render(root), ...examples];
}

export const planCommand: Command = {
  name: 'plan',
  summary: 'Print the seeded plan as a tree (Swedish), or its data with --json.',
  usage,
  run(args, io) {
    const { values } = parseCommandArgs(args, { json: { type: 'boolean' } });
    if (values.json === true) io.out(JSON.stringify(seedPlan, null, 2));
    else for (const line of planTree(seedPlan)) io.out(line);
    return Promise.resolve(0);
  },
};
