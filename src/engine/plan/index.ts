/** The 创建规划 (PLAN.md): the plan of least cost, its sheet, its document and the copy with it applied. */
export { planCounty } from './plan';
export type { PlanOptions, PlanOutcome } from './plan';
export type { MipModel, MipResult, MipSolver, Plan, PlanAction, PlanAddition, PlanSettings } from './types';
export { buildPlanSheet } from './sheet';
export { planEdits } from './apply';
export type { CellEdit } from './apply';
export { planDocument } from './document';
