/** Messages and labels of the calculations: statuses, verdicts, blockers, shortfall actions. */
export const computeMessages = {} as const;
