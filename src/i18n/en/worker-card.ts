import type { WorkerCardMessages } from '../worker-card.js';

/** English strings of `cw-worker-card`, loaded when a page shows that language. */
export default {
  roles: {
    'grid-leader': 'Grid leader',
    'grid-worker': 'Grid worker',
    'micro-grid-leader': 'Micro-grid leader',
    'social-worker': 'Social worker',
    police: 'Community police officer',
    lawyer: 'Legal adviser',
    other: 'Staff',
  },
  call: 'Call',
  phoneKinds: { work: 'Work phone', mobile: 'Mobile', hotline: 'Hotline' },
  office: 'Office',
  hours: 'Office hours',
  duties: 'Duties',
  saveContact: 'Save contact',
  saveBlocked: 'WeChat cannot save contacts here: tap “···” at the top right, choose “Open in Browser”, then save it there.',
  contactOf: (name: string) => `(${name})`,
  team: (grid: string) => `${grid} team`,
  teamCount: (count: number) => (count === 1 ? '1 person' : `${count} people`),
  gridOf: (grid: string, community: string) => `${community} · ${grid}`,
  noPhone: 'No published phone number',
  emptyTeam: 'No staff are registered for this grid yet.',
  missing: 'worker="worker id", grid="grid id" or for="map element id"',
  label: 'Grid worker contact card',
} satisfies WorkerCardMessages;
