// Tests for cutting a write into Cosmos DB batches by operation count and request size.
import { batchesOf, MAX_BATCH_BYTES } from './cosmosBatches';

const op = (i: number, bytes = 10) => ({ i, text: 'x'.repeat(bytes) });

describe('Cosmos DB batches', () => {
  it('keeps at most 100 operations a batch, in order', () => {
    const ops = Array.from({ length: 250 }, (_, i) => op(i));
    const batches = batchesOf(ops);
    expect(batches.map((b) => b.length)).toEqual([100, 100, 50]);
    expect(batches.flat()).toEqual(ops);
  });

  it('starts a new batch before the request would pass the size limit', () => {
    // 60 invoices of about 100 kB each (many lines with their checks) are 6 MB: four batches, each below 2 MB.
    const ops = Array.from({ length: 60 }, (_, i) => op(i, 100_000));
    const batches = batchesOf(ops);
    expect(batches.length).toBe(4);
    for (const batch of batches) expect(Buffer.byteLength(JSON.stringify(batch))).toBeLessThan(MAX_BATCH_BYTES + 1000);
    expect(batches.flat()).toEqual(ops);
  });

  it('puts an operation above the limit in a batch of its own', () => {
    expect(batchesOf([op(1), op(2, MAX_BATCH_BYTES + 1), op(3)]).map((b) => b.length)).toEqual([1, 1, 1]);
  });
});
