/**
 * Turns whatever Excel threw into one Chinese sentence for the task pane. Office.js errors carry a stable
 * English `code` (OfficeExtension.ErrorCodes / Excel.ErrorCodes); their `message` is localised and meant for
 * developers, so the pane shows the catalog's sentence for the code instead.
 */
import { workbookMessages as M } from '../../engine/messages';

/** The parts of an OfficeExtension.Error this module reads; anything else thrown is handled too. */
interface OfficeErrorLike {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown; statement?: unknown; code?: unknown } | null;
}

/**
 * A state of the workbook that stops or limits an action (a protected structure, a protected sheet), found by the
 * adapter itself. Its message is already the sentence for the pane.
 */
export class WorkbookStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookStateError';
  }
}

/** Error code of an Office.js error (`ItemNotFound`, …), or null when `e` does not carry one. */
export function officeErrorCode(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return null;
  const err = e as OfficeErrorLike;
  if (typeof err.code === 'string' && err.code !== '') return err.code;
  const inner = err.debugInfo?.code;
  return typeof inner === 'string' && inner !== '' ? inner : null;
}

/** The quoted item name in an ItemNotFound statement such as `worksheets.getItem("学校基础数据")`, if any. */
function missingItem(e: OfficeErrorLike): string | null {
  const statement = e.debugInfo?.statement;
  if (typeof statement !== 'string') return null;
  const m = /getItem\("([^"]+)"\)/.exec(statement);
  return m ? m[1] : null;
}

/** A Chinese sentence for the pane describing any error thrown while talking to Excel. */
export function describeOfficeError(e: unknown): string {
  if (e instanceof WorkbookStateError) return e.message;
  const code = officeErrorCode(e);
  const err = (typeof e === 'object' && e !== null ? e : {}) as OfficeErrorLike;
  switch (code) {
    case 'InvalidArgument':
    case 'InvalidReference':
    case 'InvalidOperation':
      return M.invalidArgument;
    case 'ItemNotFound':
      return M.itemNotFound(missingItem(err));
    case 'ItemAlreadyExists':
      return M.itemAlreadyExists;
    case 'AccessDenied':
      return M.accessDenied;
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return M.payloadTooLarge;
    case 'InvalidOperationInCellEditMode':
      return M.cellEditMode;
    case 'GeneralException':
      return M.generalException;
    case 'ActivityLimitReached':
    case 'Conflict':
    case 'RequestAborted':
      return M.busy;
    case 'ApiNotFound':
    case 'UnsupportedFeature':
    case 'NotImplemented':
      return M.notSupported;
    default: {
      const detail = typeof err.message === 'string' ? err.message : typeof e === 'string' ? e : '';
      return detail !== '' ? M.unknown(detail) : M.unknownNoDetail;
    }
  }
}
