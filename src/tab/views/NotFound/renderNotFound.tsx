import { Link, Title2 } from '@fluentui/react-components';
import type { NotFoundState } from './NotFound.types.js';

export function renderNotFound(state: NotFoundState, className: string) {
  return (
    <div className={className}>
      <Title2 as="h1">{state.title}</Title2>
      <Link href={state.href}>{state.linkLabel}</Link>
    </div>
  );
}
