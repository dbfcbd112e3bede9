// withTimeout: passes results and errors through, and gives up after the given time.
import { TimeoutError, withTimeout } from './withTimeout';

describe('withTimeout', () => {
  it('resolves with the value when the promise settles in time', async () => {
    await expect(withTimeout(Promise.resolve(42), 1000, 'answer')).resolves.toBe(42);
  });

  it('passes a rejection through unchanged', async () => {
    const error = new Error('boom');
    await expect(withTimeout(Promise.reject(error), 1000, 'answer')).rejects.toBe(error);
  });

  it('rejects with a TimeoutError naming the wait when time runs out', async () => {
    const never = new Promise<number>(() => undefined);
    const started = Date.now();
    const result = withTimeout(never, 30, 'Office.onReady');
    await expect(result).rejects.toBeInstanceOf(TimeoutError);
    await expect(result).rejects.toThrow('Office.onReady did not settle within 30 ms');
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});
