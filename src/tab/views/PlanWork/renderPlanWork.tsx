import { ErrorState } from '../../components/ErrorState/ErrorState.js';
import { LoadingState } from '../../components/LoadingState/LoadingState.js';
import { AreasSection } from './AreasSection.js';
import { DepartmentsSection } from './DepartmentsSection.js';
import { GoalsSection } from './GoalsSection.js';
import { ImportSection } from './ImportSection.js';
import type { PlanWorkState } from './PlanWork.types.js';
import type { PlanWorkStyles } from './usePlanWorkStyles.styles.js';

export function renderPlanWork(state: PlanWorkState, styles: PlanWorkStyles) {
  if (state.kind === 'loading') return <LoadingState label={state.label} />;
  if (state.kind === 'error') return <ErrorState title={state.title} error={state.error} />;
  const { context } = state;
  const { text } = context;
  // A replaced plan stays readable here; every control in it is disabled (the API refuses too).
  const replaced = context.snapshot.plan.status === 'replaced';
  return (
    <div className={styles.root}>
      <h1 className={styles.h1}>{text('title')}</h1>
      <p>{text('intro')}</p>
      <p>
        {text(replaced ? 'planReplaced' : 'planChosen', {
          title: context.snapshot.plan.title,
        })}
      </p>
      <div role="status" aria-live="polite" aria-atomic="true">
        {state.announcement}
      </div>
      <div role="alert" className={styles.error}>
        {state.alert}
      </div>
      <fieldset className={styles.sections} disabled={replaced}>
        <AreasSection context={context} styles={styles} />
        <GoalsSection context={context} styles={styles} />
        <DepartmentsSection context={context} styles={styles} />
        <ImportSection context={context} styles={styles} />
      </fieldset>
    </div>
  );
}
