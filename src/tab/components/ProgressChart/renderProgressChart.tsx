import { Subtitle2, mergeClasses } from '@fluentui/react-components';
import type { ProgressChartState } from './ProgressChart.types.js';
import type { useProgressChartStyles } from './useProgressChartStyles.styles.js';

type Styles = ReturnType<typeof useProgressChartStyles>;

/** Stacked bars drawn with Fluent tokens; the bar is decoration, the words beside it carry the data. */
export function renderProgressChart(state: ProgressChartState, styles: Styles) {
  return (
    <div className={styles.root}>
      <div className={styles.top}>
        <p className={styles.total}>{state.total}</p>
        <ul aria-hidden="true" className={styles.legend}>
          {state.legend.map((l) => (
            <li key={l.status} className={styles.legendItem}>
              <span className={mergeClasses(styles.swatch, styles[l.status])} />
              {l.label}
            </li>
          ))}
        </ul>
      </div>
      <div className={styles.charts}>
        {state.charts.map((chart) => (
          <div key={chart.headingId} className={styles.chart}>
            <Subtitle2 as="h3" id={chart.headingId}>
              {chart.heading}
            </Subtitle2>
            <ul aria-labelledby={chart.headingId} className={styles.list}>
              {chart.bars.map((bar) => (
                <li key={bar.id}>
                  <div className={styles.name}>{bar.name}</div>
                  <div aria-hidden="true" className={styles.bar}>
                    {bar.segments.map((s) => (
                      <span
                        key={s.status}
                        className={styles[s.status]}
                        style={{ width: `${s.percent}%` }}
                      />
                    ))}
                  </div>
                  <div className={styles.summary}>{bar.summary}</div>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </div>
  );
}
