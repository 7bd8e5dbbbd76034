import { Button, Field, Link, Select, Text, mergeClasses } from '@fluentui/react-components';
import type { Language } from '../../i18n/i18n.js';
import type { AppShellState } from './AppShell.types.js';
import type { useAppShellStyles } from './useAppShellStyles.styles.js';

export function renderAppShell(state: AppShellState, styles: ReturnType<typeof useAppShellStyles>) {
  return (
    <div className={styles.root}>
      <a
        href="#main"
        className={styles.skip}
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {state.skipLabel}
      </a>
      <header className={styles.header}>
        <Text as="p" size={500} weight="semibold" className={styles.title}>
          {state.appTitle}
        </Text>
        <Text className={styles.user}>{state.userLine}</Text>
        {state.picker && (
          <Field label={state.picker.label} orientation="horizontal">
            <Select value={state.picker.plan} onChange={(_, d) => state.picker?.choose(d.value)}>
              {state.picker.plans.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field
          label={{ children: state.languageLabel, className: styles.languageLabel }}
          orientation="horizontal"
          className={styles.languageField}
        >
          <Select
            className={styles.language}
            value={state.language}
            onChange={(_, d) => state.setLanguage(d.value as Language)}
          >
            <option value="sv">Svenska</option>
            <option value="en">English</option>
          </Select>
        </Field>
        <Button onClick={state.signOut}>{state.signOutLabel}</Button>
      </header>
      <nav aria-label={state.navLabel} className={styles.nav}>
        <ul className={styles.navList}>
          {state.items.map((item) => (
            <li key={item.route}>
              <Link
                href={item.href}
                aria-current={item.current ? 'page' : undefined}
                className={mergeClasses(styles.navLink, item.current && styles.current)}
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} className={styles.main}>
        {state.children}
      </main>
    </div>
  );
}
