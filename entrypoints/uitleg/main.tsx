import { render } from 'preact';
import { bundledContent } from '../../core/data/content';
import { UitlegPage } from '../../components/uitleg/UitlegPage';
import '../../components/page.css';
import '../../components/uitleg/uitleg.css';

render(<UitlegPage content={bundledContent} />, document.getElementById('app')!);
