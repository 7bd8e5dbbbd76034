import { Subtitle1, Subtitle2, Text } from '@fluentui/react-components';
import { formatTkr, formatValue } from '../../report/report-labels.js';
import type { FundsRow, IndicatorRow } from '../../report/report-measures.js';
import type { ReportModel } from '../../report/report-model.js';
import type { useReportBodyStyles } from './useReportBodyStyles.styles.js';

type Props = {
  readonly model: ReportModel;
  readonly styles: ReturnType<typeof useReportBodyStyles>;
};

/** Whether an indicator's latest value meets its target, in words. */
function verdict(row: IndicatorRow, labels: ReportModel['labels']): string {
  if (row.indicator.target === undefined) return labels.noTarget;
  if (row.reached === undefined) return labels.noValue;
  return row.reached ? labels.reached : labels.notReached;
}

/** Each indicator of the round's activities: baseline, target, the previous and this round's value. */
export function ReportIndicators({ model, styles }: Props) {
  const { labels, indicators, comparison } = model;
  const withYear = (value: string, year: number | undefined) =>
    value && year !== undefined ? `${value} (${year})` : value;
  return (
    <section className={styles.section} aria-labelledby="report-indicators">
      <Subtitle1 as="h2" id="report-indicators">
        {labels.indicators}
      </Subtitle1>
      {indicators.length === 0 ? (
        <Text as="p">{labels.noIndicators}</Text>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table} aria-labelledby="report-indicators">
            <thead>
              <tr>
                <th scope="col">{labels.indicator}</th>
                <th scope="col">{labels.activity}</th>
                <th scope="col">{labels.baseline}</th>
                <th scope="col">{labels.target}</th>
                {comparison ? <th scope="col">{comparison.round.title}</th> : null}
                <th scope="col">{model.round.title}</th>
                <th scope="col">{labels.status}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((row) => {
                const { indicator: i } = row;
                const previous = row.values.find((v) => v.round.id === comparison?.round.id);
                return (
                  <tr key={`${row.activityId}/${i.id}`}>
                    <th scope="row">
                      {i.name}
                      <div className={styles.meta}>{labels.better[i.better]}</div>
                    </th>
                    <td>{row.activityTitle}</td>
                    <td className={styles.number}>
                      {withYear(formatValue(i.baseline, i.unit, labels), i.baselineYear)}
                    </td>
                    <td className={styles.number}>
                      {withYear(formatValue(i.target, i.unit, labels), i.targetYear)}
                    </td>
                    {comparison ? (
                      <td className={styles.number}>
                        {formatValue(previous?.value, i.unit, labels)}
                      </td>
                    ) : null}
                    <td className={styles.number}>{formatValue(row.current, i.unit, labels)}</td>
                    <td>{verdict(row, labels)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Development funds: the plan's, then allocated, used and remaining per department. */
export function ReportFunds({ model, styles }: Props) {
  const { labels, funds } = model;
  const empty = funds.activities.length === 0 && funds.planFunds === undefined;
  return (
    <section className={styles.section} aria-labelledby="report-funds">
      <Subtitle1 as="h2" id="report-funds">
        {labels.funds}
      </Subtitle1>
      {empty ? (
        <Text as="p">{labels.noFunds}</Text>
      ) : (
        <>
          {funds.planFunds === undefined ? null : (
            <p className={styles.text}>
              {labels.planFunds}: {formatTkr(funds.planFunds, labels)} · {labels.allocated}:{' '}
              {formatTkr(funds.plan.allocated, labels)} · {labels.unallocated}:{' '}
              {formatTkr(funds.planFunds - funds.plan.allocated, labels)}
            </p>
          )}
          {funds.activities.length === 0 ? (
            <Text as="p">{labels.noFunds}</Text>
          ) : (
            <FundsTable model={model} styles={styles} />
          )}
        </>
      )}
    </section>
  );
}

function FundsTable({ model, styles }: Props) {
  const { labels, funds } = model;
  const row = (r: FundsRow) => (
    <tr key={r.id}>
      <th scope="row">{r.name}</th>
      <td className={styles.number}>{formatTkr(r.allocated, labels)}</td>
      <td className={styles.number}>{formatTkr(r.usedInRound, labels)}</td>
      <td className={styles.number}>{formatTkr(r.usedToDate, labels)}</td>
      <td className={styles.number}>{formatTkr(r.remaining, labels)}</td>
    </tr>
  );
  return (
    <>
      <Subtitle2 as="h3" id="report-funds-departments">
        {labels.departments}
      </Subtitle2>
      <div className={styles.tableWrap}>
        <table className={styles.table} aria-labelledby="report-funds-departments">
          <thead>
            <tr>
              <th scope="col">{labels.responsible}</th>
              <th scope="col">{labels.allocated}</th>
              <th scope="col">{labels.usedInRound}</th>
              <th scope="col">{labels.usedToDate}</th>
              <th scope="col">{labels.remaining}</th>
            </tr>
          </thead>
          <tbody>
            {funds.departments.map((r) => row(r))}
            {row({ ...funds.plan, name: labels.total })}
          </tbody>
        </table>
      </div>
    </>
  );
}
