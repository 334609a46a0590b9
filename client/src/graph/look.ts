// How the loaded data is drawn: its groups (for the legend and node colours), relationship-type colours and line
// styles, all derived from the timeline itself (grouping, edge types, vocabulary categories).
import type { GroupInfo } from '../../../contract/presentation';
import type { TimelineData } from '../data';
import type { ElementLook } from './element-data';
import { groupColors, legendGroups, lineStyleOf, typeColors } from './palette';

type Look = { groups: GroupInfo[]; look: ElementLook };

/** The last look worked out for each data, with the nodes and edges it was worked out from (a view replaces them). */
const worked = new WeakMap<TimelineData, { nodes: unknown[]; edges: unknown[]; look: Look }>();

/** The legend groups and the element look of `data`, worked out once for the same nodes and edges. */
export function lookOf(data: TimelineData): Look {
  const { nodes, edges } = data.timeline;
  const last = worked.get(data);
  if (last?.nodes === nodes && last.edges === edges) return last.look;
  const look = workOutLook(data);
  worked.set(data, { nodes, edges, look });
  return look;
}

function workOutLook(data: TimelineData): Look {
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
