// How the loaded data is drawn: its groups (for the legend and node colours), relationship-type colours and line
// styles, all derived from the timeline itself (grouping, edge types, vocabulary categories).
import type { GroupInfo } from '../../../contract/presentation';
import type { TimelineData } from '../data';
import type { ElementLook } from './element-data';
import { groupColors, legendGroups, lineStyleOf, typeColors } from './palette';

/** The legend groups and the element look of `data`. */
export function lookOf(data: TimelineData): { groups: GroupInfo[]; look: ElementLook } {
  const { timeline } = data;
  const groups = legendGroups(
    timeline.grouping,
    timeline.nodes.map((n) => n.group),
  );
  return {
    groups,
    look: {
      groupColors: groupColors(groups),
      typeColors: typeColors(timeline.edges.map((e) => e.type)),
      lineStyle: (type) => lineStyleOf(data.vocabulary.get(type)),
    },
  };
}
