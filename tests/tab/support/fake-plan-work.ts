import type { Versioned } from '../../../src/app/ports.js';
import type { ImportOutcome, PlanWorkApi } from '../../../src/tab/backend/plan-work-api.js';
import type { TabFailure, TabResult } from '../../../src/tab/backend/tab-backend.js';
import { mergedActivities } from '../../../src/domain/plan-work.js';
import type { FakeBackend } from './fake-backend.js';

type Method = keyof PlanWorkApi;

/**
 * The plan work API in memory over the FakeBackend's snapshot: records each call, writes with
 * fresh versions, can fail the next call of a method. The import answers `importOutcome`.
 */
export class FakePlanWorkApi implements PlanWorkApi {
  readonly calls: { method: Method; args: unknown[] }[] = [];
  private failures = new Map<Method, TabFailure>();
  importOutcome: ImportOutcome = { created: 0, updated: 0, unchanged: 0, refused: [] };
  private seq = 100;

  constructor(private readonly backend: FakeBackend) {}

  failNext(method: Method, failure: TabFailure): void {
    this.failures.set(method, failure);
  }

  callsOf(method: Method): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private async answer<T>(method: Method, args: unknown[], work: () => T): Promise<TabResult<T>> {
    this.calls.push({ method, args });
    await Promise.resolve();
    const failure = this.failures.get(method);
    this.failures.delete(method);
    return failure ? { ok: false, error: failure } : { ok: true, value: work() };
  }

  private versioned<T extends object>(value: T): Versioned<T> {
    return { ...value, version: `p${String(++this.seq)}` };
  }

  createActivity: PlanWorkApi['createActivity'] = (activity) =>
    this.answer('createActivity', [activity], () =>
      this.versioned({
        ...activity,
        id: `N${String(this.seq)}`,
        planId: this.backend.snapshot.plan.id,
        example: false,
      }),
    );
  endActivity: PlanWorkApi['endActivity'] = (activityId, end) =>
    this.answer('endActivity', [activityId, end], () => {
      const current = this.backend.snapshot.activities.find((a) => a.id === activityId)!;
      const { expectedVersion: _v, on, ...rest } = end;
      return this.versioned({ ...current, ended: { ...rest, on: on ?? '2024-02-01' } });
    });
  createArea: PlanWorkApi['createArea'] = (area) =>
    this.answer('createArea', [area], () =>
      this.versioned({
        ...area,
        id: `area-${String(this.seq)}`,
        planId: this.backend.snapshot.plan.id,
        order: 99,
      }),
    );
  renameArea: PlanWorkApi['renameArea'] = (areaId, area, version) =>
    this.answer('renameArea', [areaId, area, version], () => {
      const current = this.backend.snapshot.areas.find((a) => a.id === areaId)!;
      return this.versioned({ ...current, ...area });
    });
  endArea: PlanWorkApi['endArea'] = (areaId, version) =>
    this.answer('endArea', [areaId, version], () => {
      const current = this.backend.snapshot.areas.find((a) => a.id === areaId)!;
      return this.versioned({ ...current, endedOn: '2024-02-01' });
    });
  reorderAreas: PlanWorkApi['reorderAreas'] = (order) =>
    this.answer('reorderAreas', [order], () =>
      order.map(({ areaId }, i) => {
        const current = this.backend.snapshot.areas.find((a) => a.id === areaId)!;
        return this.versioned({ ...current, order: i + 1 });
      }),
    );
  createGoal: PlanWorkApi['createGoal'] = (goal) =>
    this.answer('createGoal', [goal], () =>
      this.versioned({ ...goal, id: `goal-${String(this.seq)}` }),
    );
  renameGoal: PlanWorkApi['renameGoal'] = (goalId, goal, version) =>
    this.answer('renameGoal', [goalId, goal, version], () =>
      this.versioned({ ...goal, id: goalId }),
    );
  addDepartment: PlanWorkApi['addDepartment'] = (department) =>
    this.answer('addDepartment', [department], () =>
      this.versioned({ ...department, id: `d-${String(this.seq)}`, coordinating: false }),
    );
  renameDepartment: PlanWorkApi['renameDepartment'] = (departmentId, department, version) =>
    this.answer('renameDepartment', [departmentId, department, version], () => {
      const current = this.backend.snapshot.departments.find((d) => d.id === departmentId)!;
      return this.versioned({ ...current, ...department });
    });
  endDepartment: PlanWorkApi['endDepartment'] = (departmentId, version) =>
    this.answer('endDepartment', [departmentId, version], () => {
      const current = this.backend.snapshot.departments.find((d) => d.id === departmentId)!;
      return this.versioned({ ...current, endedOn: '2024-02-01' });
    });
  mergeDepartment: PlanWorkApi['mergeDepartment'] = (departmentId, intoId, version) =>
    this.answer('mergeDepartment', [departmentId, intoId, version], () => {
      const { snapshot } = this.backend;
      const current = snapshot.departments.find((d) => d.id === departmentId)!;
      const moved = mergedActivities(snapshot.activities, departmentId, intoId).map((a) =>
        this.versioned(a),
      );
      return {
        department: this.versioned({ ...current, endedOn: '2024-02-01', mergedIntoId: intoId }),
        moved,
      };
    });
  importTemplate: PlanWorkApi['importTemplate'] = () =>
    this.answer('importTemplate', [], () => new Uint8Array([0x50, 0x4b, 3, 4]));
  previewImport: PlanWorkApi['previewImport'] = (workbook) =>
    this.answer('previewImport', [workbook], () => this.importOutcome);
  runImport: PlanWorkApi['runImport'] = (workbook) =>
    this.answer('runImport', [workbook], () => this.importOutcome);
}
