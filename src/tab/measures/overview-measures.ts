import { fundsReports, fundsSummary, type FundsFigures } from '../../domain/funds.js';
import type { FollowUp, FollowUpRound, Indicator } from '../../domain/model.js';
import type { PlanSnapshot } from '../../app/ports.js';
import { compareRounds } from '../../domain/status.js';
import { standingOf, type Standing } from './indicator-series.js';

/**
 * What the overview shows of indicators and funds, from the loaded plan alone (no read more):
 * each indicator's latest value in the rounds the snapshot holds (the open ones and the latest
 * closed one) against its target, and the funds allocated, used and remaining per plan and per
 * department, "used" over every round of the plan (the snapshot's `fundsUsed`, read in the same
 * round trip; funds.ts). The activity page reads every round for the trend.
 */

type IndicatorRow = {
  readonly activityId: string;
  readonly activityTitle: string;
  readonly indicator: Indicator;
  readonly latest?: { readonly value: number; readonly roundTitle: string };
  readonly standing: Standing;
};

type DepartmentFunds = FundsFigures & { readonly id: string; readonly name: string };

export type OverviewMeasures = {
  readonly indicators: readonly IndicatorRow[];
  readonly funds?: ReturnType<typeof fundsSummary> & {
    readonly departments: readonly DepartmentFunds[];
  };
};

function latestValue(
  indicator: Indicator,
  rounds: readonly FollowUpRound[],
  answers: readonly FollowUp[],
): IndicatorRow['latest'] {
  for (const round of [...rounds].sort(compareRounds).reverse()) {
    const value = answers.find((f) => f.roundId === round.id)?.indicatorValues?.[indicator.id];
    if (value !== undefined) return { value, roundTitle: round.title };
  }
  return undefined;
}

export function overviewMeasures(snapshot: PlanSnapshot): OverviewMeasures {
  const { activities, rounds, followUps, plan, departments } = snapshot;
  const indicators = activities.flatMap((a) => {
    const answers = followUps.filter((f) => f.activityId === a.id);
    return (a.indicators ?? []).map((indicator): IndicatorRow => {
      const latest = latestValue(indicator, rounds, answers);
      return {
        activityId: a.id,
        activityTitle: a.title,
        indicator,
        ...(latest ? { latest } : {}),
        standing: standingOf(indicator, latest?.value),
      };
    });
  });
  const anyFunds =
    plan.developmentFundsTkr !== undefined || activities.some((a) => a.allocatedTkr !== undefined);
  if (!anyFunds) return { indicators };
  // Every round's amounts, not only the rounds whose answers the snapshot reads in full.
  const reports = fundsReports(followUps, snapshot.fundsUsed);
  const summary = fundsSummary(plan, activities, rounds, reports);
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const byDepartment = [...summary.byDepartment].map(([id, figures]) => ({
    id,
    name: names.get(id) ?? id,
    ...figures,
  }));
  byDepartment.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return { indicators, funds: { ...summary, departments: byDepartment } };
}
