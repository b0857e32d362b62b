/**
 * The tab the planner is on, which decides what the map and the side panels show: one indicator,
 * the targeting index, hotspots, investments, or "Your data" (the map keeps what it showed).
 */
export type AppView = 'indicator' | 'index' | 'hotspots' | 'investments' | 'data';
