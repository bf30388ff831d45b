// A worker card fed by the REST adapter through `api="…"`, for the hostile-data check.
import '../../src/elements/worker-card/worker-card.js';

const params = new URLSearchParams(location.search);
const card = document.createElement('cw-worker-card');
card.setAttribute('api', params.get('api')!);
card.setAttribute('worker', params.get('worker')!);
document.getElementById('main')!.append(card);
