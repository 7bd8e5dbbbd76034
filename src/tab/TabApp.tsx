import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from './i18n/react.js';
import { AppShell } from './components/AppShell/AppShell.js';
import { LoadingState } from './components/LoadingState/LoadingState.js';
import type { Route } from './routing/routes.js';
import { useRoute } from './routing/useRoute.js';
import { TabServicesContext, type TabServices } from './services/tab-services.js';
import { PlanDataProvider } from './state/PlanDataProvider.js';
import { ReauthProvider } from './state/ReauthProvider.js';
import { Overview } from './views/Overview/Overview.js';

const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const ActivityView = named(() => import('./views/Activity/Activity.js'), 'Activity');
const FollowUpView = named(() => import('./views/FollowUp/FollowUp.js'), 'FollowUp');
const MyDepartmentView = named(
  () => import('./views/MyDepartment/MyDepartment.js'),
  'MyDepartment',
);
const ReportView = named(() => import('./views/Report/Report.js'), 'Report');
const ChannelConfigView = named(
  () => import('./views/ChannelConfig/ChannelConfig.js'),
  'ChannelConfig',
);
const PlanWorkView = named(() => import('./views/PlanWork/PlanWork.js'), 'PlanWork');
const NotFoundView = named(() => import('./views/NotFound/NotFound.js'), 'NotFound');
const PlansView = named(() => import('./views/Plans/Plans.js'), 'Plans');

function view(route: Route) {
  switch (route.name) {
    case 'overview':
      return <Overview />;
    case 'activity':
      return <ActivityView key={route.id} />;
    case 'followUp':
      return <FollowUpView />;
    case 'myDepartment':
      return <MyDepartmentView />;
    case 'report':
      return <ReportView />;
    case 'configure':
      return <ChannelConfigView />;
    case 'planWork':
      return <PlanWorkView />;
    case 'plans':
      return <PlansView />;
    case 'notFound':
      return <NotFoundView />;
  }
}

/**
 * Moves focus to the main landmark after navigation to another view, so screen readers start at
 * the new view. A change within the view (a filter, the chosen department) keeps focus where it is.
 */
function useFocusOnNavigation(route: Route) {
  const first = useRef(true);
  const view = route.name === 'activity' ? `activity/${route.id}` : route.name;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [view]);
}

function RoutedViews() {
  const route = useRoute();
  const { t } = useTranslation();
  useFocusOnNavigation(route);
  if (route.name === 'configure') {
    return (
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingState label={t('app.loading')} />}>{view(route)}</Suspense>
      </main>
    );
  }
  return (
    <AppShell route={route.name}>
      <Suspense fallback={<LoadingState label={t('app.loading')} />}>{view(route)}</Suspense>
    </AppShell>
  );
}

/** The signed-in app: services, sign-in renewal, the loaded plan and the routed views. */
export function TabApp(props: { readonly services: TabServices }) {
  return (
    <TabServicesContext.Provider value={props.services}>
      <ReauthProvider>
        <PlanDataProvider>
          <RoutedViews />
        </PlanDataProvider>
      </ReauthProvider>
    </TabServicesContext.Provider>
  );
}
