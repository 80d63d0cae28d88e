// Event detail: fields, each source's sentences with its evidence highlighted, the
// sources' figures side by side, and review buttons. Text only ever enters as text nodes.

import { ApiError, getJSON, postJSON } from "./api.js";
import { append, clear, colourOf, el, highlightPieces, roleClass, safeHref } from "./dom.js";

const FIELDS = [
  ["event_date", "Date"], ["time_precision", "Time precision"],
  ["event_type", "Event type"], ["sub_event_type", "Sub-event type"],
  ["actor1", "Actor 1"], ["assoc_actor_1", "Assoc. actor 1"], ["inter1", "Inter 1"],
  ["actor2", "Actor 2"], ["assoc_actor_2", "Assoc. actor 2"], ["inter2", "Inter 2"],
  ["claimed_by", "Claimed by"], ["weapon", "Weapon"],
  ["location", "Location"], ["admin2", "Admin 2"], ["admin1", "Admin 1"], ["country", "Country"],
  ["latitude", "Latitude"], ["longitude", "Longitude"], ["geo_precision", "Geo precision"],
  ["fatalities", "Fatalities"], ["injuries", "Injuries"], ["notes", "Notes"],
  ["confidence", "Confidence"], ["status", "Status"], ["event_id", "Event id"],
];

const EDITABLE = [
  ["event_date", "date"], ["actor1", "text"], ["actor2", "text"], ["location", "text"],
  ["admin1", "text"], ["fatalities", "number"], ["injuries", "number"], ["notes", "text"],
];

const FIGURES = [
  ["outlet", "Outlet"], ["published", "Published"], ["event_date", "Event date"],
  ["location", "Place"], ["admin1", "Admin 1"], ["fatalities", "Fatalities"],
  ["injuries", "Injuries"], ["confidence", "Confidence"],
];

const CODES = {
  time_precision: { 1: "1 (day)", 2: "2 (week)", 3: "3 (month)" },
  geo_precision: { 1: "1 (town)", 2: "2 (near town)", 3: "3 (region)" },
  inter: {
    1: "1 (state forces)", 2: "2 (rebel group)", 3: "3 (political militia)",
    4: "4 (identity militia)", 5: "5 (rioters)", 6: "6 (protesters)", 7: "7 (civilians)",
    8: "8 (external/other)",
  },
};

function fieldText(key, value) {
  const table = key === "inter1" || key === "inter2" ? CODES.inter : CODES[key];
  return table && table[value] ? table[value] : shown(value);
}

function shown(value) {
  return value === null || value === undefined || value === "" ? "—" : String(value);
}

function credentials() {
  let token = sessionStorage.getItem("sitrep-token");
  if (!token) {
    token = window.prompt("API token for review (SITREP_API_TOKEN):") || "";
    if (!token) return null;
    sessionStorage.setItem("sitrep-token", token);
  }
  let user = sessionStorage.getItem("sitrep-user");
  if (!user) {
    user = window.prompt("Your name, for the audit log:") || "";
    if (!user) return null;
    sessionStorage.setItem("sitrep-user", user.slice(0, 200));
  }
  return { token, user };
}

export class Detail {
  constructor(container, { onChanged, reviewEnabled }) {
    this.node = container;
    this.onChanged = onChanged;
    this.reviewEnabled = reviewEnabled;
    this.current = null;
  }

  async open(eventId) {
    clear(this.node).append(el("p", { className: "hint" }, "Loading…"));
    try {
      const event = await getJSON(`/events/${encodeURIComponent(eventId)}`);
      this.render(event);
    } catch (error) {
      clear(this.node).append(el("p", { className: "error" }, `Could not load the event: ${error.message}`));
    }
  }

  render(event) {
    this.current = event;
    const swatch = el("span", { className: "swatch" });
    swatch.style.backgroundColor = colourOf(event.event_type);
    const title = el("h2", {}, swatch, `${event.sub_event_type} — ${event.location ?? event.admin1 ?? event.country ?? "place unknown"}`);
    const fields = el("dl", { className: "fields" });
    for (const [key, label] of FIELDS) {
      if (event[key] === null || event[key] === undefined) continue;
      fields.append(el("dt", {}, label), el("dd", { dataset: { field: key } }, fieldText(key, event[key])));
    }
    const key = el("p", { className: "hint ev-key" }, "Highlighted: ",
      ...["trigger", "actor1", "actor2", "place", "date", "fatalities"].map(
        (role) => el("mark", { className: `ev ${roleClass(role)}` }, role)));
    const sources = el("section", { className: "sources" },
      el("h3", {}, `Sources (${event.sources.length})`), key);
    event.sources.forEach((source, i) => sources.append(this.sourceBlock(source, i)));
    clear(this.node).append(
      title,
      el("p", { className: `status status-${event.status}` }, `Status: ${event.status}`),
      this.reviewBar(event),
      sources,
      this.figures(event),
      el("h3", {}, "Fields"),
      fields,
    );
  }

