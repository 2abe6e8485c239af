/** Working state of the alignment: a group (row) before it is ordered. */
import type { MemberRef } from './align-documents';

/** A group while rows are being ordered. */
export interface WorkGroup {
  members: MemberRef[];
  merged: boolean;
  /** the row's first unit of the pivot document, -1 when it has none */
  pivotIndex: number;
}
