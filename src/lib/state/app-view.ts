/**
 * The tab the planner is on, which decides what the map and the side panels show: one indicator,
 * the targeting index, hotspots, investments, or "Your data" (the map keeps what it showed). One
 * source of truth: the tab list, the links and the project files read {@link APP_VIEWS}, and each
 * tab's label is a `Record<AppView, …>`, so a new view fails to compile until it has one.
 */

/** Every view, in tab order. */
export const APP_VIEWS = ['indicator', 'index', 'hotspots', 'investments', 'data'] as const;

export type AppView = (typeof APP_VIEWS)[number];
