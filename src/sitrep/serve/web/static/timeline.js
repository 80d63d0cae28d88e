// Weekly timeline: bars for events, a line for fatalities. Click a week or drag across
// weeks to filter the map and table to those dates.

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

function parseDay(text) {
  const [y, m, d] = text.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
}

export function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

const WEEK = 7 * 86400000;

export const MAX_WEEKS = 520;

// Stats rows (period_start, admin1, event_type, events, fatalities) -> one entry per week,
// gaps filled with zero weeks so time reads evenly. At most the latest MAX_WEEKS weeks;
// `series.before` counts the events of earlier weeks left out.
export function weeklySeries(rows) {
  const byWeek = new Map();
  for (const row of rows) {
    if (!row.period_start) continue;
    const key = parseDay(String(row.period_start).slice(0, 10));
    const entry = byWeek.get(key) || { start: key, events: 0, fatalities: 0 };
    entry.events += row.events || 0;
    entry.fatalities += row.fatalities || 0;
    byWeek.set(key, entry);
  }
  const keys = [...byWeek.keys()].sort((a, b) => a - b);
  const series = [];
  series.before = 0;
  if (!keys.length) return series;
  const last = keys[keys.length - 1];
  const first = Math.max(keys[0], last - (MAX_WEEKS - 1) * WEEK);
  for (const key of keys) if (key < first) series.before += byWeek.get(key).events;
  for (let t = first; t <= last; t += WEEK) {
    series.push(byWeek.get(t) || { start: t, events: 0, fatalities: 0 });
  }
  return series;
}

export class Timeline {
  constructor(svgNode, { onRange }) {
    this.node = svgNode;
    this.onRange = onRange;
    this.series = [];
    this.range = null;
    this.dragFrom = null;
    this.node.addEventListener("mousedown", (e) => this.press(e));
    this.node.addEventListener("mousemove", (e) => this.drag(e));
    window.addEventListener("mouseup", (e) => this.release(e));
  }

  weekAt(event) {
    if (!this.series.length) return null;
    const box = this.node.getBoundingClientRect();
    const x = event.clientX - box.left - this.pad;
    const index = Math.floor(x / this.step);
    return Math.max(0, Math.min(this.series.length - 1, index));
  }

  press(event) {
    const index = this.weekAt(event);
    if (index === null) return;
    this.dragFrom = index;
    this.highlight(index, index);
    event.preventDefault();
  }

  drag(event) {
    if (this.dragFrom === null) return;
    const index = this.weekAt(event);
    if (index !== null) this.highlight(this.dragFrom, index);
  }

  release(event) {
    if (this.dragFrom === null) return;
    const index = this.weekAt(event) ?? this.dragFrom;
    const lo = Math.min(this.dragFrom, index);
    const hi = Math.max(this.dragFrom, index);
    this.dragFrom = null;
    const from = isoDay(this.series[lo].start);
    const to = isoDay(this.series[hi].start + WEEK - 86400000);
    this.onRange(from, to);
  }

  highlight(a, b) {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    for (const bar of this.node.querySelectorAll("rect.week")) {
      const i = Number(bar.dataset.index);
      bar.classList.toggle("selected", i >= lo && i <= hi);
    }
  }

  // series: weekly entries; range: {from, to} ISO days currently filtered, or null
  render(series, range) {
    this.series = series;
    while (this.node.firstChild) this.node.removeChild(this.node.firstChild);
    const width = this.node.clientWidth || 600;
    const height = this.node.clientHeight || 120;
    this.pad = 34;
    const plotW = width - this.pad * 2;
    const plotH = height - 24;
    if (!series.length) {
      const empty = svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "axis" });
      empty.textContent = "No dated events";
      this.node.append(empty);
      return;
    }
    this.step = plotW / series.length;
    const maxEvents = Math.max(1, ...series.map((w) => w.events));
    const maxDeaths = Math.max(1, ...series.map((w) => w.fatalities));
    const rangeFrom = range && range.from ? parseDay(range.from) : null;
    const rangeTo = range && range.to ? parseDay(range.to) : null;
    const active = rangeFrom !== null || rangeTo !== null;
    const points = [];
    series.forEach((week, i) => {
      const h = (week.events / maxEvents) * plotH;
      const x = this.pad + i * this.step;
      const inRange = (rangeFrom === null || week.start + WEEK > rangeFrom)
        && (rangeTo === null || week.start <= rangeTo);
      const bar = svg("rect", {
        x: x + 1, y: 4 + plotH - h, width: Math.max(1, this.step - 2), height: Math.max(h, 0.5),
        class: `week${active && inRange ? " selected" : ""}`,
      });
      bar.dataset.index = String(i);
      const title = svg("title");
      title.textContent = `week of ${isoDay(week.start)}: ${week.events} events, ${week.fatalities} fatalities`;
      bar.append(title);
      this.node.append(bar);
      points.push(`${x + this.step / 2},${4 + plotH - (week.fatalities / maxDeaths) * plotH}`);
    });
    this.node.append(svg("polyline", { points: points.join(" "), class: "deaths" }));
    const left = svg("text", { x: 2, y: 12, class: "axis events-axis" });
    left.textContent = String(maxEvents);
    const right = svg("text", { x: width - 2, y: 12, "text-anchor": "end", class: "axis deaths-axis" });
    right.textContent = `${maxDeaths} †`;
    const first = svg("text", { x: this.pad, y: height - 4, class: "axis" });
    first.textContent = isoDay(series[0].start);
    const last = svg("text", { x: width - this.pad, y: height - 4, "text-anchor": "end", class: "axis" });
    last.textContent = isoDay(series[series.length - 1].start);
    this.node.append(left, right, first, last);
    if (series.before) {
      const note = svg("text", { x: width / 2, y: height - 4, "text-anchor": "middle", class: "axis" });
      note.textContent = `+ ${series.before} earlier events not shown`;
      this.node.append(note);
    }
  }
}
