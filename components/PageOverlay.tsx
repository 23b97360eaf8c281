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

function Tooltip({ state, sources, onReadMore }: { state: TooltipState; sources: readonly Source[]; onReadMore: (id: string) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | undefined>(undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const { width, height } = element.getBoundingClientRect();
    setPosition(placeTooltip(state.anchor, { width, height }, { width: window.innerWidth, height: window.innerHeight }));
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
      style={position ? { left: `${position.left}px`, top: `${position.top}px` } : { left: '0px', top: '0px', visibility: 'hidden' }}
    >
      <TermCard entry={state.entry} sources={sources} headingId={headingId} onReadMore={onReadMore} actions={<TooltipActions entry={state.entry} />} />
    </div>
  );
}

function Navigator({ state, onStep, onClose }: { state: NavigatorState; onStep: (delta: number) => void; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => ref.current?.focus({ preventScroll: true }), []);
  const onKeyDown = (event: KeyboardEvent) => {
    const steps: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, n: 1, ArrowLeft: -1, ArrowUp: -1, p: -1 };
    const step = steps[event.key];
    if (step !== undefined) {
      event.preventDefault();
      onStep(step);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      onStep(event.key === 'Home' ? -Infinity : Infinity);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <div
      ref={ref}
      class="navigator"
      role="dialog"
      aria-label="Immuunwijzer: uitleg van woorden op deze pagina"
      tabIndex={-1}
      data-testid="navigator"
      onKeyDown={onKeyDown}
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
