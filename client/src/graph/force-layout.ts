// The client's own layout, used only when the server sent no positions: fcose (loaded then, as its own chunk) over the
// whole temporal network (hidden and culled elements too, so positions stay fixed as time moves); classes restored after.
import cytoscape, { type Core } from 'cytoscape';

/** fcose and the layout libraries under it (~120 KB minified), registered with Cytoscape on first use. */
let fcoseReady: Promise<void> | null = null;
const loadFcose = () =>
  (fcoseReady ??= import('cytoscape-fcose').then(({ default: fcose }) => {
    cytoscape.use(fcose);
  }));

/** Up to this many nodes fcose runs at its best quality; above it a quicker pass keeps the first drawing quick. */
const FCOSE_PROOF_MAX_NODES = 120;

/** Lays out every element of `cy` with fcose and resolves when it stops. */
export async function runForceLayout(cy: Core, animate: boolean): Promise<void> {
  await loadFcose();
  const hidden = cy.elements('.hidden, .culled');
  const classesOf = new Map(hidden.map((e) => [e.id(), e.classes()]));
  hidden.removeClass('hidden culled');
  const run = cy.elements().layout({
    name: 'fcose',
    randomize: true,
    animate,
    animationDuration: 600,
    ...(cy.nodes().length > FCOSE_PROOF_MAX_NODES ? { quality: 'default', numIter: 1000 } : { quality: 'proof' }),
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 90,
    nodeSeparation: 80,
    padding: 40,
  } as unknown as cytoscape.LayoutOptions);
  const done = new Promise<void>((resolve) => run.one('layoutstop', () => resolve()));
  run.run();
  await done;
  hidden.forEach((e) => void e.classes(classesOf.get(e.id()) ?? []));
}
