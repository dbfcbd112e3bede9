// Local mode has no Microsoft 365: to see "Book møde", the health answer says meetings are on, and a booking is
// answered as the API answers it once Graph has made the event.
import type { Page } from 'playwright-core';

export async function withMeetings(page: Page, bookedByName: string): Promise<void> {
  await page.route('**/api/health', async (route) => {
    const health = await (await route.fetch()).json();
    await route.fulfill({ json: { ...health, microsoft365: { ...health.microsoft365, meetings: true } } });
  });
  await page.route('**/api/milestones/*/meeting', async (route) => {
    const { start } = route.request().postDataJSON() as { start: string };
    const meeting = { eventId: 'ev-1', webLink: 'https://outlook.office.com/calendar/item/ev-1', start };
    const booked = { ...meeting, bookedAt: new Date().toISOString(), bookedBy: { userId: 'u', name: bookedByName } };
    await route.fulfill({ status: 201, json: { milestoneId: 'm', meeting: booked, existing: false } });
  });
}
