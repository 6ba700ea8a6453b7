import '@xyflow/react/dist/style.css';
import {
  Background,
  Controls,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useNodesState,
  useReactFlow,
  type Connection,
  type Edge,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../domain/content/localized';
import { setOptionNext, textIn } from '../../../../domain/routemap/edit-map';
import type { MapIssues } from '../../../../domain/routemap/map-issues';
import type { RouteMapFile } from '../../../../domain/routemap/schema';
import { edgesOf, layoutMap, nodeHeight, nodeWidth } from './diagram-layout';
import { nodeText } from './node-text';

/** What both views of a map (this diagram and the outline) are given by the editor. */
export interface MapViewProps {
  map: RouteMapFile;
  issues: MapIssues;
  selected: string | null;
  onEdit: (change: (map: RouteMapFile) => RouteMapFile) => void;
  onSelect: (id: string) => void;
}

interface StepData extends Record<string, unknown> {
  kind: string;
  id: string;
  text: string;
  start: boolean;
  problems: number;
  /** The answers of a question, each with its own handle to drag from; `dangling` when it leads nowhere. */
  options: { label: string; dangling: boolean }[];
}
type StepNode = Node<StepData, 'step'>;

/** The diagram of the map: nodes laid out by ELK, answers as edges that can be dragged to another node. */
export function RouteDiagram(props: MapViewProps) {
  return (
    <ReactFlowProvider>
      <Diagram {...props} />
    </ReactFlowProvider>
  );
}

const nodeTypes = { step: StepBox };

function Diagram({ map, issues, selected, onEdit, onSelect }: MapViewProps) {
  const { t, i18n } = useTranslation('routemapEditor');
  const lang = i18n.language as Language;
  const { fitView, getViewport, setViewport } = useReactFlow();
  const [nodes, setNodes, onNodesChange] = useNodesState<StepNode>([]);
  const [positions, setPositions] = useState<Map<string, { x: number; y: number }> | null>(null);

  const data = useMemo(
    () =>
      map.nodes.map((node): StepData => {
        const ids = new Set(map.nodes.map((n) => n.id));
        return {
          kind: t(node.type === 'question' ? 'node.question' : 'node.outcome'),
          id: node.id,
          text: nodeText(node, lang) || t('node.untitled'),
          start: map.start === node.id,
          problems: issues.byNode.get(node.id)?.length ?? 0,
          options: node.type === 'question' ? node.options.map((o) => ({ label: textIn(o.label, lang) || textIn(o.label, 'nl') || '?', dangling: !ids.has(o.next) })) : [],
        };
      }),
    [map, issues, lang, t],
  );
  const sizes = useMemo(() => new Map(data.map((d) => [d.id, { width: nodeWidth(d.options.length), height: nodeHeight(d.text, d.options.length) }])), [data]);

  // Lay out again only when the tree's shape or a box's size changes (`shape` stands for both), not on every letter typed.
  const shape = JSON.stringify([[...sizes], edgesOf(map)]);
  useEffect(() => {
    let current = true;
    void layoutMap(map, sizes).then((p) => {
      if (current) setPositions(p);
    });
    return () => {
      current = false;
    };
  }, [shape]);

  useEffect(() => {
    if (!positions) return;
    setNodes(
      data.map((d) => ({
        id: d.id,
        type: 'step',
        position: positions.get(d.id) ?? { x: 0, y: 0 },
        data: d,
        selected: d.id === selected,
        ...sizes.get(d.id),
        ariaLabel: `${d.kind} ${d.id}: ${d.text}${d.problems > 0 ? ` (${t('diagram.problems', { count: d.problems })})` : ''}`,
      })),
    );
  }, [positions, data, selected, sizes, setNodes, t]);

  // The whole map when it fits legibly; otherwise legible and from the top (the 112 question), to pan from there.
  useEffect(() => {
    if (!positions) return;
    void fitView({ padding: 0.05, maxZoom: 1, minZoom: 0.7 }).then(() => {
      const { x, zoom } = getViewport();
      const top = Math.min(...[...positions.values()].map((p) => p.y));
      void setViewport({ x, y: 16 - top * zoom, zoom });
    });
  }, [positions, fitView, getViewport, setViewport]);

  const edges: Edge[] = useMemo(
    () =>
      edgesOf(map).map((e) => {
        const node = map.nodes.find((n) => n.id === e.source);
        const option = node?.type === 'question' ? node.options[e.option] : undefined;
        return {
          id: e.id,
          source: e.source,
          sourceHandle: `antwoord-${e.option}`,
          target: e.target,
          label: option ? textIn(option.label, lang) || textIn(option.label, 'nl') : '',
          markerEnd: { type: MarkerType.ArrowClosed },
          className: 'sr-diagram__edge',
        };
      }),
    [map, lang],
  );

  const connect = (source: string, handle: string | null, target: string) => {
    const option = Number(handle?.replace('antwoord-', ''));
    if (Number.isInteger(option) && source !== target) onEdit((m) => setOptionNext(m, source, option, target));
  };

  return (
    <section aria-labelledby="diagram" className="sr-diagram">
      <Heading2 id="diagram">{t('diagram.heading')}</Heading2>
      <Paragraph id="diagram-uitleg">{t('diagram.intro')}</Paragraph>
      <div className="sr-diagram__canvas">
        <ReactFlow<StepNode, Edge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onNodeClick={(_, node) => onSelect(node.id)}
          // Enter on a focused node selects it: the keyboard's way to the form (the list is the easier one).
          onSelectionChange={({ nodes: chosen }) => {
            if (chosen.length === 1 && chosen[0]!.id !== selected) onSelect(chosen[0]!.id);
          }}
          onConnect={(c: Connection) => connect(c.source, c.sourceHandle, c.target)}
          onReconnect={(old, c) => connect(old.source, old.sourceHandle ?? null, c.target)}
          edgesReconnectable
          nodesDraggable={false}
          nodesConnectable
          minZoom={0.2}
          ariaLabelConfig={{
            'node.a11yDescription.default': t('diagram.a11yNode'),
            'node.a11yDescription.keyboardDisabled': t('diagram.a11yNode'),
            'edge.a11yDescription.default': t('diagram.a11yEdge'),
            'controls.ariaLabel': t('diagram.controls'),
            'controls.zoomIn.ariaLabel': t('diagram.zoomIn'),
            'controls.zoomOut.ariaLabel': t('diagram.zoomOut'),
            'controls.fitView.ariaLabel': t('diagram.fitView'),
            'controls.interactive.ariaLabel': t('diagram.interactive'),
            'handle.ariaLabel': t('diagram.handle'),
          }}
        >
          <Background />
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
    </section>
  );
}

function StepBox({ data, selected }: NodeProps<StepNode>) {
  const { t } = useTranslation('routemapEditor');
  const classes = ['sr-step', data.options.length > 0 ? 'sr-step--question' : 'sr-step--outcome', selected ? 'sr-step--selected' : '', data.problems > 0 ? 'sr-step--invalid' : ''];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <Handle type="target" position={Position.Top} />
      <div className="sr-step__kind">
        {data.kind} {data.id}
        {data.start && ` · ${t('node.start')}`}
      </div>
      <div className="sr-step__text">{data.text}</div>
      {data.problems > 0 && <div className="sr-step__problems">{t('diagram.problems', { count: data.problems })}</div>}
      {data.options.length > 0 && (
        <div className="sr-step__options">
          {data.options.map((o, i) => (
            <div key={i} className={`sr-step__option${o.dangling ? ' sr-step__option--dangling' : ''}`}>
              {o.label}
              {o.dangling && ' → ?'}
              <Handle type="source" id={`antwoord-${i}`} position={Position.Bottom} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
