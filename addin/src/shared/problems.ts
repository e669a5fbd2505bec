import type { TFunction } from 'i18next';
import { isApiError } from '../api/errors';

/** A readable message for a failed call: the problem's detail, with its line when it names one. */
export function problemMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) {
    return error instanceof Error ? error.message : String(error);
  }
  if (error.kind !== 'client') {
    return t(`errors.${error.kind}`);
  }
  const text = [error.title, error.detail].filter(Boolean).join(' ') || t('errors.client');
  const line = error.problem?.line;
  return typeof line === 'number' ? `${t('settings.problemLine', { line })}: ${text}` : text;
}

/** Field errors of a 400 validation problem (`errors`: field → messages). */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) {
    return {};
  }
  const errors = error.problem?.errors;
  const result: Record<string, string> = {};
  if (errors !== null && typeof errors === 'object') {
    for (const [key, value] of Object.entries(errors as Record<string, unknown>)) {
      const messages = Array.isArray(value) ? value.filter((m): m is string => typeof m === 'string') : [];
      if (messages.length > 0) {
        result[key.charAt(0).toLowerCase() + key.slice(1)] = messages.join(' ');
      }
    }
  }
  return result;
}
