// The colours reserved for drawn states, without zod (the client bundles this file); contract/presentation.ts
// re-exports them for the server, whose group palette must avoid them.

/** Colours reserved for states drawn over the data's own colours (group and relationship-type colours never use them):
 * a relationship that arrived or ended in the step shown (and a Compare's added or ended one), a query result or
 * search hit, a path, and the focused element. */
export const STATE_COLORS = {
  arrived: '#12b886',
  ended: '#f03e3e',
  highlight: '#fcc419',
  hit: '#fcc419',
  path: '#e64980',
  focused: '#212529',
} as const;
