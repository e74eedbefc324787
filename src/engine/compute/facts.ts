/**
 * What several calculators ask of every school, as a type shared by the scope rules (parts.ts), the school items
 * (schoolItems.ts, which works the facts out) and the guarantee and quality calculators.
 */
import type { Stage } from '../model';

/**
 * What several calculators ask of every school, worked out once per run; index = position in the school list.
 */
export interface SchoolFacts {
  /** Compulsory-stage students (compulsoryStudents), NaN when a needed count is blank or the type unknown. */
  compulsory: Float64Array;
  /** The 学段 that have students (blank counts as present), as shared arrays. */
  active: (readonly Stage[])[];
  /** Why the school is left out of 资源配置 (exclusionReason), null when it is not. */
  excluded: (string | null)[];
  /** 1 for the schools the county's 资源配置 is evaluated on. */
  inScope: Uint8Array;
  /** 1 for the schools G3, G4, G5 and Q4 look at: as inScope, but 民办 whatever the 资源配置 setting. */
  itemScope: Uint8Array;
}
