// Cypher expressions that read one time property, stored in any lens storage form, as a DATE (null when the value is
// missing or not in its form). Rendered into lens templates by templates.ts; the form comes from a closed enum and the
// property key is already schema-checked and quoted, so no request text can reach the query.
import type { StorageForm } from '../../contract/lens.js';

/** ISO-8601 day or date-time text (what storage-forms.ts isIsoText accepts before its calendar check). */
const ISO_PATTERN =
  "'[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T[0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?'";

/** A whole number, stored as an integer or as a float without a fraction (as JavaScript clients often write it). */
const whole = (x: string) => `(${x} IS :: INTEGER OR (${x} IS :: FLOAT AND ${x} = round(${x})))`;

/**
 * The DATE `property` (an already-quoted property access such as r.`sentAt`) names in storage form `form`. The value is
 * read once into a local variable (a list comprehension), which also keeps Neo4j 5.26's planner from failing on
 * repeated property reads inside SHORTEST path predicates.
 */
export function dayExpression(property: string, form: StorageForm): string {
  return `[${STAMP} IN [${property}] | ${formExpression(STAMP, form)}][0]`;
}

/** The local variable the value is read into (not a name any template uses). */
const STAMP = 'hulianStamp';

function formExpression(x: string, form: StorageForm): string {
  switch (form) {
    case 'date':
      return `CASE WHEN ${x} IS :: DATE THEN ${x} END`;
    case 'datetime':
      return `CASE WHEN ${x} IS :: ZONED DATETIME THEN date(${x}) END`;
    case 'localdatetime':
      return `CASE WHEN ${x} IS :: LOCAL DATETIME THEN date(${x}) END`;
    case 'epochMillis':
      return `CASE WHEN ${whole(x)} AND -30610224000000 <= ${x} <= 253402300799999 THEN date(datetime({epochMillis: toInteger(${x})})) END`;
    case 'epochSeconds':
      return `CASE WHEN ${whole(x)} AND -30610224000 <= ${x} <= 253402300799 THEN date(datetime({epochSeconds: toInteger(${x})})) END`;
    case 'year':
      return `CASE WHEN ${whole(x)} AND 1000 <= ${x} <= 9999 THEN date({year: toInteger(${x})}) END`;
    case 'isoString':
      // The calendar check (no 2021-02-30) runs before date() could fail on such a day.
      return (
        `CASE WHEN ${x} IS :: STRING AND ${x} =~ ${ISO_PATTERN} THEN CASE WHEN (date({year: toInteger(left(${x}, 4)), ` +
        `month: toInteger(substring(${x}, 5, 2))}) + duration({days: toInteger(substring(${x}, 8, 2)) - 1})).month = ` +
        `toInteger(substring(${x}, 5, 2)) THEN date(left(${x}, 10)) END END`
      );
  }
}
