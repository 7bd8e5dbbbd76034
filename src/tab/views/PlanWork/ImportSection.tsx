import {
  Button,
  Field,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ImportOutcome } from '../../backend/plan-work-api.js';
import { useTabServices } from '../../services/tab-services.js';
import type { PlanWorkContext } from './PlanWork.types.js';
import type { PlanWorkStyles } from './usePlanWorkStyles.styles.js';

type Props = { readonly context: PlanWorkContext; readonly styles: PlanWorkStyles };
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "Importera från Excel": the template, the upload, the preview per row, then the import. */
export function ImportSection({ context, styles }: Props) {
  const { api, text, act } = context;
  const { download } = useTabServices();
  const fileId = useId();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | undefined>();
  const [preview, setPreview] = useState<ImportOutcome | undefined>();
  const [result, setResult] = useState('');
  const [error, setError] = useState('');

  const summary = (key: 'import.previewSummary' | 'import.doneSummary', o: ImportOutcome) =>
    text(key, {
      created: o.created,
      updated: o.updated,
      unchanged: o.unchanged,
      refused: o.refused.length,
    });
  const template = () =>
    act(
      () => api.importTemplate(),
      (bytes) => {
        download({ name: 'aktivitetsplan-mall.xlsx', bytes, mimeType: xlsx });
        return { done: text('import.template') };
      },
    );
  const choose = async (chosen: File | undefined) => {
    setPreview(undefined);
    setResult('');
    setFile(
      chosen ? { name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) } : undefined,
    );
  };
  const send = async (kind: 'preview' | 'run') => {
    if (!file) return setError(text('import.noFile'));
    setError('');
    const failure = await act(
      () => (kind === 'preview' ? api.previewImport(file.bytes) : api.runImport(file.bytes)),
      (outcome) => {
        const done = summary(
          kind === 'preview' ? 'import.previewSummary' : 'import.doneSummary',
          outcome,
        );
        setPreview(kind === 'preview' ? outcome : undefined);
        setResult(done);
        if (kind === 'run') context.reload();
        return { done };
      },
    );
    if (failure) setError(failure.message);
  };

  return (
    <section aria-labelledby="planera-import" className={styles.section}>
      <h2 className={styles.h2} id="planera-import">
        {text('import.heading')}
      </h2>
      <p>{text('import.intro')}</p>
      <div className={styles.row}>
        <Button onClick={() => void template()}>{text('import.template')}</Button>
      </div>
      <Field
        label={{ children: text('import.file'), htmlFor: fileId }}
        validationMessage={error || undefined}
      >
        <input
          id={fileId}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </Field>
      <div className={styles.row}>
        <Button disabled={!file} onClick={() => void send('preview')}>
          {text('import.preview')}
        </Button>
        <Button appearance="primary" disabled={!preview} onClick={() => void send('run')}>
          {text('import.run')}
        </Button>
      </div>
      {result ? <p>{result}</p> : null}
      {preview ? renderPreview(preview, context, styles) : null}
    </section>
  );
}

function renderPreview(preview: ImportOutcome, { text }: PlanWorkContext, styles: PlanWorkStyles) {
  const problems = (row: number) =>
    preview.refused.filter((r) => r.row === row).map((r) => `${r.column}: ${r.message}`);
  const rows =
    preview.rows ??
    [...new Set(preview.refused.map((r) => r.row))].map((row) => ({
      row,
      action: 'refused' as const,
      title: '',
    }));
  return (
    <Table aria-label={text('import.rows')} className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{text('import.row')}</TableHeaderCell>
          <TableHeaderCell>{text('import.activity')}</TableHeaderCell>
          <TableHeaderCell>{text('import.what')}</TableHeaderCell>
          <TableHeaderCell>{text('import.problems')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.row}>
            <TableCell>{r.row}</TableCell>
            <TableCell>{r.title}</TableCell>
            <TableCell>{text(`import.${r.action}`)}</TableCell>
            <TableCell>{problems(r.row).join('; ')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
