// dyadwatch dashboard. Article text is untrusted: it is only ever set with
// textContent or createTextNode, never as HTML.
"use strict";
const $ = (id) => document.getElementById(id);
let selected = null;
// With a protected feed, open the page as /?token=...; the token rides along on every
// request (EventSource and images cannot send an Authorization header).
const token = new URLSearchParams(location.search).get("token");
const authed = (url) => token ? `${url}${url.includes("?") ? "&" : "?"}token=${encodeURIComponent(token)}` : url;
let refreshTimer = null;
let names = {};
const nameOf = (code) => names[code] || code;
const pairName = (pair) => pair.split("-").map(nameOf).join(" – ");

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function fmt(value, digits = 2) {
  return value === null || value === undefined ? "–" : Number(value).toFixed(digits);
}

async function getJSON(url) {
  const response = await fetch(authed(url), { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function query() {
  const params = new URLSearchParams({ window: $("window").value, sort: $("sort").value });
  const actor = $("actor").value.trim();
  if (/^[A-Za-z]{3,6}$/.test(actor)) params.set("actor", actor.toUpperCase());
  return params;
}

async function loadPairs() {
  const data = await getJSON(`/api/pairs?${query()}`);
  names = { ...names, ...data.names };
  const body = $("pairs").querySelector("tbody");
  const rows = data.pairs.map((p) => {
    const [a, b] = p.pair.split("-");
    const row = el("tr");
    row.dataset.pair = p.pair;
    if (p.pair === selected) row.classList.add("selected");
    const button = el("button", pairName(p.pair), "pair");
    button.type = "button";
    button.title = p.pair;
    button.setAttribute("aria-label", `Show ${pairName(p.pair)} (${p.pair})`);
    button.addEventListener("click", () => selectPair(p.pair));
    const pairCell = el("td"); pairCell.append(button);
    const trend = el("td", p.trend === null ? "–" : (p.trend > 0 ? "▲ " : p.trend < 0 ? "▼ " : "") + fmt(p.trend), "num");
    if (p.trend > 0) trend.classList.add("up"); else if (p.trend < 0) trend.classList.add("down");
    const spark = el("td");
    const img = el("img");
    img.src = authed(`/api/pairs/${a}/${b}/sparkline.svg?window=${data.window}&days=60`);
    img.alt = `tension trend of ${p.pair}`; img.width = 120; img.height = 28;
    spark.append(img);
    const tension = el("td", fmt(p.tension), "num");
    if (p.tension_low !== null && p.tension_low !== undefined) {
      tension.append(el("span", ` (${fmt(p.tension_low)}–${fmt(p.tension_high)})`, "range"));
    }
    const engagement = el("td", p.engagement, "num");
    if (p.reports !== null && p.reports !== undefined && p.reports !== p.engagement) {
      engagement.append(el("span", ` (${p.reports} reports)`, "range"));
    }
    row.append(pairCell, tension, engagement, trend, spark, el("td", p.as_of));
    return row;
  });
  body.replaceChildren(...rows);
  if (!selected && data.pairs.length) selectPair(data.pairs[0].pair);
}

function highlighted(sentence, spans) {
  // spans: [{start, end, kind}] in character offsets of the sentence
  const fragment = document.createDocumentFragment();
  const sorted = spans.filter((s) => s && s.end > s.start).sort((x, y) => x.start - y.start);
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue;
    fragment.append(document.createTextNode(sentence.slice(at, span.start)));
    fragment.append(el("mark", sentence.slice(span.start, span.end), span.kind));
    at = span.end;
  }
  fragment.append(document.createTextNode(sentence.slice(at)));
  return fragment;
}

async function loadEvents(pair) {
  const data = await getJSON(`/api/events?pair=${encodeURIComponent(pair)}&limit=100`);
  if (pair !== selected) return; // the reader chose another pair while this one loaded
  // a live refresh redraws the list: reports a reader opened stay open, focus stays put
  const list = $("events");
  const open = new Set([...list.querySelectorAll("details[open]")].map((d) => d.dataset.happening));
  const focused = document.activeElement?.closest("#events details")?.dataset.happening;
  const shown = new Set();
  const once = data.events.filter(({ event }) => {
    // one entry per happening: its other reports open from it
    if (!event.happening_id) return true;
    if (shown.has(event.happening_id)) return false;
    shown.add(event.happening_id);
    return true;
  }).slice(0, 30);
  const items = once.map(({ event, article, happening }) => {
    const item = el("li");
    const quote = el("q");
    const spans = [
      event.source.span && { ...event.source.span, kind: "actor" },
      event.target.span && { ...event.target.span, kind: "actor" },
      { ...event.verb, kind: "verb" },
    ];
    quote.append(highlighted(event.sentence, spans));
    const meta = el("div", `${event.event_date.date} · ${event.source.code} → ${event.target.code} · CAMEO ${event.code} (${event.goldstein > 0 ? "+" : ""}${event.goldstein}) · ${article.outlet || ""}: ${article.title || article.id}`, "meta");
    item.append(quote, meta);
    if (happening) item.append(reportsOf(happening, open.has(happening.happening_id)));
    return item;
  });
  list.replaceChildren(...items);
  list.dataset.pair = pair;
  if (focused) list.querySelector(`details[data-happening="${CSS.escape(focused)}"] summary`)?.focus();
}

function reportsOf(happening, open) {
  // <details> opens with Enter or Space: the reports are keyboard reachable
  const details = el("details", undefined, "reports");
  details.dataset.happening = happening.happening_id;
  details.open = open;
  const outlets = happening.outlets === 1 ? "1 outlet" : `${happening.outlets} outlets`;
  const reports = happening.mentions === 1 ? "1 report" : `${happening.mentions} reports`;
  details.append(el("summary", `reported by ${outlets} (${reports})`));
  const list = el("ul");
  for (const report of happening.reports) {
    const entry = el("li");
    entry.append(el("strong", report.outlet || report.article_id), document.createTextNode(`: ${report.title || report.article_id} `));
    entry.append(el("q", report.sentence));
    list.append(entry);
  }
  details.append(list);
  return details;
}

function selectPair(pair) {
  selected = pair;
  const [a, b] = pair.split("-");
  $("pair-heading").textContent = `${pairName(pair)} (${a}–${b})`;
  const chart = $("chart");
  chart.src = authed(`/api/pairs/${a}/${b}/chart.svg?window=${$("window").value}&days=120&t=${Date.now()}`);
  chart.alt = `Chart of tension, cooperation and conflict between ${a} and ${b}`;
  $("chart-figure").hidden = false;
  for (const row of $("pairs").querySelectorAll("tbody tr")) row.classList.toggle("selected", row.dataset.pair === pair);
  loadEvents(pair).catch(showError);
  if ($("map-scope").value === "pair") loadMap().catch(showError);
}

const SVG_NS = "http://www.w3.org/2000/svg";
// The same equirectangular projection as the server's world outline (svg.project).
const project = ([lon, lat]) => [(lon + 180) * 960 / 360, (90 - lat) * 480 / 180];

async function loadMap() {
  const scope = $("map-scope").value;
  if (scope === "pair" && !selected) return;
  const params = new URLSearchParams({ limit: "1000" });
  if (scope === "pair") params.set("pair", selected);
  const data = await getJSON(`/api/events.geojson?${params}`);
  const places = new Map();  // one point per place, listing its events
  for (const feature of data.features) {
    const key = feature.properties.gazetteer_id;
    if (!places.has(key)) places.set(key, { coordinates: feature.geometry.coordinates, features: [] });
    places.get(key).features.push(feature);
  }
  // the busiest places first, so smaller ones stay on top and clickable
  const points = [...places.values()].sort((a, b) => b.features.length - a.features.length).map(placePoint);
  $("map-points").replaceChildren(...points);
  const placed = data.features.length;
  const where = scope === "pair" ? `${pairName(selected)}: ` : "All recent events: ";
  $("map-summary").textContent = `${where}${placed} events at ${places.size} places; ` +
    `${data.unplaced} with no point to draw (no place in their text, or only a region) are left out.`;
  $("map-detail").replaceChildren();
}

function placePoint({ coordinates, features }) {
  const [x, y] = project(coordinates);
  const first = features[0].properties;
  const conflict = features.some((f) => f.properties.quad_class >= 3);
  const fromSentence = features.some((f) => f.properties.basis === "sentence");
  const circle = document.createElementNS(SVG_NS, "circle");
  circle.setAttribute("cx", x.toFixed(1));
  circle.setAttribute("cy", y.toFixed(1));
  circle.setAttribute("r", (4 + 2 * Math.sqrt(features.length)).toFixed(1));
  circle.setAttribute("class", `${conflict ? "conflict" : "cooperation"}${fromSentence ? "" : " dateline"}`);
  circle.setAttribute("tabindex", "0");
  circle.setAttribute("role", "button");
  const count = features.length === 1 ? "1 event" : `${features.length} events`;
  const label = `${first.place} (${first.country}, ${first.precision}): ${count}` +
    (fromSentence ? "" : ", placed by the dateline only");
  circle.setAttribute("aria-label", label);
  circle.dataset.place = first.place;
  const title = document.createElementNS(SVG_NS, "title");
  title.textContent = label;
  circle.append(title);
  const open = () => showPlace(circle, label, features);
  circle.addEventListener("click", open);
  circle.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") { event.preventDefault(); open(); }
  });
  return circle;
}

