import { render } from 'preact';

render(<main><h1>Real ROI</h1></main>, document.getElementById('app')!);
