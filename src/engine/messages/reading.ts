/** Messages about reading the template: missing sheets and columns, unusable cells. */
export const readingMessages = {} as const;
