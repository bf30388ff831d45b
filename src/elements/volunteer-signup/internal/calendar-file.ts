import type { VolunteerOpportunity } from '../../../model/volunteer.js';

export interface CalendarFileInput {
  opportunity: VolunteerOpportunity;
  /** The signup's receipt code: it becomes the event's UID, so importing twice updates one event. */
  receiptCode: string;
  /** Extra lines for the description, e.g. the receipt code and organizer, already localized. */
  description: string;
}

/** An instant as the UTC date-time array `ics` takes; UTC needs no VTIMEZONE and no calendar app misreads it. */
function utcParts(iso: string): [number, number, number, number, number] {
  const d = new Date(iso);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
}

/**
 * An iCalendar file for one activity. The `ics` package (and its validator) is loaded only when a resident
 * asks for the file, so it costs nothing on pages where nobody does.
 *
 * @example
 * const text = await buildCalendarFile({ opportunity, receiptCode: 'VS-7K3Q9D', description: '报名编号 VS-7K3Q9D' });
 */
export async function buildCalendarFile({ opportunity, receiptCode, description }: CalendarFileInput): Promise<string> {
  const { createEvents } = await import('ics');
  const place = [opportunity.place.name, opportunity.place.address].filter(Boolean).join(', ');
  const [lon, lat] = opportunity.place.location?.coordinates ?? [];
  const { error, value } = createEvents(
    [
      {
        uid: `${receiptCode}@community-widgets`,
        title: opportunity.title,
        description,
        location: place,
        ...(lat !== undefined && lon !== undefined ? { geo: { lat, lon } } : {}),
        start: utcParts(opportunity.start),
        startInputType: 'utc',
        startOutputType: 'utc',
        end: utcParts(opportunity.end),
        endInputType: 'utc',
        endOutputType: 'utc',
        // No ORGANIZER: iCalendar requires an address for it, and the organizer publishes none; the description names it.
        status: 'CONFIRMED',
      },
    ],
    { productId: 'community-widgets/volunteer-signup' },
  );
  if (error || !value) throw error ?? new Error('The calendar file could not be built');
  return value;
}
