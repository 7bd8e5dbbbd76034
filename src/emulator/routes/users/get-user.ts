import { GraphFailure } from '../../http/errors.js';
import type { Route, RouteDeps } from '../../http/route.js';
import { queryOption } from '../../http/route.js';
import { selectProperties } from '../../odata/select.js';
import { contextUrl } from '../sites/shapes.js';

/** GET /users/{id | userPrincipalName} */
export function getUserRoute({ store }: RouteDeps): Route {
  return {
    method: 'GET',
    template: '/users/{user-id}',
    permission: 'users.read',
    handle(request) {
      const key = request.params['user-id']!;
      const user = store.directory.user(key);
      if (!user) {
        throw new GraphFailure(
          404,
          'Request_ResourceNotFound',
          `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`,
        );
      }
      const [given, ...rest] = user.displayName.split(' ');
      const json = {
        businessPhones: [],
        displayName: user.displayName,
        givenName: given ?? null,
        jobTitle: null,
        mail: user.mail,
        mobilePhone: null,
        officeLocation: null,
        preferredLanguage: 'sv-SE',
        surname: rest.join(' ') || null,
        userPrincipalName: user.upn,
        id: user.id,
      };
      return {
        status: 200,
        body: {
          '@odata.context': contextUrl('users/$entity'),
          ...selectProperties(json, queryOption(request, 'select')),
        },
      };
    },
  };
}