  sourceBlock(source, index) {
    const href = safeHref(source.url);
    const name = `${index + 1}. ${shown(source.outlet)} · ${shown(source.published)}`;
    const heading = el("h4", {}, name);
    if (source.title) heading.append(el("span", { className: "source-title" }, ` — ${source.title}`));
    if (href) {
      heading.append(" ", el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, "link"));
    }
    const block = el("article", { className: "source", dataset: { articleId: source.article_id } }, heading);
    for (const sentence of source.sentences || []) {
      const quote = el("blockquote", { className: "evidence" });
      for (const piece of highlightPieces(sentence, source.evidence)) {
        if (piece.role) {
          quote.append(el("mark", { className: `ev ${roleClass(piece.role)}`, title: piece.role, dataset: { role: piece.role } }, piece.text));
        } else {
          quote.append(document.createTextNode(piece.text));
        }
      }
      block.append(quote);
    }
    const raw = [source.raw_fatalities && `deaths: “${source.raw_fatalities}”`,
      source.raw_injuries && `injured: “${source.raw_injuries}”`].filter(Boolean);
    if (raw.length) block.append(el("p", { className: "raw" }, raw.join(" · ")));
    const more = el("button", { type: "button", className: "link" }, "Show article");
    more.addEventListener("click", () => this.showArticle(block, source.article_id, more));
    block.append(more);
    return block;
  }

  async showArticle(block, articleId, button) {
    button.disabled = true;
    try {
      const article = await getJSON(`/articles/${encodeURIComponent(articleId)}`);
      block.append(el("pre", { className: "article-text" }, article.text));
      button.remove();
    } catch (error) {
      block.append(el("p", { className: "error" }, error.message));
    }
  }

  figures(event) {
    const table = el("table", { className: "figures" });
    const head = el("tr", {}, el("th", {}, ""), el("th", {}, "Event"));
    event.sources.forEach((s, i) => head.append(el("th", {}, `Source ${i + 1}`)));
    table.append(el("thead", {}, head));
    const body = el("tbody");
    for (const [key, label] of FIGURES) {
      const merged = key in event ? event[key] : null;
      const row = el("tr", {}, el("th", {}, label), el("td", {}, shown(merged)));
      const values = event.sources.map((s) => {
        if (key === "fatalities" && s.raw_fatalities) return `${shown(s.fatalities)} (“${s.raw_fatalities}”)`;
        if (key === "injuries" && s.raw_injuries) return `${shown(s.injuries)} (“${s.raw_injuries}”)`;
        return shown(s[key]);
      });
      const differ = new Set(event.sources.map((s) => shown(s[key]))).size > 1;
      for (const value of values) row.append(el("td", { className: differ ? "differs" : null }, value));
      body.append(row);
    }
    table.append(body);
    return el("section", {}, el("h3", {}, "Figures by source"), table);
  }

  reviewBar(event) {
    const bar = el("div", { className: "review" });
    if (!this.reviewEnabled) {
      bar.append(el("span", { className: "hint" }, "Review is off (no API token on the server)."));
      return bar;
    }
    const act = (action, fields) => this.review(event.event_id, action, fields);
    bar.append(
      el("button", { type: "button", className: "confirm", onclick: () => act("confirm") }, "Confirm"),
      el("button", { type: "button", className: "edit", onclick: () => this.editForm(event) }, "Edit"),
      el("button", { type: "button", className: "reject", onclick: () => act("reject") }, "Reject"),
    );
    return bar;
  }

  editForm(event) {
    const form = el("form", { className: "edit-form" });
    for (const [key, kind] of EDITABLE) {
      const input = el("input", { name: key, type: kind, maxlength: 2000 });
      input.value = event[key] ?? "";
      form.append(el("label", {}, key, input));
    }
    form.append(el("button", { type: "submit" }, "Save"));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const fields = {};
      for (const [key, kind] of EDITABLE) {
        const value = form.elements[key].value.trim();
        const before = event[key] ?? "";
        if (value === String(before)) continue;
        fields[key] = value === "" ? null : kind === "number" ? Number(value) : value;
      }
      if (Object.keys(fields).length) this.review(event.event_id, "edit", fields);
    });
    this.node.querySelector(".review").after(form);
  }

  async review(eventId, action, fields) {
    const who = credentials();
    if (!who) return;
    try {
      const body = { action, user: who.user };
      if (fields) body.fields = fields;
      const updated = await postJSON(`/events/${encodeURIComponent(eventId)}/review`, body, who.token);
      this.render(updated);
      this.onChanged(updated);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) sessionStorage.removeItem("sitrep-token");
      append(this.node.querySelector(".review"), el("span", { className: "error" }, ` ${error.message}`));
    }
  }
}
