import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Source, TooltipEntry } from '../core/data/types';
import { placeTooltip, type Box } from '../page/tooltip-position';
import { TermCard } from './TermCard';
import { TooltipActions } from './questions/TooltipActions';

export interface TooltipState {
  entry: TooltipEntry;
  anchor: Box;
  /** Move focus into the tooltip (keyboard navigator), or leave it where it is (hover). */
  focus: boolean;
}

export interface NavigatorState {
  position: number;
  total: number;
}

export interface PageOverlayProps {
  tooltip: TooltipState | undefined;
  navigator: NavigatorState | undefined;
  announcement: string;
  sources: readonly Source[];
  onReadMore: (id: string) => void;
  onStep: (delta: number) => void;
  onCloseNavigator: () => void;
}

/** Clicks a script made (not the user) stop here: a page cannot open a tab or step for the user. */
function onlyTrusted(event: MouseEvent) {
  if (event.isTrusted) return;
  event.preventDefault();
  event.stopPropagation();
}

/**
 * The part of the page the reader sees: the visual viewport. It is offset when zoomed in, and on
 * a phone page made for desktops (no viewport meta) it is a 980 px page shrunk to the screen.
 */
function visibleArea() {
  const visual = window.visualViewport;
  if (!visual) return { left: 0, top: 0, width: window.innerWidth, height: window.innerHeight, scale: 1 };
  return { left: visual.offsetLeft, top: visual.offsetTop, width: visual.width, height: visual.height, scale: visual.scale };
}

function Tooltip({ state, sources, onReadMore }: { state: TooltipState; sources: readonly Source[]; onReadMore: (id: string) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | undefined>(undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const area = visibleArea();
    // On a shrunk page the tooltip is scaled back up to the reader's own text size. CSS zoom
    // scales the element's own lengths (left, top, max-width) too, hence the divisions.
    const zoom = area.scale < 1 ? 1 / area.scale : 1;
    element.style.zoom = zoom === 1 ? '' : String(zoom);
    element.style.setProperty('--area-width', `${area.width / zoom}px`);
    const { width, height } = element.getBoundingClientRect();
    const place = placeTooltip(state.anchor, { width, height }, area);
    setPosition({ left: place.left / zoom, top: place.top / zoom });
    if (state.focus) element.focus({ preventScroll: true });
  }, [state]);
  const headingId = `immuunwijzer-term-${state.entry.id}`;
  return (
    <div
      ref={ref}
      class="tooltip"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-testid="tooltip"
      onClickCapture={onlyTrusted}
      style={position ? { left: `${position.left}px`, top: `${position.top}px` } : { left: '0px', top: '0px', visibility: 'hidden' }}
    >
      <TermCard entry={state.entry} sources={sources} headingId={headingId} onReadMore={onReadMore} actions={<TooltipActions entry={state.entry} />} />
    </div>
  );
}

function Navigator({ state, onStep, onClose }: { state: NavigatorState; onStep: (delta: number) => void; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => ref.current?.focus({ preventScroll: true }), []);
  // Keys (arrows, Home, End, Escape) are handled by the page session through the input relay.
  return (
    <div
      ref={ref}
      class="navigator"
      role="dialog"
      aria-label="Immuunwijzer: uitleg van woorden op deze pagina"
      tabIndex={-1}
      data-testid="navigator"
      onClickCapture={onlyTrusted}
    >
      <span class="title">Immuunwijzer</span>
      <span data-testid="navigator-position">
        {state.total === 0 ? 'Geen uitleg op deze pagina' : `Woord ${state.position} van ${state.total}`}
      </span>
      <button type="button" onClick={() => onStep(-1)} disabled={state.total === 0} data-testid="navigator-previous">
        Vorige
      </button>
      <button type="button" onClick={() => onStep(1)} disabled={state.total === 0} data-testid="navigator-next">
        Volgende
      </button>
      <button type="button" onClick={onClose} data-testid="navigator-close">
        Sluiten (Esc)
      </button>
    </div>
  );
}

/** Everything the extension shows on a page: the tooltip, the keyboard navigator, a live region. */
export function PageOverlay(props: PageOverlayProps) {
  return (
    <>
      {props.navigator && <Navigator state={props.navigator} onStep={props.onStep} onClose={props.onCloseNavigator} />}
      {props.tooltip && <Tooltip state={props.tooltip} sources={props.sources} onReadMore={props.onReadMore} />}
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="announcement">
        {props.announcement}
      </div>
    </>
  );
}
