import {
  Link,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
} from '@fluentui/react-components';
import { formatTkr } from '../../domain/funds.js';
import { hrefOf } from '../routing/routes.js';
import { usePlanData } from '../state/plan-data.js';
import { formatValue } from './format-value.js';
import { fill, useMeasureStrings, type MeasureStrings } from './measure-strings.js';
import { overviewMeasures, type OverviewMeasures as Measures } from './overview-measures.js';

/**
 * The overview's development funds (allocated, used, remaining per plan and department) and its
 * indicators' latest values against their targets. Loaded lazily: nothing of it is in the tab's
 * first view, and a plan with neither shows nothing.
 */

function renderFunds(funds: NonNullable<Measures['funds']>, s: MeasureStrings) {
  const rows = [{ id: 'plan', name: s.fundsOfPlan, ...funds }, ...funds.departments];
  return (
    <section aria-labelledby="funds-heading">
      <Title3 as="h2" id="funds-heading">
        {s.funds}
      </Title3>
      {funds.fundsTkr === undefined ? null : (
        <Text as="p">
          {`${s.fundsOfPlan}: ${formatTkr(funds.fundsTkr)} · ${s.unallocated}: ${formatTkr(funds.unallocatedTkr ?? 0)}`}
        </Text>
      )}
      <Table size="small" aria-labelledby="funds-heading">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.department}</TableHeaderCell>
            <TableHeaderCell>{s.allocatedShort}</TableHeaderCell>
            <TableHeaderCell>{s.usedShort}</TableHeaderCell>
            <TableHeaderCell>{s.remaining}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id}>
              <TableCell>{r.name}</TableCell>
              <TableCell>{formatTkr(r.allocatedTkr)}</TableCell>
              <TableCell>{formatTkr(r.usedTkr)}</TableCell>
              <TableCell>{formatTkr(r.remainingTkr)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text size={200}>{s.fundsNote}</Text>
      {funds.overspent.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{fill(s.overspent, { count: funds.overspent.length })}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

function renderIndicators(rows: Measures['indicators'], s: MeasureStrings) {
  return (
    <section aria-labelledby="indicators-heading">
      <Title3 as="h2" id="indicators-heading">
        {s.indicatorsOverview}
      </Title3>
      <Table size="small" aria-labelledby="indicators-heading">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.activity}</TableHeaderCell>
            <TableHeaderCell>{s.name}</TableHeaderCell>
            <TableHeaderCell>{s.latest}</TableHeaderCell>
            <TableHeaderCell>{s.target}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => {
            const { unit, target } = r.indicator;
            const latest = r.latest
              ? `${formatValue(unit, r.latest.value, s)} (${r.latest.roundTitle}): ${s[r.standing]}`
              : s.noValue;
            return (
              <TableRow key={`${r.activityId}/${r.indicator.id}`}>
                <TableCell>
                  <Link href={hrefOf({ name: 'activity', id: r.activityId })}>
                    {r.activityTitle}
                  </Link>
                </TableCell>
                <TableCell>{r.indicator.name}</TableCell>
                <TableCell>{latest}</TableCell>
                <TableCell>
                  {target === undefined ? s.noTarget : formatValue(unit, target, s)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}

export function OverviewMeasures() {
  const s = useMeasureStrings();
  const data = usePlanData();
  if (data.state !== 'ready') return null;
  const measures = overviewMeasures(data.snapshot);
  return (
    <>
      {measures.funds ? renderFunds(measures.funds, s) : null}
      {measures.indicators.length > 0 ? renderIndicators(measures.indicators, s) : null}
    </>
  );
}
