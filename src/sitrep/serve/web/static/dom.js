// DOM helpers. Article text and every API string reach the page only as text nodes:
// nothing here ever assigns innerHTML, outerHTML or insertAdjacentHTML.

export const TYPE_COLOURS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9",
  "Riots": "#16a085",
  "Strategic developments": "#7f8c8d",
};

export function colourOf(eventType) {
  return TYPE_COLOURS[eventType] || "#555555";
}

// el("td", {className: "num", title: x}, "text", childNode, ...)
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === "className") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2), value);
    } else node.setAttribute(key, String(value));
  }
  append(node, ...children);
  return node;
}

export function append(node, ...children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// Only plain web links become clickable; javascript:, data: and the rest stay text.
export function safeHref(url) {
  if (typeof url !== "string") return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

// Split a sentence into plain and highlighted pieces.
// `sentence` is a Span {text, start, end} with offsets into the article; each evidence
// item {role, text, start, end} uses the same article offsets. Returns
// [{text, role|null}], covering the sentence exactly once, in order.
export function highlightPieces(sentence, evidence) {
  const text = typeof sentence.text === "string" ? sentence.text : "";
  const base = Number.isInteger(sentence.start) ? sentence.start : 0;
  const marks = [];
  for (const ev of evidence || []) {
    if (!Number.isInteger(ev.start) || !Number.isInteger(ev.end) || ev.end <= ev.start) continue;
    let start = ev.start - base;
    let end = ev.end - base;
    if (start < 0 || end > text.length || text.slice(start, end) !== ev.text) {
      // Offsets disagree with the sentence (edited text, other sentence): find it instead.
      const at = typeof ev.text === "string" && ev.text ? text.indexOf(ev.text) : -1;
      if (at < 0 || ev.start < base || ev.end > base + text.length + 1) continue;
      start = at;
      end = at + ev.text.length;
    }
    marks.push({ start, end, role: String(ev.role) });
  }
  const pieces = [];
  let at = 0;
  for (const mark of placeMarks(text, marks)) {
    if (mark.start > at) pieces.push({ text: text.slice(at, mark.start), role: null });
    pieces.push({ text: text.slice(mark.start, mark.end), role: mark.role });
    at = mark.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), role: null });
  return pieces;
}

// Choose non-overlapping marks, in text order. The trigger, the word the event was read
// from, always shows: a longer mark around it ("Hundreds of protesters" around the trigger
// "protesters") keeps its parts on either side. Other overlaps: the first, longest wins.
function placeMarks(text, marks) {
  const byPosition = (a, b) => a.start - b.start || b.end - a.end;
  const placed = [];
  const free = (m) => placed.every((p) => m.end <= p.start || m.start >= p.end);
  for (const mark of marks.filter((m) => m.role === "trigger").sort(byPosition)) {
    if (free(mark)) placed.push(mark);
  }
  for (const mark of marks.filter((m) => m.role !== "trigger").sort(byPosition)) {
    const inner = placed.filter(
      (p) => p.role === "trigger" && p.start >= mark.start && p.end <= mark.end,
    );
    const parts = inner.length === 1
      ? [
        trimmed(text, mark.start, inner[0].start, mark.role),
        trimmed(text, inner[0].end, mark.end, mark.role),
      ]
      : [mark];
    for (const part of parts) {
      if (part && free(part)) placed.push(part);
    }
  }
  return placed.sort(byPosition);
}

function trimmed(text, start, end, role) {
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return end > start ? { start, end, role } : null;
}

export function roleClass(role) {
  const known = ["trigger", "actor1", "actor2", "place", "date", "fatalities", "injuries"];
  const base = role.replace(/[^a-z0-9]/gi, "").toLowerCase();
  if (known.includes(base)) return `ev-${base}`;
  if (base.startsWith("actor") || base.startsWith("assoc") || base === "claimedby") return "ev-actor1";
  if (base.startsWith("weapon")) return "ev-weapon";
  return "ev-other";
}
