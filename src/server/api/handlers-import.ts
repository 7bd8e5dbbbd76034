import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
  type Router,
} from 'express';
import { basisOf, runImport, summaryOf } from '../../app/import/run-import.js';
import {
  importApiPaths,
  xlsxContentType,
  type ImportPreviewResponse,
  type ImportSummaryResponse,
} from '../../tab/api/contract.js';
import { planQuery, type Handler } from './api-deps.js';
import { sendFailure } from './api-errors.js';

/**
 * The Excel import for the tab (contract.ts, "The Excel import"): the template, the preview and
 * the import itself, for the working group only. The workbook travels as the raw body; a body
 * over 10 MB is refused with 413 as soon as its length is known, before it is read. exceljs is
 * loaded on the first use, so the server starts without it. Each request names the plan chosen in
 * the tab (`?plan=<id>`; absent: the plan in force): the template is that plan's, and rows are
 * matched against it first (runImport).
 */

const maxBytes = 10 * 1024 * 1024;

const importMessages = {
  tooLarge: 'Filen är för stor: högst 10 MB kan importeras. Dela upp den i flera filer.',
  notXlsx: `Skicka arbetsboken som .xlsx (Content-Type ${xlsxContentType}).`,
} as const;

const rawBody = express.raw({
  type: [xlsxContentType, 'application/octet-stream'],
  limit: maxBytes,
});

/** The raw body, with a too-large one answered 413 in Swedish (the router's handler says 400). */
const readBody: RequestHandler = (req, res, next) => {
  void rawBody(req, res, (error?: unknown) => {
    const type = (error as { type?: unknown } | undefined)?.type;
    if (type === 'entity.too.large')
      return sendFailure(res, { reason: 'invalid', message: importMessages.tooLarge, status: 413 });
    next(error);
  });
};

const template: Handler = async (req, res, { deps, caller }) => {
  const planId = planQuery(req);
  const [allowed, snapshot] = await Promise.all([
    deps.useCases.authorization.canManage(caller),
    deps.store.loadPlan({ planId }),
  ]);
  if (!allowed.ok) return sendFailure(res, allowed.error);
  if (!snapshot.ok) return sendFailure(res, snapshot.error);
  const { writeTemplate } = await import('../import/write-template.js');
  const bytes = await writeTemplate(basisOf(snapshot.value));
  res.setHeader('Content-Disposition', 'attachment; filename="aktivitetsplan-import.xlsx"');
  res.status(200).type(xlsxContentType).send(bytes);
};

/** The working group only, asked before the body is read (nobody else uploads 10 MB). */
function workingGroupOnly(next: NextFunction): Handler {
  return async (_req, res, { deps, caller }) => {
    const allowed = await deps.useCases.authorization.canManage(caller);
    if (!allowed.ok) return sendFailure(res, allowed.error);
    next();
  };
}

function importing(dryRun: boolean): Handler {
  return async (req, res, { deps }) => {
    if (!Buffer.isBuffer(req.body))
      return sendFailure(res, { reason: 'invalid', message: importMessages.notXlsx, status: 415 });
    const { readWorkbook } = await import('../import/read-workbook.js');
    const rows = await readWorkbook(new Uint8Array(req.body));
    if (!rows.ok)
      return sendFailure(res, {
        reason: 'invalid',
        message: rows.message,
        fields: { file: rows.message },
      });
    const planId = planQuery(req);
    const outcome = await runImport(deps.store, rows.value, {
      dryRun,
      ...(planId === undefined ? {} : { planId }),
    });
    if (!outcome.ok) return sendFailure(res, outcome.error);
    if (dryRun) {
      const { refused, rows: previewRows, ...counts } = outcome.value;
      const response: ImportPreviewResponse = {
        ...counts,
        refused: [...refused],
        rows: previewRows.map(({ changes, ...r }) => ({
          ...r,
          ...(changes ? { changes: [...changes] } : {}),
        })),
      };
      res.status(200).json(response);
      return;
    }
    const summary = summaryOf(outcome.value);
    const response: ImportSummaryResponse = { ...summary, refused: [...summary.refused] };
    res.status(200).json(response);
  };
}

type Route = (req: Request, res: Response, handler: Handler) => Promise<void>;

/** Mounts the three import routes on the API's router (after authentication). */
export function mountImportRoutes(router: Router, route: Route): void {
  router.get(importApiPaths.template(), (req, res) => route(req, res, template));
  const allowed = (req: Request, res: Response, next: NextFunction) =>
    route(req, res, workingGroupOnly(next));
  router.post(importApiPaths.preview(), allowed, readBody, (req, res) =>
    route(req, res, importing(true)),
  );
  router.post(importApiPaths.run(), allowed, readBody, (req, res) =>
    route(req, res, importing(false)),
  );
}
