/** @jsxImportSource react */
// A real React 19 app that re-renders every 100 ms, for checking that highlighting never makes
// React throw (the extension marks text with the CSS Custom Highlight API and never touches the DOM).
// Bundled by tests/e2e/server/build-fixtures.mjs into react-app.bundle.js.
//
// Test hooks on window:
//   __reactErrors   every error seen: error boundary, React's root callbacks, window error events
//   __reactReady    true once the first render is committed
//   __reactTicks    the latest tick number (the "Update N" line)
//   __stopTicks()   stops the 100 ms timer, so a test can look at a stable page
import { Component, StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

window.__reactErrors = [];
window.__reactReady = false;
window.__reactTicks = 0;

function recordError(source, error) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  window.__reactErrors.push({ source, message });
}

window.addEventListener('error', (event) => recordError('window.onerror', event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => recordError('unhandledrejection', event.reason));

class ErrorBoundary extends Component {
  constructor(props) {
    super(props);
    this.state = { error: null };
  }

  static getDerivedStateFromError(error) {
    return { error };
  }

  componentDidCatch(error) {
    recordError('error-boundary', error);
  }

  render() {
    if (this.state.error) return <p id="crashed" role="alert">Er ging iets mis: {String(this.state.error)}</p>;
    return this.props.children;
  }
}

function Ticker() {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((value) => value + 1), 100);
    window.__stopTicks = () => clearInterval(timer);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    window.__reactTicks = tick;
  }, [tick]);
  // Three text nodes ("Update ", the number, the rest): React rewrites only the number's node.
  return (
    <p className="update" id="update">
      Update {tick}: nivolumab en PD-L1 werken samen
    </p>
  );
}

function Counter() {
  const [count, setCount] = useState(0);
  return (
    <p>
      <button type="button" id="increment" onClick={() => setCount((value) => value + 1)}>
        Tel op
      </button>{' '}
      Aantal klikken: <output id="count">{count}</output>
    </p>
  );
}

function App() {
  useEffect(() => {
    window.__reactReady = true;
  }, []);
  return (
    <article id="app">
      <h1>Wat doet immuuntherapie?</h1>
      <Ticker />
      <p id="static-1">
        Bij immuuntherapie helpt een medicijn je <b>afweersysteem</b> om kankercellen op te ruimen. De T-cellen doen
        het eigenlijke werk.
      </p>
      <p id="static-2">
        Pembrolizumab (Keytruda) en nivolumab zijn PD-1-remmers. Je krijgt ze via een infuus, meestal elke drie tot
        zes weken.
      </p>
      <ul id="static-list">
        <li>Mogelijke bijwerkingen: moeheid, jeuk en diarree.</li>
        <li>Soms gaat de schildklier minder goed werken.</li>
      </ul>
      <Counter />
    </article>
  );
}

const root = createRoot(document.getElementById('root'), {
  onUncaughtError: (error) => recordError('onUncaughtError', error),
  onCaughtError: (error) => recordError('onCaughtError', error),
  onRecoverableError: (error) => recordError('onRecoverableError', error),
});
root.render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
