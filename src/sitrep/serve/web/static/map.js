// The map: shipped boundaries as an offline basemap (an optional tile layer on top when
// the server names a tile URL), one circle per event sized by fatalities, coloured by type.

import { colourOf, el } from "./dom.js";

const L = window.L;

export function markerRadius(fatalities) {
  const deaths = Number.isFinite(fatalities) && fatalities > 0 ? fatalities : 0;
  return Math.min(4 + 3 * Math.sqrt(deaths), 30);
}

export class EventMap {
  constructor(container, { onSelect }) {
    this.onSelect = onSelect;
    this.map = L.map(container, { zoomControl: true, preferCanvas: false, worldCopyJump: false });
    this.map.attributionControl.setPrefix("Leaflet");
    this.map.setView([34.5, 41.5], 5);
    this.markers = L.layerGroup().addTo(this.map);
    this.byId = new Map();
    this.selected = null;
  }

  addBasemap(boundaries, tileUrl) {
    // Basemap panes sit above tiles (200) and below the event markers (overlayPane, 400).
    this.map.createPane("countries");
    this.map.getPane("countries").style.zIndex = 210;
    this.map.createPane("admin1");
    this.map.getPane("admin1").style.zIndex = 220;
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 18, attribution: "Tiles: configured tile server" })
        .addTo(this.map);
    }
    if (!boundaries) return;
    const countries = { ...boundaries, features: boundaries.features.filter((f) => f.properties.level === 0) };
    const admin1 = { ...boundaries, features: boundaries.features.filter((f) => f.properties.level === 1) };
    L.geoJSON(countries, {
      pane: "countries",
      interactive: false,
      style: { className: "country", color: "#6b7280", weight: 1, fillColor: "#f3f1ea", fillOpacity: tileUrl ? 0 : 1 },
    }).addTo(this.map);
    L.geoJSON(admin1, {
      pane: "admin1",
      interactive: false,
      style: { className: "admin1", color: "#9ca3af", weight: 0.6, dashArray: "3 3", fill: false },
    }).addTo(this.map);
    this.map.attributionControl.addAttribution("Boundaries: Natural Earth");
  }

  show(events) {
    this.markers.clearLayers();
    this.byId.clear();
    this.selected = null;
    const points = [];
    for (const event of events) {
      if (typeof event.latitude !== "number" || typeof event.longitude !== "number") continue;
      const latlng = [event.latitude, event.longitude];
      const marker = L.circleMarker(latlng, {
        radius: markerRadius(event.fatalities),
        color: "#1f2937",
        weight: 1,
        fillColor: colourOf(event.event_type),
        fillOpacity: 0.75,
        className: "event-marker",
      });
      const label = `${event.event_date ?? "undated"} · ${event.sub_event_type} · ${event.location ?? event.admin1 ?? ""}`;
      marker.bindTooltip(document.createTextNode(label)); // text node: never parsed as HTML
      marker.on("click", () => this.onSelect(event.event_id));
      marker.on("add", () => {
        const path = marker.getElement();
        if (path) path.dataset.eventId = event.event_id;
      });
      marker.addTo(this.markers);
      this.byId.set(event.event_id, marker);
      points.push(latlng);
    }
    if (points.length) this.map.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 7 });
    return points.length;
  }

  select(eventId) {
    if (this.selected) this.selected.setStyle({ weight: 1, color: "#1f2937" });
    this.selected = this.byId.get(eventId) || null;
    if (this.selected) {
      this.selected.setStyle({ weight: 3, color: "#111827" });
      this.selected.bringToFront();
    }
  }
}

export function renderLegend(container) {
  const items = [
    "Battles", "Explosions/Remote violence", "Violence against civilians",
    "Protests", "Riots", "Strategic developments",
  ];
  for (const type of items) {
    const swatch = el("span", { className: "swatch" });
    swatch.style.backgroundColor = colourOf(type);
    container.append(el("span", { className: "legend-item" }, swatch, type));
  }
  container.append(el("span", { className: "legend-item hint" }, "size = fatalities"));
}
