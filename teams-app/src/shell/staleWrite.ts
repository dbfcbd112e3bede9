// Whether the server refused a write because the record changed since it was read (412) or a concurrent write won
// (409): the view then reads the record again and says so, rather than showing a record that is no longer stored.
import { ApiError } from '@koberollen/shared/api/apiError';

export function isStaleWrite(failure: unknown): boolean {
  return failure instanceof ApiError && (failure.status === 412 || failure.status === 409);
}
