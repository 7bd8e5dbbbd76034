import { GraphFailure } from '../http/errors.js';
import type { Fault } from './faults.js';

/** The Graph answer for an injected fault. */
export function faultFailure(fault: Fault): GraphFailure {
  const headers: Record<string, string> =
    fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds) } : {};
  switch (fault.status) {
    case 429:
      return new GraphFailure(429, 'TooManyRequests', 'Please retry again later.', headers, '429');
    case 503:
      return new GraphFailure(
        503,
        'serviceNotAvailable',
        'The service is temporarily unavailable.',
        headers,
      );
    case 504:
      return new GraphFailure(
        504,
        'gatewayTimeout',
        'The gateway did not receive a response in time.',
        headers,
      );
    default:
      return new GraphFailure(
        fault.status,
        'generalException',
        'General exception while processing',
        headers,
      );
  }
}
