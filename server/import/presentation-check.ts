// Checks a dataset file's presentation block against its schema (contract/dataset-presentation.ts), naming each bad
// field the way every other import problem is named.
import { DatasetPresentation } from '../../contract/dataset-presentation.js';
import { ValidationError } from './validate.js';

/** The presentation in `value` (read from `file`), typed; throws ValidationError naming each bad field. */
export function checkPresentation({ file, value }: { file: string; value: unknown }): DatasetPresentation {
  const result = DatasetPresentation.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({
      file,
      record: 'the presentation',
      field: issue.path.join('.') || '(all)',
      message: issue.message,
    })),
  );
}
