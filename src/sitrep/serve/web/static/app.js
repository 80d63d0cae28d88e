// The page: filter bar -> /events (all pages) -> map + table; /stats/totals -> weekly timeline.

import { fetchAllEvents, getJSON } from "./api.js";
import { Detail } from "./detail.js";
import { clear, el } from "./dom.js";
import { EventMap, renderLegend } from "./map.js";
import { Timeline, weeklySeries } from "./timeline.js";

const EVENT_TYPES = [
  "Battles", "Explosions/Remote violence", "Violence against civilians",
  "Protests", "Riots", "Strategic developments",
];
const TABLE_ROWS = 1000;

const form = document.getElementById("filters");
const count = document.getElementById("count");
const notice = document.getElementById("notice");
const tbody = document.querySelector("#events tbody");

const state = { events: [], config: null, places: new Map() };

function notify(message) {
  notice.textContent = message;
  notice.hidden = !message;
}

function currentFilters({ withDates = true } = {}) {
  const data = new FormData(form);
  const filters = {};
  for (const key of ["event_type", "actor", "text"]) {
    const value = String(data.get(key) || "").trim();
    if (value) filters[key] = value;
  }
  if (withDates) {
    for (const key of ["date_from", "date_to"]) {
      const value = String(data.get(key) || "");
      if (value) filters[key] = value;
    }
  }
  const place = state.places.get(String(data.get("place") || ""));
  if (place) Object.assign(filters, place);
  return filters;
}

function fillPlaces(events) {
  const select = form.elements.place;
  const keep = select.value;
  const seen = new Map();
  for (const e of events) {
    if (e.country) seen.set(e.country, { country: e.country });
    if (e.country && e.admin1) seen.set(`${e.country} — ${e.admin1}`, { country: e.country, admin1: e.admin1 });
  }
  for (const key of [...seen.keys()].sort()) {
    if (state.places.has(key)) continue;
    state.places.set(key, seen.get(key));
    select.append(el("option", { value: key }, key));
  }
  select.value = keep;
}

function renderTable(events) {
  clear(tbody);
  for (const e of events.slice(0, TABLE_ROWS)) {
    const row = el("tr", { tabindex: 0, dataset: { eventId: e.event_id } },
      el("td", {}, e.event_date ?? "—"),
      el("td", {}, e.event_type),
      el("td", {}, e.sub_event_type),
      el("td", {}, e.actor1 ?? "—"),
      el("td", {}, e.actor2 ?? "—"),
      el("td", {}, [e.location, e.admin1, e.country].filter(Boolean).join(", ") || "—"),
      el("td", { className: "num" }, e.fatalities ?? "—"),
      el("td", { className: "num" }, e.sources.length),
      el("td", { className: `status-${e.status}` }, e.status),
    );
    row.addEventListener("click", () => select(e.event_id));
    row.addEventListener("keydown", (k) => { if (k.key === "Enter") select(e.event_id); });
    tbody.append(row);
  }
}

let map;
let timeline;
let detail;

function select(eventId) {
  map.select(eventId);
  for (const row of tbody.querySelectorAll("tr.selected")) row.classList.remove("selected");
  for (const row of tbody.querySelectorAll("tr")) {
    if (row.dataset.eventId === eventId) row.classList.add("selected");
  }
  detail.open(eventId);
}

async function refresh() {
  count.textContent = "Loading…";
  const filters = currentFilters();
  try {
    const [page, stats] = await Promise.all([
      fetchAllEvents(filters, state.config.max_page_size),
      getJSON("/stats/totals", { ...currentFilters({ withDates: false }), period: "week" }),
    ]);
    state.events = page.items;
    fillPlaces(page.items);
    const mapped = map.show(page.items);
    renderTable(page.items);
    timeline.render(weeklySeries(stats), { from: filters.date_from, to: filters.date_to });
    const unmapped = page.items.length - mapped;
    count.textContent = `${page.total} event${page.total === 1 ? "" : "s"} · ${mapped} on the map`
      + (unmapped ? ` · ${unmapped} without coordinates` : "")
      + (page.complete ? "" : " · list truncated, narrow the filters");
    count.dataset.total = String(page.total);
    count.dataset.mapped = String(mapped);
    document.body.dataset.ready = "true";
  } catch (error) {
    count.textContent = `Could not load events: ${error.message}`;
    document.body.dataset.ready = "error";
  }
}

async function start() {
  if (!window.L) {
    notify("The map library is missing: run `python -m sitrep.serve.web.build` on the server.");
    count.textContent = "";
    return;
  }
  for (const type of EVENT_TYPES) form.elements.event_type.append(el("option", { value: type }, type));
  renderLegend(document.getElementById("legend"));
  state.config = await getJSON("/config");
  map = new EventMap("map", { onSelect: select });
  detail = new Detail(document.getElementById("detail"), {
    reviewEnabled: state.config.review_enabled,
    onChanged: () => refresh(),
  });
  timeline = new Timeline(document.getElementById("timeline"), {
    onRange: (from, to) => {
      form.elements.date_from.value = from;
      form.elements.date_to.value = to;
      refresh();
    },
  });
  try {
    map.addBasemap(await getJSON("/boundaries"), state.config.tile_url);
  } catch (error) {
    map.addBasemap(null, state.config.tile_url);
    notify(`No basemap: ${error.message}`);
  }
  form.addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
  document.getElementById("clear-filters").addEventListener("click", () => { form.reset(); refresh(); });
  await refresh();
}

start();
