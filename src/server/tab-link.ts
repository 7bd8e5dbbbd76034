import { reminderKeyParameter } from '../graph/teams/reminder-card-key.js';

/**
 * Where a card's link opens the tab. In Teams it is a deep link to the app's personal tab, so
 * the tab opens inside Teams instead of a browser: the documented form
 * `https://teams.microsoft.com/l/entity/<appId>/<entityId>?webUrl=<fallback>&context=<context>`
 * (Microsoft Learn, "Deep link to an application": appId is the Teams app id of the manifest,
 * entityId the static tab's, context the URL-encoded JSON `{"subEntityId": "…"}`). The tab reads
 * the sub-entity with teams-js (`app.getContext()` → `page.subPageId`) and routes to it; the
 * sub-entity is the tab's hash route, e.g. `/min-forvaltning?forvaltning=…&omgang=…`. Outside
 * Teams (local mode, the Agents Playground) the link is the tab's web address with that route.
 *
 * A reminder's key (`paminnelse=round|department|stage`) rides along as a query parameter of
 * its own in both forms, written the same way, so the reminder run's post finder recognises the
 * card in a channel's messages whichever form it carries (Teams ignores parameters it does not
 * know in a deep link; the tab ignores it in its route).
 */

/** The personal tab of appPackage/manifest.json (`staticTabs[0].entityId`; a test checks it). */
export const personalTabEntityId = 'oversikt';

export type TabLinkTarget = {
  /** The tab's web address (`AKTIVITETSPLAN_TAB_URL` or its endpoint). */
  readonly webBase: string;
  /** The Teams app id (the manifest's `id`, `TEAMS_APP_ID`): set, links open the tab in Teams. */
  readonly teamsAppId?: string | undefined;
};

function webLink(webBase: string, route: string): string {
  return `${webBase.replace(/#.*$/, '')}#${route}`;
}

function withParameter(route: string, name: string, value: string): string {
  const pair = new URLSearchParams({ [name]: value }).toString();
  return `${route}${route.includes('?') ? '&' : '?'}${pair}`;
}

/** A link to a tab route (`/uppfoljning`, `/min-forvaltning?…`), optionally with a reminder key. */
export function tabRouteLink(target: TabLinkTarget, route: string, reminderKey?: string): string {
  if (!target.teamsAppId) {
    const keyed = reminderKey ? withParameter(route, reminderKeyParameter, reminderKey) : route;
    return webLink(target.webBase, keyed);
  }
  const app = encodeURIComponent(target.teamsAppId);
  const query = new URLSearchParams({
    webUrl: webLink(target.webBase, route),
    context: JSON.stringify({ subEntityId: route }),
  });
  if (reminderKey) query.set(reminderKeyParameter, reminderKey);
  return `https://teams.microsoft.com/l/entity/${app}/${personalTabEntityId}?${query.toString()}`;
}

/** The route of a department's view of a round. */
export function departmentRoute(roundId: string, departmentId: string): string {
  const query = new URLSearchParams({ forvaltning: departmentId, omgang: roundId });
  return `/min-forvaltning?${query.toString()}`;
}
