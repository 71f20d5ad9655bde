// The explainers' search (generator/site/search.py). Pagefind fetches its index in parts, and only once
// the reader types; every language's bundle is searched, so one query finds every explainer.
const form = document.querySelector(".explainer-search");
const field = form.querySelector("input");
const status = document.querySelector(".explainer-search__status");
const list = document.querySelector(".explainer-search__results");
const words = form.dataset;
const more = document.querySelector(".explainer-search__more");
const PAGE = 10;  // results fetched at a time: each is a small download of its own
let engines = null;  // a promise of the Pagefind instances, made on the first search
let pending = [];  // the current search's results not listed yet

function instances() {
  engines = engines || load().catch((error) => { engines = null; throw error; });  // one load, retried on failure
  return engines;
}

async function load() {
  // A Pagefind per language: one module holds one WebAssembly stemmer, and an index merged into another
  // has its queries stemmed in the other's language. pagefind.js is fetched once and run as a module
  // once per language (each from its own blob: address, so each is a module of its own).
  const bundle = new URL("pagefind/", root);
  const languages = [document.documentElement.lang, ...words.others.split(" ").filter(Boolean)];
  const response = await fetch(new URL(languages[0] + "/pagefind.js", bundle));
  if (!response.ok) throw new Error(`pagefind.js: ${response.status}`);
  const code = new Blob([await response.text()], { type: "text/javascript" });
  return Promise.all(languages.map(async (language) => {
    const pagefind = await import(URL.createObjectURL(code));
    const basePath = new URL(language + "/", bundle).pathname;
    return pagefind.createInstance({ basePath, noWorker: true });  // the indexes are small: no worker
  }));
}

function entry(data) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = new URL(data.url.replace(/^\//, ""), root).href;  // from the site's root, wherever it is served
  link.textContent = data.meta.title;
  const when = document.createElement("p");
  when.className = "explainer-search__date";
  when.textContent = data.meta.date;
  const lead = document.createElement("p");
  lead.textContent = data.meta.lead;
  item.append(link, when, lead);
  return item;
}

function count(found) {
  if (found === 0) return words.none;
  return found === 1 ? words.one : words.many.replace("{n}", found);
}

async function listMore(query) {
  const next = pending.slice(0, PAGE);
  pending = pending.slice(PAGE);
  const found = await Promise.all(next.map((result) => result.data()));
  if (field.value.trim() !== query) return;
  list.append(...found.map(entry));
  more.hidden = pending.length === 0;
}

async function show(query) {
  let searches;
  try {
    searches = await Promise.all((await instances()).map((engine) => engine.debouncedSearch(query, {}, 200)));
  } catch (error) {
    status.textContent = words.failed;
    throw error;
  }
  if (searches.includes(null) || field.value.trim() !== query) return;  // a later keystroke has its own search
  list.replaceChildren();
  pending = searches.flatMap((search) => search.results).sort((a, b) => b.score - a.score);
  const found = pending.length;
  await listMore(query);
  status.textContent = count(found);
}

function update() {
  const query = field.value.trim();
  const address = new URL(location.href);
  if (query) address.searchParams.set("q", query); else address.searchParams.delete("q");
  history.replaceState(null, "", address);  // a search can be shared, and Back returns to it
  if (query) {
    show(query);
  } else {
    list.replaceChildren();
    status.textContent = "";
    more.hidden = true;
  }
}

form.addEventListener("submit", (event) => event.preventDefault());
more.addEventListener("click", () => listMore(field.value.trim()));
field.addEventListener("input", update);
// What the address asks for, unless the reader typed before this script ran (a module runs last).
field.value = field.value || new URLSearchParams(location.search).get("q") || "";
if (field.value) update(); else field.focus();
