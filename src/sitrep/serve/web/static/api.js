// Talking to the sitrep API on the same origin. Errors come back as
// {"error": {"code", "message"}} and are thrown as ApiError.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function parse(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const error = (body && body.error) || {};
    throw new ApiError(response.status, error.code || "http_error",
      error.message || `HTTP ${response.status}`);
  }
  return body;
}

export async function getJSON(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, value);
  }
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  return parse(response);
}

export async function postJSON(path, body, token) {
  const response = await fetch(new URL(path, window.location.origin), {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Accept: "application/json",
      Authorization: `Bearer ${token}`,
    },
    body: JSON.stringify(body),
  });
  return parse(response);
}

// Every event matching the filters, following cursors (bounded: at most `maxPages` pages).
export async function fetchAllEvents(filters, pageSize, maxPages = 40) {
  const items = [];
  let cursor = null;
  let total = null;
  for (let page = 0; page < maxPages; page += 1) {
    const result = await getJSON("/events", { ...filters, limit: pageSize, cursor });
    items.push(...result.items);
    if (total === null) total = result.total;
    cursor = result.next_cursor;
    if (!cursor) return { items, total: total ?? items.length, complete: true };
  }
  return { items, total: total ?? items.length, complete: false };
}
