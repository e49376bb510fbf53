/**
 * The main-process side of the staff PIN pad. The logic is shared with the browser preview and
 * lives in `common/staff/staff-unlock.ts`; main passes `verifyPin` (Node's scrypt) and its logger.
 */
export { createStaffUnlock, type StaffUnlock, type StaffUnlockDeps } from '../../../common/staff/staff-unlock.ts';
