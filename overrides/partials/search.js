// The explainers' search (generator/site/search.py). Pagefind fetches its index in parts, and only once
// the reader types; each other language's index is merged in, so one query finds every explainer.
const form = document.querySelector(".explainer-search");
const field = form.querySelector("input");
const status = document.querySelector(".explainer-search__status");
const list = document.querySelector(".explainer-search__results");
const words = form.dataset;
const more = document.querySelector(".explainer-search__more");
const PAGE = 10;  // results fetched at a time: each is a small download of its own
let engine = null;
let pending = [];  // the current search's results not listed yet

async function pagefind() {
  if (!engine) {
    const bundle = new URL("pagefind/", root).href;
    engine = await import(new URL(document.documentElement.lang + "/pagefind.js", bundle).href);
    for (const language of words.others.split(" ").filter(Boolean)) {
      await engine.mergeIndex(new URL(language + "/", bundle).href, { language });
    }
  }
  return engine;
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
  let search;
  try {
    search = await (await pagefind()).debouncedSearch(query, {}, 200);
  } catch (error) {
    status.textContent = words.failed;
    throw error;
  }
  if (search === null || field.value.trim() !== query) return;  // a later keystroke has its own search
  list.replaceChildren();
  pending = search.results;
  await listMore(query);
  status.textContent = count(search.results.length);
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
field.value = new URLSearchParams(location.search).get("q") || "";
if (field.value) update(); else field.focus();
