import { AppError } from '@/lib/errors';

// Paging by count for APIs that page with limit + page/offset and say nothing
// else (Rakuten, Tradedoubler): a full page means there may be more, a short
// one that it was the last. The list is found the way the adapter finds it;
// an answer without it cannot be paged, so the run fails (and resumes).

export function listLength(body: string, network: string, field?: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new AppError('unprocessable', `${network} page: not JSON`);
  }
  const list =
    field === undefined
      ? parsed
      : typeof parsed === 'object' && parsed !== null
        ? (parsed as Record<string, unknown>)[field]
        : undefined;
  if (!Array.isArray(list)) {
    throw new AppError('unprocessable', `${network} page: ${field ?? 'the answer'} is not an array`);
  }
  return list.length;
}
