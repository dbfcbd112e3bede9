// Test support: a store that stops a job part-way as a crash would: its writes are rejected once the job has kept
// `after` positions, and each accepted write is reported.
import type { Repository, WriteOp } from '../types';

export interface StopOptions {
  /** Whether an operation keeps a job's position (default: any job state written). */
  keepsPosition?: (op: WriteOp) => boolean;
  /** Called with each write's operations once the store has accepted them. */
  onWritten?: (ops: WriteOp[]) => void;
}

const anyJobState = (op: WriteOp) => op.kind === 'jobState' && op.op !== 'delete';

export function stoppingAfter(
  store: Repository,
  after: number,
  { keepsPosition = anyJobState, onWritten }: StopOptions = {},
): Repository {
  let positions = 0;
  return new Proxy(store, {
    get(target, name, receiver) {
      if (name !== 'write') return Reflect.get(target, name, receiver) as unknown;
      return async (...args: Parameters<Repository['write']>) => {
        if (positions >= after) throw new Error('Stopped');
        const written = await target.write(...args);
        onWritten?.(args[1]);
        if (args[1].some(keepsPosition)) positions += 1;
        return written;
      };
    },
  });
}
