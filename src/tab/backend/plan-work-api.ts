import type { Versioned } from '../../app/ports.js';
import type { Activity, Department, DevelopmentArea, Goal } from '../../domain/model.js';
import type {
  AreaOrderRequest,
  AreaRequest,
  DepartmentRequest,
  EndActivityRequest,
  GoalRequest,
  MergeResponse,
  NewActivityRequest,
} from '../api/plan-work-contract.js';
import type { TabResult } from './tab-result.js';

/** What importing (or previewing) an Excel file does, per the server's import API. */
export type ImportOutcome = {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly refused: readonly {
    readonly row: number;
    readonly column: string;
    readonly message: string;
  }[];
  readonly rows?: readonly {
    readonly row: number;
    readonly action: 'create' | 'update' | 'unchanged' | 'refused';
    readonly title: string;
  }[];
};

/** The working group's plan work over the API (the Planera view loads it lazily). */
export interface PlanWorkApi {
  createActivity(activity: NewActivityRequest['activity']): Promise<TabResult<Versioned<Activity>>>;
  endActivity(activityId: string, end: EndActivityRequest): Promise<TabResult<Versioned<Activity>>>;
  createArea(area: AreaRequest): Promise<TabResult<Versioned<DevelopmentArea>>>;
  renameArea(
    areaId: string,
    area: AreaRequest,
    expectedVersion: string,
  ): Promise<TabResult<Versioned<DevelopmentArea>>>;
  endArea(areaId: string, expectedVersion: string): Promise<TabResult<Versioned<DevelopmentArea>>>;
  reorderAreas(order: AreaOrderRequest['order']): Promise<TabResult<Versioned<DevelopmentArea>[]>>;
  createGoal(goal: GoalRequest): Promise<TabResult<Versioned<Goal>>>;
  renameGoal(
    goalId: string,
    goal: GoalRequest,
    expectedVersion: string,
  ): Promise<TabResult<Versioned<Goal>>>;
  addDepartment(department: DepartmentRequest): Promise<TabResult<Versioned<Department>>>;
  renameDepartment(
    departmentId: string,
    department: DepartmentRequest,
    expectedVersion: string,
  ): Promise<TabResult<Versioned<Department>>>;
  endDepartment(
    departmentId: string,
    expectedVersion: string,
  ): Promise<TabResult<Versioned<Department>>>;
  mergeDepartment(
    departmentId: string,
    intoId: string,
    expectedVersion: string,
  ): Promise<TabResult<MergeResponse>>;
  /** The Excel template (xlsx bytes) for the plan as it is now. */
  importTemplate(): Promise<TabResult<Uint8Array>>;
  /** What importing the workbook would do; nothing is written. */
  previewImport(workbook: Uint8Array): Promise<TabResult<ImportOutcome>>;
  /** Imports the rows without problems. */
  runImport(workbook: Uint8Array): Promise<TabResult<ImportOutcome>>;
}
