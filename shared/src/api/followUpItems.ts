// How much of follow-up at a glance the Teams tab shows, apart from the route's schemas so the tab's first screen
// can ask for it without loading them.

/** The most urgent milestones the Teams tab's follow-up at a glance names one by one: the `items` it asks for. */
export const URGENT_SHOWN = 8;
