// The demo page: portal chrome first (it must work even if the widgets fail), then every widget.
import './portal.ts';
import '../src/index.ts';
