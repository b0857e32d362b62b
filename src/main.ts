import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { App as AppState } from './lib/state/app.svelte.ts';

const app = new AppState();
void app.start();

const target = document.getElementById('app');
if (!target) throw new Error('#app missing');
export default mount(App, { target, props: { app } });
