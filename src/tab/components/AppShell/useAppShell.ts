import { useTranslation } from '../../i18n/react.js';
import { languageOf } from '../../i18n/i18n.js';
import { saveLanguage } from '../../i18n/language-choice.js';
import { hrefOf, type Route } from '../../routing/routes.js';
import { useTabServices } from '../../services/tab-services.js';
import { usePlanData } from '../../state/plan-data.js';
import type { AppShellProps, AppShellState, NavItem } from './AppShell.types.js';

/** The plan picker: shown when the site has more than one plan. */
function planPicker(
  data: ReturnType<typeof usePlanData>,
  label: string,
  marks: { readonly replaced: string; readonly proposed: string },
): Pick<AppShellState, 'picker'> {
  if (data.state !== 'ready' || data.snapshot.plans.length < 2 || !data.choosePlan) return {};
  // A new version keeps its plan's title: the proposal and the replaced plan say what they are.
  const plans = data.snapshot.plans.map((p) => {
    const mark =
      p.status === 'replaced' || (p.status === 'proposed' && p.previousVersionId)
        ? marks[p.status]
        : undefined;
    return { value: p.id, label: mark ? `${p.title} (${mark})` : p.title };
  });
  return { picker: { label, plans, plan: data.snapshot.plan.id, choose: data.choosePlan } };
}

export function useAppShell(props: AppShellProps): AppShellState {
  const { t, i18n } = useTranslation();
  const { auth, preferences } = useTabServices();
  const data = usePlanData();
  const workingGroup = data.state === 'ready' && data.me.isWorkingGroup;
  // Answering is for members of a department's team (the API refuses everyone else, the working
  // group included). Until the roles are known the item stays, so the menu does not shift.
  const answers = data.state !== 'ready' || data.me.departmentIds.length > 0;
  const routes: Route[] = [
    { name: 'overview' },
    ...(workingGroup ? [{ name: 'followUp' } as const] : []),
    ...(answers ? [{ name: 'myDepartment' } as const] : []),
    { name: 'report' },
    ...(workingGroup ? [{ name: 'planWork' } as const] : []),
    ...(workingGroup ? [{ name: 'plans' } as const] : []),
  ];
  const labels = {
    overview: t('nav.overview'),
    followUp: t('nav.followUp'),
    myDepartment: workingGroup ? t('nav.answerForDepartment') : t('nav.myDepartment'),
    report: t('nav.report'),
    planWork: t('nav.planWork'),
    plans: t('nav.plans'),
  };
  const items: NavItem[] = routes.map((r) => ({
    route: r.name,
    href: hrefOf(r),
    label: labels[r.name as keyof typeof labels],
    current: r.name === props.route || (props.route === 'activity' && r.name === 'overview'),
  }));
  return {
    appTitle: t('app.title'),
    userLine: t('app.signedInAs', { name: auth.user.name }),
    navLabel: t('app.nav'),
    items,
    language: languageOf(i18n.language),
    languageLabel: t('app.language'),
    setLanguage: (language) => {
      void i18n.changeLanguage(language);
      saveLanguage(language, preferences);
      document.documentElement.lang = language;
    },
    signOutLabel: t('app.signOut'),
    signOut: () => void auth.signOut(),
    skipLabel: t('app.skipToContent'),
    ...planPicker(data, t('app.plan'), {
      replaced: t('app.replaced'),
      proposed: t('app.proposed'),
    }),
    children: props.children,
  };
}
