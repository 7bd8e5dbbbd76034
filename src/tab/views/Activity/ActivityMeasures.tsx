import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { fundsSummary, formatTkr } from '../../../domain/funds.js';
import type { Activity, FollowUp, FollowUpRound, Indicator } from '../../../domain/model.js';
import { formatValue } from '../../measures/format-value.js';
import { IndicatorChart } from '../../measures/IndicatorChart.js';
import { indicatorSeries, latestPerRound, standingOf } from '../../measures/indicator-series.js';
import { fill, useMeasureStrings, type MeasureStrings } from '../../measures/measure-strings.js';
import { usePlanData } from '../../state/plan-data.js';
import type { HistoryState } from './Activity.types.js';

/**
 * The activity page's indicators (baseline, target, latest value against the target, and the
 * trend across rounds as a chart with its table) and its development funds. The values come
 * from the activity's follow-up history (every round), which the page reads anyway; until it has
 * come, from the loaded plan's answers (the open rounds and the latest closed one).
 */

const useStyles = makeStyles({
  indicator: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  trend: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'start' },
});

export type ActivityMeasuresProps = {
  readonly activity: Activity;
  readonly history: HistoryState;
};

function figure(indicator: Indicator, which: 'baseline' | 'target', s: MeasureStrings) {
  const value = indicator[which];
  if (value === undefined) return undefined;
  const year = which === 'baseline' ? indicator.baselineYear : indicator.targetYear;
  const label = which === 'baseline' ? s.baseline : s.target;
  return `${label} ${formatValue(indicator.unit, value, s)}${year === undefined ? '' : ` (${year})`}`;
}

function IndicatorTrend(props: {
  readonly indicator: Indicator;
  readonly rounds: readonly FollowUpRound[];
  readonly answers: ReadonlyMap<string, FollowUp>;
}) {
  const s = useMeasureStrings();
  const styles = useStyles();
  const { indicator } = props;
  const points = indicatorSeries(indicator, props.rounds, props.answers);
  const latest = points.at(-1)?.value;
  const shown = (v: number) => formatValue(indicator.unit, v, s);
  const facts = [
    figure(indicator, 'baseline', s),
    figure(indicator, 'target', s),
    latest === undefined
      ? s.noValue
      : `${s.latest} ${shown(latest)}: ${s[standingOf(indicator, latest)]}`,
  ].filter(Boolean);
  const description = fill(s.trendDescription, {
    name: indicator.name,
    values: [...points.map((p) => `${p.title} ${shown(p.value)}`), figure(indicator, 'target', s)]
      .filter(Boolean)
      .join('; '),
  });
  const headingId = `indicator-${indicator.id}`;
  return (
    <section className={styles.indicator} aria-labelledby={headingId}>
      <Text as="h3" weight="semibold" id={headingId}>
        {indicator.name}
        {indicator.endedOn === undefined ? '' : ` (${fill(s.ended, { date: indicator.endedOn })})`}
      </Text>
      <Text>{facts.join(' · ')}</Text>
      {points.length === 0 ? (
        <Text>{s.noTrend}</Text>
      ) : (
        <div className={styles.trend}>
          <IndicatorChart indicator={indicator} points={points} description={description} />
          <Table size="extra-small" aria-label={fill(s.trendOf, { name: indicator.name })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{s.round}</TableHeaderCell>
                <TableHeaderCell>{indicator.name}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {points.map((p) => (
                <TableRow key={p.roundId}>
                  <TableCell>{p.title}</TableCell>
                  <TableCell>{shown(p.value)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

export function ActivityMeasures({ activity, history }: ActivityMeasuresProps) {
  const s = useMeasureStrings();
  const data = usePlanData();
  const indicators = activity.indicators ?? [];
  if (data.state !== 'ready') return null;
  if (indicators.length === 0 && activity.allocatedTkr === undefined) return null;
  const { rounds, plan } = data.snapshot;
  const entries =
    history.kind === 'ready'
      ? history.entries
      : data.snapshot.followUps.filter((f) => f.activityId === activity.id);
  const answers = latestPerRound(entries);
  const funds = fundsSummary(plan, [activity], rounds, [...answers.values()]);
  return (
    <section aria-labelledby="measures-heading">
      <Title3 as="h2" id="measures-heading">
        {s.measures}
      </Title3>
      {activity.allocatedTkr === undefined ? null : (
        <p>
          {`${s.funds}: ${s.allocatedShort} ${formatTkr(funds.allocatedTkr)} · ${s.usedShort} ${formatTkr(funds.usedTkr)} · ${s.remaining} ${formatTkr(funds.remainingTkr)}`}
        </p>
      )}
      {indicators.map((indicator) => (
        <IndicatorTrend
          key={indicator.id}
          indicator={indicator}
          rounds={rounds}
          answers={answers}
        />
      ))}
    </section>
  );
}
