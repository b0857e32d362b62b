/**
 * The app's state handed to components through Svelte context (as svelte-maplibre does with its
 * map), instead of one state object passed down as a prop: the root sets both once, any component
 * below reads what it needs. Keys are symbols, so nothing else can read or overwrite them.
 */
import { getContext, hasContext, setContext } from 'svelte';
import type { Session } from './session.svelte.ts';
import type { MapView } from './map-view.svelte.ts';
import type { BriefRequest } from './brief-request.svelte.ts';

const SESSION = Symbol('focal.session');
const MAP_VIEW = Symbol('focal.mapView');
const BRIEF = Symbol('focal.brief');

function required<T>(key: symbol, name: string, setter: string): T {
  if (!hasContext(key)) throw new Error(`${name} is not in the Svelte context: the root component must call ${setter}() before its children read it`);
  return getContext<T>(key);
}

/** Makes `session` the session of the calling component and of everything below it (during component initialisation). */
export function setSession(session: Session): Session {
  return setContext(SESSION, session);
}

/** The session set by an ancestor. @throws {Error} when none was set. */
export function getSession(): Session {
  return required<Session>(SESSION, 'The session', 'setSession');
}

/** Makes `view` what the map shows for the calling component and everything below it (during component initialisation). */
export function setMapView(view: MapView): MapView {
  return setContext(MAP_VIEW, view);
}

/** What the map shows, as set by an ancestor. @throws {Error} when none was set. */
export function getMapView(): MapView {
  return required<MapView>(MAP_VIEW, 'The map view', 'setMapView');
}

/** Makes `request` the briefs to print for the calling component and everything below it. */
export function setBriefRequest(request: BriefRequest): BriefRequest {
  return setContext(BRIEF, request);
}

/** The briefs to print, as set by an ancestor. @throws {Error} when none was set. */
export function getBriefRequest(): BriefRequest {
  return required<BriefRequest>(BRIEF, 'The brief request', 'setBriefRequest');
}
