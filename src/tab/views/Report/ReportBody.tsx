import { Subtitle1, Subtitle2, Text } from '@fluentui/react-components';
import { useId } from 'react';
import { StatusBarChart } from '../../components/StatusBarChart/StatusBarChart.js';
import type { ReportChart } from '../../report/report-structure.js';
import {
  statusOrder,
  titleWithMarker,
  type BoardSection,
  type ReportModel,
} from '../../report/report-model.js';
import { ReportFunds, ReportIndicators } from './ReportMeasures.js';
import { useReportBodyStyles } from './useReportBodyStyles.styles.js';

type Styles = ReturnType<typeof useReportBodyStyles>;

/**
 * The report on screen, before any export, in the Word report's order: status per area and per
 * department as charts, the change since the previous round of the same kind, the indicators,
 * the development funds, and per board its departments' activities with their comments.
 * Lazily loaded (the charts and tables stay out of the first view).
 */
export function ReportBody({ model }: { readonly model: ReportModel }) {
  const styles = useReportBodyStyles();
  return (
    <div className={styles.root}>
      <div className={styles.charts}>
        {model.charts.map((chart) => (
          <ChartSection key={chart.id} chart={chart} model={model} styles={styles} />
        ))}
      </div>
      <Comparison model={model} styles={styles} />
      <ReportIndicators model={model} styles={styles} />
      <ReportFunds model={model} styles={styles} />
      <section className={styles.section} aria-labelledby="report-boards">
        <Subtitle1 as="h2" id="report-boards">
          {model.labels.perBoard}
        </Subtitle1>
        {model.boards.map((b) => (
          <Board key={b.board} model={model} board={b} styles={styles} />
        ))}
      </section>
    </div>
  );
}

function ChartSection(props: { chart: ReportChart; model: ReportModel; styles: Styles }) {
  const id = useId();
  return (
    <section className={props.styles.section} aria-labelledby={id}>
      <Subtitle1 as="h2" id={id}>
        {props.chart.title}
      </Subtitle1>
      <StatusBarChart chart={props.chart} labels={props.model.labels} labelledBy={id} />
    </section>
  );
}

function Comparison({ model, styles }: { model: ReportModel; styles: Styles }) {
  const { labels, comparison, counts } = model;
  const title = labels.change(comparison?.round.title ?? '…');
  const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
  return (
    <section className={styles.section} aria-labelledby="report-change">
      <Subtitle1 as="h2" id="report-change">
        {comparison ? title : labels.difference}
      </Subtitle1>
      {comparison ? (
        <div className={styles.tableWrap}>
          <table className={styles.table} aria-labelledby="report-change">
            <thead>
              <tr>
                <th scope="col">{labels.status}</th>
                <th scope="col">{comparison.round.title}</th>
                <th scope="col">{model.round.title}</th>
                <th scope="col">{labels.difference}</th>
              </tr>
            </thead>
            <tbody>
              {[...statusOrder, 'total' as const].map((s) => (
                <tr key={s}>
                  <th scope="row">{s === 'total' ? labels.total : labels.statuses[s]}</th>
                  <td className={styles.number}>{comparison.counts[s]}</td>
                  <td className={styles.number}>{counts[s]}</td>
                  <td className={styles.number}>{signed(counts[s] - comparison.counts[s])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <Text as="p">{labels.noComparison}</Text>
      )}
    </section>
  );
}

function Board({
  model,
  board,
  styles,
}: {
  model: ReportModel;
  board: BoardSection;
  styles: Styles;
}) {
  const { labels } = model;
  return (
    <section className={styles.section}>
      <Subtitle2 as="h3">{board.board}</Subtitle2>
      <p className={styles.meta}>
        {labels.departments}: {board.departments.join(', ')}
      </p>
      {board.sections.map((area) => (
        <section key={area.areaTitle} className={styles.section}>
          <Text as="h4" weight="semibold">
            {area.areaTitle}
          </Text>
          <ul className={styles.activities}>
            {area.rows.map((row) => (
              <li key={row.activityId} className={styles.activity}>
                <Text weight="semibold">{titleWithMarker(row, labels)}</Text>
                <p className={styles.meta}>
                  {labels.responsible}: {row.responsible}
                  {row.coResponsible.length > 0
                    ? ` · ${labels.coResponsible}: ${row.coResponsible.join(', ')}`
                    : ''}
                </p>
                <p className={styles.text}>
                  {labels.status}: {row.statusLabel}
                  {row.previousStatusLabel
                    ? ` (${labels.previousStatus.toLocaleLowerCase(labels.locale)}: ${row.previousStatusLabel})`
                    : ''}
                </p>
                {row.answer?.comment ? (
                  <p className={styles.text}>
                    {labels.comment}: {row.answer.comment}
                  </p>
                ) : null}
                {row.answer?.nextSteps ? (
                  <p className={styles.text}>
                    {labels.nextSteps}: {row.answer.nextSteps}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
