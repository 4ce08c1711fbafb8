import { render } from 'preact';

render(<main><h1>Brief Lens</h1></main>, document.getElementById('app')!);
