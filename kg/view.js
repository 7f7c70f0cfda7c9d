// kg view: filters, search, view toggle and details for the pyvis network. Text is shown with textContent only.
var kgView = (function () {
  "use strict";
  var KG = JSON.parse(document.getElementById("kg-data").textContent);
  var INFO = new Map(Object.entries(KG.nodes));
  var DOCS = new Map(Object.entries(KG.documents));
  var VIEWS = {
    meetings: {relations: new Set(["attendee", "party", "location", "about", "agreement", "represents", "country"]), types: null},
    met: {relations: new Set(["met", "represents"]), types: new Set(["Person", "Country"])}
  };
  var state = {view: "meetings", hidden: new Set(), country: "", year: "", topic: "", query: ""};
  var api = {settled: false};
  var adjacency = new Map();
  var visibleNodes = new Set(), visibleEdges = new Set();

  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function info(id) { return INFO.get(id) || {t: "", l: String(id)}; }
  function label(id) { return info(id).l; }
  function targets(id, relation) {
    return (adjacency.get(id) || []).filter(function (e) { return e.from === id && e.relation === relation; })
      .map(function (e) { return e.to; });
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function meetingLine(id) {
    var m = info(id), place = targets(id, "location").map(label).join(", ");
    return [m.l, m.kind, m.date || "date unknown", place && "in " + place].filter(Boolean).join(" · ");
  }

  function tooltip(item) {
    var d = info(item.id);
    if (d.t === "Meeting") {
      var topics = (d.topics || []).map(label).join(", ");
      return meetingLine(item.id) + (topics ? "\nTopics: " + topics : "") + "\nClick for the evidence.";
    }
    var lines = [d.l + " — " + d.t + (d.country ? " (" + label(d.country) + ")" : "")];
    if (d.offices) lines.push(d.offices.join("; "));
    if (d.meeting_count) lines.push(plural(d.meeting_count, "meeting"));
    return lines.join("\n");
  }

  function edgeTooltip(edge) {
    if (edge.relation !== "met") return label(edge.from) + " — " + edge.relation + " — " + label(edge.to);
    return [label(edge.from) + " met " + label(edge.to) + ": " + plural(edge.meetings.length, "meeting")]
      .concat(edge.meetings.map(function (m) { return "• " + meetingLine(m); })).join("\n");
  }

  // Which meetings pass the country/year/topic filters (null: no such filter is set).
  function passingMeetings() {
    if (!state.country && !state.year && !state.topic) return null;
    var passing = new Set();
    INFO.forEach(function (d, id) {
      if (d.t !== "Meeting") return;
      if (state.country && d.countries.indexOf(state.country) < 0) return;
      if (state.year && d.year !== state.year) return;
      if (state.topic && (d.topics || []).indexOf(state.topic) < 0) return;
      passing.add(id);
    });
    return passing;
  }

  function matches(id, query) {
    var d = info(id);
    return [d.l].concat(d.aliases || []).some(function (name) { return name.toLowerCase().indexOf(query) >= 0; });
  }

  // Recompute what is visible, then let the DataViews pick it up.
  function update() {
    var view = VIEWS[state.view], passing = passingMeetings(), involved = null;
    if (passing) {
      involved = new Set(passing);
      passing.forEach(function (m) {
        (adjacency.get(m) || []).forEach(function (e) { if (VIEWS.meetings.relations.has(e.relation)) involved.add(e.to); });
      });
    }
    var nodeOk = function (id) {
      var t = info(id).t;
      return !state.hidden.has(t) && (!view.types || view.types.has(t)) && (!involved || involved.has(id));
    };
    var edgeOk = function (e) {
      return view.relations.has(e.relation) && nodeOk(e.from) && nodeOk(e.to) &&
        (e.relation !== "met" || !passing || e.meetings.some(function (m) { return passing.has(m); }));
    };
    var shown = new Set(api.nodes.getIds().filter(nodeOk));
    var query = state.query.trim().toLowerCase();
    if (query) {
      var found = new Set();
      shown.forEach(function (id) {
        if (!matches(id, query)) return;
        found.add(id);
        (adjacency.get(id) || []).forEach(function (e) { if (edgeOk(e)) found.add(e.from === id ? e.to : e.from); });
      });
      shown = found;
    }
    visibleNodes = shown;
    visibleEdges = new Set(api.edges.get({filter: function (e) {
      return edgeOk(e) && shown.has(e.from) && shown.has(e.to);
    }}).map(function (e) { return e.id; }));
    api.nodeView.refresh();
    api.edgeView.refresh();
    var status = "Showing " + plural(visibleNodes.size, "node") + " of " + api.nodes.length + ", " +
      plural(visibleEdges.size, "link") + ".";
    if (KG.total > api.nodes.length) status += " The graph has " + KG.total + " nodes; the best-connected are drawn.";
    $("kg-status").textContent = api.settled ? status : "Laying out the network… " + status;
  }

  function row(dl, name, value) {
    if (!value) return;
    dl.appendChild(el("dt", name));
    dl.appendChild(el("dd", value));
  }

  function meetingDetails(id, box) {
    var m = info(id), dl = el("dl");
    box.appendChild(el("h3", m.l));
    row(dl, "Kind", m.kind);
    row(dl, "Date", m.date || "unknown");
    row(dl, "Place", targets(id, "location").map(label).join(", "));
    row(dl, "Attendees", targets(id, "attendee").map(label).join(", "));
    row(dl, "Parties", targets(id, "party").map(label).join(", "));
    row(dl, "Topics", (m.topics || []).map(label).join(", "));
    row(dl, "Agreements", targets(id, "agreement").map(label).join(", "));
    box.appendChild(dl);
    (m.evidence || []).forEach(function (ev) {
      var doc = DOCS.get(ev.doc) || {};
      box.appendChild(el("blockquote", ev.sentence, "kg-evidence"));
      box.appendChild(el("div", "Source: " + (doc.title ? doc.title + " — " : "") + ev.doc +
        ", characters " + ev.start + "–" + ev.end, "kg-source"));
    });
  }

  function meetingList(ids, box) {
    var list = el("ul");
    ids.forEach(function (m) {
      var item = el("li"), button = el("button", meetingLine(m));
      button.type = "button";
      button.addEventListener("click", function () { showNode(m); });
      item.appendChild(button);
      list.appendChild(item);
    });
    box.appendChild(list);
  }

  function showNode(id) {
    var d = info(id), box = $("kg-details");
    box.replaceChildren();
    if (visibleNodes.has(id)) api.network.selectNodes([id]);
    if (d.t === "Meeting") {
      box.appendChild(el("h2", "Meeting"));
      meetingDetails(id, box);
      return;
    }
    box.appendChild(el("h2", d.l));
    var dl = el("dl");
    row(dl, "Type", d.t);
    row(dl, "Country", d.country && label(d.country));
    row(dl, "Offices", (d.offices || []).join("; "));
    row(dl, "Also named", (d.aliases || []).join("; "));
    box.appendChild(dl);
    var meetings = (adjacency.get(id) || []).filter(function (e) { return info(e.from).t === "Meeting" && e.to === id; })
      .map(function (e) { return e.from; }).filter(function (m, i, all) { return all.indexOf(m) === i; }).sort();
    if (meetings.length) {
      box.appendChild(el("h3", plural(meetings.length, "meeting")));
      meetingList(meetings, box);
    }
  }

  function showEdge(id) {
    var e = api.edges.get(id), box = $("kg-details");
    box.replaceChildren();
    if (e.relation !== "met") {
      box.appendChild(el("h2", label(e.from) + " — " + e.relation + " — " + label(e.to)));
      return;
    }
    box.appendChild(el("h2", label(e.from) + " met " + label(e.to)));
    box.appendChild(el("p", plural(e.meetings.length, "meeting")));
    e.meetings.forEach(function (m) { meetingDetails(m, box); });
  }

  function fillSelect(id, values) {
    var select = $(id);
    values.forEach(function (v) {
      var option = el("option", v[1]);
      option.value = v[0];
      select.appendChild(option);
    });
    select.addEventListener("change", function () { state[id.slice(3)] = select.value; update(); });
  }

  function controls() {
    var countries = new Set(), years = new Set(), topics = new Set();
    INFO.forEach(function (d) {
      if (d.t !== "Meeting") return;
      d.countries.forEach(function (c) { countries.add(c); });
      if (d.year) years.add(d.year);
      (d.topics || []).forEach(function (t) { topics.add(t); });
    });
    var byLabel = function (a, b) { return a[1].localeCompare(b[1]); };
    fillSelect("kg-country", Array.from(countries, function (c) { return [c, label(c)]; }).sort(byLabel));
    fillSelect("kg-year", Array.from(years, function (y) { return [y, y]; }).sort().reverse());
    fillSelect("kg-topic", Array.from(topics, function (t) { return [t, label(t)]; }).sort(byLabel));
    document.querySelectorAll("#kg-legend input").forEach(function (box) {
      box.addEventListener("change", function () {
        if (box.checked) state.hidden.delete(box.dataset.type); else state.hidden.add(box.dataset.type);
        update();
      });
    });
    document.querySelectorAll("input[name=kg-view]").forEach(function (radio) {
      radio.addEventListener("change", function () { state.view = radio.value; update(); });
    });
    $("kg-search").addEventListener("input", function (event) { state.query = event.target.value; update(); });
    $("kg-reset").addEventListener("click", function () {
      ["kg-country", "kg-year", "kg-topic", "kg-search"].forEach(function (id) { $(id).value = ""; });
      document.querySelectorAll("#kg-legend input").forEach(function (box) { box.checked = true; });
      state.country = state.year = state.topic = state.query = "";
      state.hidden.clear();
      update();
    });
    $("kg-relayout").addEventListener("click", function () {
      api.network.setOptions({physics: {enabled: true}});
      api.network.stabilize();
    });
  }

  // Called by the pyvis page instead of handing its DataSets to vis directly.
  api.prepare = function (nodes, edges) {
    api.nodes = nodes;
    api.edges = edges;
    edges.forEach(function (e) {
      [e.from, e.to].forEach(function (id) {
        if (!adjacency.has(id)) adjacency.set(id, []);
        adjacency.get(id).push(e);
      });
    });
    nodes.update(nodes.map(function (n) { return {id: n.id, title: tooltip(n)}; }));
    edges.update(edges.map(function (e) { return {id: e.id, title: edgeTooltip(e)}; }));
    api.nodeView = new vis.DataView(nodes, {filter: function (n) { return visibleNodes.has(n.id); }});
    api.edgeView = new vis.DataView(edges, {filter: function (e) { return visibleEdges.has(e.id); }});
    controls();
    update();
    return {nodes: api.nodeView, edges: api.edgeView};
  };

  // Freeze physics once the layout has settled, so thousands of nodes stay responsive.
  api.attach = function (network) {
    api.network = network;
    network.on("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}});
      network.storePositions();
      api.settled = true;
      update();
    });
    network.on("click", function (params) {
      if (params.nodes.length) showNode(params.nodes[0]);
      else if (params.edges.length) showEdge(params.edges[0]);
    });
  };
  return api;
})();
