// Group colours: a categorical palette of ten hues (Tableau 10 and Okabe-Ito based) for the largest groups, the rest
// pooled as one grey "Other" group. No hue comes close to the client's state colours (contract STATE_COLORS).
import type { GroupInfo } from '../../contract/presentation.js';

/** Distinct hues, in the order the largest groups take them. */
export const GROUP_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#0c8599',
  '#7048e8',
  '#9c755f',
  '#56b4e9',
  '#8f9a2c',
  '#1c3f94',
  '#b07aa1',
  '#a0522d',
] as const;

/** The grey of the pool of smaller groups. */
export const OTHER_GROUP_COLOR = '#adb5bd';
export const OTHER_GROUP_ID = 'other';

/** A group before it has a colour: its members' ids and its label from the data. */
export interface GroupCandidate {
  id: string;
  label: string;
  labelZh: string | null;
  members: string[];
}

/** The groups with their colours, and each member's group id (a pooled member's is OTHER_GROUP_ID). */
export interface ColouredGroups {
  groups: GroupInfo[];
  groupOf: Map<string, string>;
}

const bySizeThenId = (a: GroupCandidate, b: GroupCandidate) =>
  b.members.length - a.members.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Gives the largest groups of two or more members one palette colour each, largest first, and pools every other group
 * (the smaller ones and the single nodes) into one grey "Other" group, listed last when it has members.
 */
export function colourGroups(candidates: readonly GroupCandidate[]): ColouredGroups {
  const ordered = [...candidates].filter((c) => c.members.length > 0).sort(bySizeThenId);
  const groups: GroupInfo[] = [];
  const groupOf = new Map<string, string>();
  const pooled: string[] = [];
  for (const candidate of ordered) {
    if (groups.length < GROUP_PALETTE.length && candidate.members.length > 1 && candidate.id !== OTHER_GROUP_ID) {
      const color = GROUP_PALETTE[groups.length]!;
      groups.push({
        id: candidate.id,
        label: candidate.label,
        labelZh: candidate.labelZh,
        color,
        size: candidate.members.length,
        other: false,
      });
      for (const member of candidate.members) groupOf.set(member, candidate.id);
    } else pooled.push(...candidate.members);
  }
  if (pooled.length) {
    groups.push({ id: OTHER_GROUP_ID, label: 'Other', labelZh: '其他', color: OTHER_GROUP_COLOR, size: pooled.length, other: true });
    for (const member of pooled) groupOf.set(member, OTHER_GROUP_ID);
  }
  return { groups, groupOf };
}