function showPlace(circle, label, features) {
  for (const other of $("map-points").querySelectorAll("circle")) other.classList.toggle("chosen", other === circle);
  const list = el("ul");
  for (const { properties: p } of features) {
    const entry = el("li");
    entry.append(el("div", `${p.date} · ${p.source} → ${p.target} · CAMEO ${p.code} · ${p.outlet || ""} · place: ${p.place_as_written} (${p.basis})`, "meta"));
    entry.append(el("q", p.sentence));
    list.append(entry);
  }
  $("map-detail").replaceChildren(el("h3", label), list);
}

function showError(error) { $("status").textContent = `error: ${error.message}`; }

function scheduleRefresh() {
  if (refreshTimer) return;
  refreshTimer = setTimeout(async () => {
    refreshTimer = null;
    try {
      await loadPairs();
      if (selected) selectPair(selected);
      if ($("map-scope").value === "all") loadMap().catch(showError);
    } catch (error) { showError(error); }
  }, 400);
}

function connect() {
  const source = new EventSource(authed("/api/stream"));
  source.onopen = () => { $("status").textContent = "live: updates arrive as they happen"; };
  source.addEventListener("indicator", scheduleRefresh);
  source.addEventListener("alert", (message) => {
    const alert = JSON.parse(message.data);
    $("status").textContent = `alert: ${alert.pair} 7-day tension ${fmt(alert.tension_7d)} over 90-day ${fmt(alert.baseline_90d)}`;
    scheduleRefresh();
  });
  source.onerror = () => { $("status").textContent = "reconnecting…"; };
}

for (const id of ["window", "sort"]) $(id).addEventListener("change", () => loadPairs().catch(showError));
$("actor").addEventListener("input", () => loadPairs().catch(showError));
$("map-scope").addEventListener("change", () => loadMap().catch(showError));
$("map-world").setAttribute("href", authed("/api/map/world.svg"));
loadPairs().catch(showError);
connect();
