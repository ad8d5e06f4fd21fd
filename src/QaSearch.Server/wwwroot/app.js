// QaSearch's page: ask a question, show the answer with its evidence and source, and show a document in context.
// No framework and no CDN, so it works offline. Text from the index is always set as text, never as HTML.
"use strict";

const $ = id => document.getElementById(id);
const apiKey = () => sessionStorage.getItem("qasearch-key");

async function api(path, options = {}) {
  const headers = { ...(options.headers || {}) };
  if (apiKey()) headers["X-Api-Key"] = apiKey();
  const response = await fetch(path, { ...options, headers });
  if (response.status === 401) {
    const key = prompt("This server needs an API key:");
    if (key) { sessionStorage.setItem("qasearch-key", key); return api(path, options); }
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || body.title || `HTTP ${response.status}`);
  return body;
}

// Appends text with [start, end) wrapped in <mark>.
function marked(parent, text, start, end) {
  parent.append(text.slice(0, start));
  const mark = document.createElement("mark");
  mark.textContent = text.slice(start, end);
  parent.append(mark, text.slice(end));
  return mark;
}

function documentLink(docid, start, end) {
  return `/?doc=${encodeURIComponent(docid)}&start=${start}&end=${end}`;
}

async function ask(question) {
  $("status").textContent = "Searching…";
  $("answer").hidden = true;
  $("passages-section").hidden = true;
  try {
    const [answer, passages] = await Promise.all([
      api("/api/ask", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ question }) }),
      api(`/api/search?q=${encodeURIComponent(question)}&top=5`),
    ]);
    showAnswer(answer);
    showPassages(passages, answer);
    $("status").textContent = "";
  } catch (error) {
    $("status").textContent = `Could not ask: ${error.message}`;
  }
}

function showAnswer(answer) {
  const box = $("answer");
  box.hidden = false;
  box.classList.toggle("none", answer.answer === null);
  $("answer-text").textContent = answer.answer ?? "No answer";
  $("confidence").textContent = answer.answer === null
    ? `nothing in the index supports an answer (best guess confidence ${answer.score.toFixed(2)})`
    : `confidence ${answer.score.toFixed(2)}` + (answer.aggregation ? ` · computed: ${answer.aggregation.query} (${answer.aggregation.matched} records)` : "");
  // A misspelt word read as the passages write it: say how the question was read.
  if (answer.read_as) $("confidence").textContent += ` · read as “${answer.read_as}”`;
  const link = $("source-link");
  const evidence = $("evidence");
  evidence.replaceChildren();
  if (answer.source) {
    link.hidden = false;
    link.textContent = `${answer.source.docid} [${answer.source.start}–${answer.source.end}]` + (answer.source.location ? `, ${answer.source.location}` : "");
    link.title = answer.source.path;
    link.href = documentLink(answer.source.docid, answer.source.start, answer.source.end);
  } else {
    link.hidden = true;
  }
  if (answer.evidence && answer.answer !== null) {
    marked(evidence, answer.evidence.sentence, answer.evidence.start, answer.evidence.end);
  } else if (answer.evidence) {
    evidence.textContent = `Closest: ${answer.evidence.sentence}`;
  }
}

function showPassages(passages, answer) {
  const list = $("passages");
  list.replaceChildren();
  for (const p of passages) {
    const item = document.createElement("li");
    const where = document.createElement("a");
    where.className = "where";
    where.href = documentLink(p.docid, p.start, p.end);
    where.textContent = `${p.docid} [${p.start}–${p.end}] · score ${p.score.toFixed(2)}`;
    where.title = p.path;
    const text = document.createElement("div");
    text.textContent = p.text.length > 400 ? p.text.slice(0, 400) + "…" : p.text;
    item.append(text, where);
    list.append(item);
  }
  $("passages-section").hidden = passages.length === 0;
}

async function showDocument(docid, start, end) {
  $("ask-view").hidden = true;
  $("document-view").hidden = false;
  try {
    const doc = await api(`/api/documents/${docid.split("/").map(encodeURIComponent).join("/")}`);
    $("document-title").textContent = doc.title || doc.docid;
    $("document-path").textContent = `${doc.path} (${doc.docid})`;
    const text = $("document-text");
    text.replaceChildren();
    const s = Math.max(0, Math.min(start, doc.text.length)), e = Math.max(s, Math.min(end, doc.text.length));
    const mark = marked(text, doc.text, s, e);
    mark.scrollIntoView({ block: "center" });
  } catch (error) {
    $("document-title").textContent = `Could not open the document: ${error.message}`;
  }
}

async function showHealth() {
  try {
    const health = await api("/api/health");
    $("health").textContent = `${health.passages.toLocaleString()} passages`;
  } catch (error) {
    $("health").textContent = error.message;
  }
}

$("ask-form").addEventListener("submit", event => {
  event.preventDefault();
  const question = $("question").value.trim();
  if (!question) return;
  history.replaceState(null, "", `/?q=${encodeURIComponent(question)}`);
  ask(question);
});

const params = new URLSearchParams(location.search);
if (params.has("doc")) {
  showDocument(params.get("doc"), Number(params.get("start") || 0), Number(params.get("end") || 0));
} else {
  showHealth();
  if (params.get("q")) { $("question").value = params.get("q"); ask(params.get("q")); }
}
