/// The HTML page's script: vanilla JavaScript, no library. ``errorTrap`` runs first (in the head) and
/// records every error and `console.error` for the self-test; ``main`` reads the two JSON blocks and
/// wires the drawing to the controls.
enum HTMLPageScript {
    static let errorTrap = #"""
    window.linkgraphErrors = [];
    window.addEventListener("error", function (event) { window.linkgraphErrors.push(String(event.message || event)); });
    (function () {
      var original = console.error;
      console.error = function () {
        window.linkgraphErrors.push(Array.prototype.map.call(arguments, String).join(" "));
        return original.apply(console, arguments);
      };
    })();
    window.addEventListener("load", function () {
      var result = document.getElementById("selftest-result");
      if (location.hash === "#selftest" && result && !result.textContent) {
        result.textContent = JSON.stringify({ pass: false, errors: window.linkgraphErrors, note: "the page script did not run" });
      }
    });

    """#

    static let main = #"""
    (function () {
      "use strict";
      var G = JSON.parse(document.getElementById("graph-data").textContent);
      var V = JSON.parse(document.getElementById("view-data").textContent);
      var svg = document.getElementById("graph");
      var canvas = document.getElementById("canvas");
      var tip = document.getElementById("tip");
      var side = document.getElementById("evidence");
      var slider = document.getElementById("slider");
      var quarterLabel = document.getElementById("quarter");
      var search = document.getElementById("search");
      var statusLine = document.getElementById("status");

      // The drawn elements, by index in G.nodes and G.edges.
      var nodeEls = new Array(G.nodes.length), edgeEls = new Array(G.edges.length);
      svg.querySelectorAll("g.node").forEach(function (el) { nodeEls[+el.getAttribute("data-i")] = el; });
      svg.querySelectorAll("g.edge").forEach(function (el) { edgeEls[+el.getAttribute("data-i")] = el; });
      // The page shows its own tooltips; the SVG's <title>s stay in the standalone SVG only.
      svg.querySelectorAll("g.node > title, g.edge > title").forEach(function (el) { el.remove(); });

      var index = {};
      G.nodes.forEach(function (node, i) { index[node.id] = i; });
      var ends = G.edges.map(function (edge) { return [index[edge.source], index[edge.target]]; });
      var degree = G.nodes.map(function () { return 0; });
      var activity = G.nodes.map(function () { return { ties: 0, events: 0, first: null, last: null }; });
      G.edges.forEach(function (edge, i) {
        ends[i].forEach(function (n) {
          var a = activity[n];
          degree[n] += 1; a.ties += 1; a.events += edge.events;
          if (edge.first && (!a.first || edge.first < a.first)) a.first = edge.first;
          if (edge.last && (!a.last || edge.last > a.last)) a.last = edge.last;
        });
      });
      // The best connected nodes keep their labels when zoomed far out.
      var byDegree = G.nodes.map(function (node, i) { return i; }).sort(function (a, b) { return degree[b] - degree[a] || a - b; });
      byDegree.slice(0, Math.max(8, Math.ceil(G.nodes.length / 20))).forEach(function (i) { nodeEls[i].classList.add("major"); });

      var titles = {};
      V.titles.forEach(function (pair) { titles[pair[0]] = pair[1]; });
      titles.smolensk = titles.smolensk || "Смоленская область";

      // ---- Search: the query's words, stemmed with the stemmer's endings, as prefixes of the names' keys.
      function fold(text) { return text.toLowerCase().replace(/ё/g, "е"); }
      function words(text) { return fold(text).split(/[^0-9\p{L}]+/u).filter(function (w) { return w.length > 0; }); }
      function stems(word) {
        var out = [word];
        V.endings.forEach(function (ending) {
          if (word.length - ending.length >= 3 && word.slice(-ending.length) === ending) {
            var stem = word.slice(0, -ending.length);
            out.push(stem);
            if (stem.length > 3 && stem.slice(-1) === "и") out.push(stem.slice(0, -1));
          }
        });
        return out;
      }
      function matcher(query) {
        var wanted = words(query).map(stems);
        if (wanted.length === 0) return null;
        return function (i) {
          var keys = V.keys[i];
          return wanted.every(function (candidates) {
            return candidates.some(function (c) { return keys.some(function (k) { return k.lastIndexOf(c, 0) === 0; }); });
          });
        };
      }

      // ---- Filters.
      var relationOn = {}, levelOn = {}, groupOn = {};
      document.querySelectorAll("[data-relation]").forEach(function (box) { relationOn[box.getAttribute("data-relation")] = box.checked; });
      document.querySelectorAll("[data-level]").forEach(function (box) { levelOn[box.getAttribute("data-level")] = box.checked; });
      var countryList = document.getElementById("country-list");
      var groupKeys = [];
      V.groups.forEach(function (g) { if (g !== "smolensk" && groupKeys.indexOf(g) < 0) groupKeys.push(g); });
      groupKeys.sort();
      groupKeys.forEach(function (key) {
        groupOn[key] = true;
        var label = document.createElement("label");
        var box = document.createElement("input");
        box.type = "checkbox"; box.checked = true; box.setAttribute("data-country", key);
        label.appendChild(box);
        label.appendChild(document.createTextNode(" " + (titles[key] || key)));
        countryList.appendChild(label);
      });
      var quarters = V.quarters;
      if (quarters.length === 0) {
        document.getElementById("time").style.display = "none";
      } else {
        slider.max = String(quarters.length - 1);
        slider.value = String(quarters.length - 1);
      }
      var statusNames = { a: "active", d: "dormant", n: "not judged", o: "one-off", "-": "not yet reported" };
      function quarterIndex() { return quarters.length ? +slider.value : -1; }
      function stateOf(i) { var q = quarterIndex(); return q < 0 ? "a" : V.states[i].charAt(q); }

      var query = null, selected = -1;
      function apply() {
        var q = quarterIndex();
        if (q >= 0) quarterLabel.textContent = "as of " + quarters[q] + " (" + V.ends[q] + ")";
        var nodeShown = G.nodes.map(function () { return false; });
        var shownEdges = 0, dormant = 0;
        G.edges.forEach(function (edge, i) {
          var state = stateOf(i);
          var relationOK = edge.relations.length === 0 || edge.relations.some(function (r) { return relationOn[r]; });
          var levels = V.levels[i];
          var levelOK = levels.length === 0 || levels.split("").some(function (l) { return levelOn[l]; });
          var groupOK = ends[i].every(function (n) { var g = V.groups[n]; return g === "smolensk" || groupOn[g]; });
          var shown = state !== "-" && relationOK && levelOK && groupOK;
          edgeEls[i].classList.toggle("hidden", !shown);
          edgeEls[i].classList.toggle("dormant", shown && state === "d");
          if (shown) {
            shownEdges += 1;
            if (state === "d") dormant += 1;
            nodeShown[ends[i][0]] = true; nodeShown[ends[i][1]] = true;
          }
        });
        var shownNodes = 0, matches = 0;
        G.nodes.forEach(function (node, i) {
          var isMatch = query !== null && query(i);
          nodeEls[i].classList.toggle("hidden", !nodeShown[i]);
          nodeEls[i].classList.toggle("match", isMatch && nodeShown[i]);
          nodeEls[i].classList.toggle("dim", query !== null && !isMatch);
          if (nodeShown[i]) shownNodes += 1;
          if (isMatch && nodeShown[i]) matches += 1;
        });
        G.edges.forEach(function (edge, i) {
          var near = query === null || query(ends[i][0]) || query(ends[i][1]);
          edgeEls[i].classList.toggle("dim", !near);
        });
        statusLine.textContent = shownNodes + " of " + G.nodes.length + " nodes, " + shownEdges + " of " + G.edges.length
          + " edges shown, " + dormant + " dormant" + (query !== null ? "; " + matches + " found" : "");
        if (selected >= 0) showEvidence(selected);
      }

      // ---- Tooltips.
      function span(first, last) {
        if (first && last) return first === last ? first : first + " – " + last;
        if (first) return "from " + first;
        if (last) return "until " + last;
        return "no dates";
      }
      function plural(n, noun) { return n === 1 ? "1 " + noun : n + " " + noun + "s"; }
      function nodeText(i) {
        var node = G.nodes[i], a = activity[i];
        var lines = [node.name, node.kind + (node.country ? ", " + node.country : "") + " · " + (titles[V.groups[i]] || V.groups[i])];
        lines.push("id " + node.id + (node.parent ? ", in " + node.parent : ""));
        if (!node.known) lines.push("not in the gazetteer");
        lines.push(plural(a.ties, "tie") + ", " + plural(a.events, "event") + ", " + span(a.first, a.last));
        return lines.join("\n");
      }
      function edgeText(i) {
        var edge = G.edges[i];
        var lines = [G.nodes[ends[i][0]].name + " — " + G.nodes[ends[i][1]].name];
        lines.push(edge.relations.join(", ") || "no evidence");
        lines.push(plural(edge.events, "event") + ", " + span(edge.first, edge.last));
        var q = quarterIndex();
        if (q >= 0) lines.push(statusNames[stateOf(i)] + " as of " + V.ends[q] + " (quiet for " + V.quiet + ")");
        lines.push("click for the evidence");
        return lines.join("\n");
      }
      function hit(target) {
        var el = target && target.closest ? target.closest("g.node, g.edge") : null;
        if (!el) return null;
        return { node: el.classList.contains("node"), i: +el.getAttribute("data-i") };
      }
      svg.addEventListener("mousemove", function (event) {
        var h = hit(event.target);
        if (!h || dragging) { tip.style.display = "none"; return; }
        tip.textContent = h.node ? nodeText(h.i) : edgeText(h.i);
        tip.style.display = "block";
        var x = event.clientX + 14, y = event.clientY + 14;
        if (x + tip.offsetWidth > window.innerWidth) x = event.clientX - tip.offsetWidth - 8;
        if (y + tip.offsetHeight > window.innerHeight) y = event.clientY - tip.offsetHeight - 8;
        tip.style.left = x + "px"; tip.style.top = y + "px";
      });
      svg.addEventListener("mouseleave", function () { tip.style.display = "none"; });

      // ---- Evidence.
      function element(tag, text, className) {
        var el = document.createElement(tag);
        if (text !== undefined) el.textContent = text;
        if (className) el.className = className;
        return el;
      }
      function showEvidence(i) {
        if (selected >= 0 && edgeEls[selected]) edgeEls[selected].classList.remove("selected");
        selected = i;
        edgeEls[i].classList.add("selected");
        var edge = G.edges[i];
        side.textContent = "";
        side.appendChild(element("h3", G.nodes[ends[i][0]].name + " — " + G.nodes[ends[i][1]].name));
        var q = quarterIndex();
        var facts = (edge.relations.join(", ") || "no evidence") + " · " + plural(edge.events, "event") + " · " + span(edge.first, edge.last);
        if (q >= 0) facts += " · " + statusNames[stateOf(i)] + " as of " + V.ends[q];
        side.appendChild(element("p", facts, "meta"));
        var list = element("ol");
        list.id = "evidence-list";
        edge.evidence.forEach(function (piece) {
          var item = element("li");
          item.appendChild(element("strong", piece.relation));
          item.appendChild(document.createTextNode(" · " + piece.dates));
          item.appendChild(element("div", piece.source + ", item " + piece.item, "meta"));
          item.appendChild(element("span", piece.quote, "quote"));
          list.appendChild(item);
        });
        side.appendChild(list);
      }

      // ---- Zoom and pan: the SVG's viewBox.
      var full = { w: +svg.getAttribute("width"), h: +svg.getAttribute("height") };
      var box = { x: 0, y: 0, w: full.w, h: full.h };
      function setBox() {
        svg.setAttribute("viewBox", box.x + " " + box.y + " " + box.w + " " + box.h);
        var scale = (canvas.clientWidth || 800) / box.w;
        svg.classList.toggle("labels-off", scale * 11 < 5.5);
      }
      function fit() {
        var cw = canvas.clientWidth || 800, ch = canvas.clientHeight || 600;
        var scale = Math.min(cw / full.w, ch / full.h);
        box.w = cw / scale; box.h = ch / scale;
        box.x = (full.w - box.w) / 2; box.y = 0;
        setBox();
      }
      function zoom(factor, cx, cy) {
        var rect = svg.getBoundingClientRect();
        var fx = rect.width ? (cx - rect.left) / rect.width : 0.5, fy = rect.height ? (cy - rect.top) / rect.height : 0.5;
        var px = box.x + fx * box.w, py = box.y + fy * box.h;
        var w = Math.max(80, Math.min(full.w * 8, box.w * factor));
        var f = w / box.w;
        box.w = w; box.h *= f;
        box.x = px - fx * box.w; box.y = py - fy * box.h;
        setBox();
      }
      svg.removeAttribute("width"); svg.removeAttribute("height");
      svg.setAttribute("preserveAspectRatio", "xMinYMin meet");
      canvas.addEventListener("wheel", function (event) {
        event.preventDefault();
        zoom(Math.exp(event.deltaY * 0.0015), event.clientX, event.clientY);
      }, { passive: false });
      var dragging = false, moved = false, last = null;
      canvas.addEventListener("pointerdown", function (event) {
        dragging = true; moved = false; last = { x: event.clientX, y: event.clientY };
      });
      window.addEventListener("pointermove", function (event) {
        if (!dragging) return;
        var dx = event.clientX - last.x, dy = event.clientY - last.y;
        if (!moved && Math.abs(dx) + Math.abs(dy) < 4) return;
        moved = true; canvas.classList.add("dragging");
        var scale = box.w / (svg.getBoundingClientRect().width || 1);
        box.x -= dx * scale; box.y -= dy * scale;
        last = { x: event.clientX, y: event.clientY };
        setBox();
      });
      window.addEventListener("pointerup", function () { dragging = false; canvas.classList.remove("dragging"); });
      svg.addEventListener("click", function (event) {
        if (moved) { moved = false; return; }
        var h = hit(event.target);
        if (h && !h.node) showEvidence(h.i);
      });
      function zoomButton(factor) {
        var rect = svg.getBoundingClientRect();
        zoom(factor, rect.left + rect.width / 2, rect.top + rect.height / 2);
      }
      document.getElementById("zoom-in").addEventListener("click", function () { zoomButton(1 / 1.4); });
      document.getElementById("zoom-out").addEventListener("click", function () { zoomButton(1.4); });
      document.getElementById("fit").addEventListener("click", fit);
      window.addEventListener("resize", setBox);

      // ---- Controls.
      search.addEventListener("input", function () { query = matcher(search.value); apply(); });
      document.querySelectorAll("[data-relation]").forEach(function (box) {
        box.addEventListener("change", function () { relationOn[box.getAttribute("data-relation")] = box.checked; apply(); });
      });
      document.querySelectorAll("[data-level]").forEach(function (box) {
        box.addEventListener("change", function () { levelOn[box.getAttribute("data-level")] = box.checked; apply(); });
      });
      countryList.addEventListener("change", function (event) {
        var key = event.target.getAttribute("data-country");
        if (key) { groupOn[key] = event.target.checked; apply(); }
      });
      slider.addEventListener("input", apply);
      var timer = null, play = document.getElementById("play");
      play.addEventListener("click", function () {
        if (timer) { clearInterval(timer); timer = null; play.textContent = "▶"; return; }
        if (+slider.value >= quarters.length - 1) slider.value = "0";
        play.textContent = "❚❚";
        apply();
        timer = setInterval(function () {
          if (+slider.value >= quarters.length - 1) { clearInterval(timer); timer = null; play.textContent = "▶"; return; }
          slider.value = String(+slider.value + 1);
          apply();
        }, 900);
      });

      fit();
      apply();
      if (location.hash === "#selftest") selfTest();
      // "#edge=SOURCE,TARGET" opens that edge's evidence: a link to one tie.
      var wanted = /^#edge=([^,]+),(.+)$/.exec(decodeURIComponent(location.hash));
      if (wanted) {
        G.edges.forEach(function (edge, i) { if (edge.source === wanted[1] && edge.target === wanted[2]) showEvidence(i); });
      }

      // ---- Self-test for headless browsers: what the page draws and does, as JSON in #selftest-result.
      function selfTest() {
        var result = { errors: window.linkgraphErrors };
        result.nodes = G.nodes.length; result.edges = G.edges.length;
        result.drawnNodes = svg.querySelectorAll("g.node").length;
        result.drawnEdges = svg.querySelectorAll("g.edge").length;
        result.visibleNodes = svg.querySelectorAll("g.node:not(.hidden)").length;
        result.visibleEdges = svg.querySelectorAll("g.edge:not(.hidden)").length;
        // Click the edge with the most evidence.
        var pick = 0;
        G.edges.forEach(function (edge, i) { if (edge.evidence.length > G.edges[pick].evidence.length) pick = i; });
        if (G.edges.length > 0) {
          var target = edgeEls[pick].querySelector("path.hit") || edgeEls[pick];
          target.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, view: window }));
          var shown = side.textContent;
          var pieces = G.edges[pick].evidence;
          result.clicked = { edge: pick, pieces: pieces.length, listed: side.querySelectorAll("#evidence-list li").length,
            quotesShown: pieces.every(function (p) { return shown.indexOf(p.quote) >= 0 && shown.indexOf(p.source + ", item " + p.item) >= 0; }) };
        }
        // Slide to the first quarter: every edge first reported later must be hidden, the others shown.
        if (quarters.length > 0) {
          var lastQuarter = slider.value;
          slider.value = "0";
          slider.dispatchEvent(new Event("input", { bubbles: true }));
          var end = V.ends[0], wrong = 0, later = 0, early = 0;
          G.edges.forEach(function (edge, i) {
            var isLater = edge.first !== null && edge.first > end;
            var hidden = edgeEls[i].classList.contains("hidden");
            if (isLater) later += 1; else early += 1;
            if (isLater !== hidden) wrong += 1;
          });
          result.slider = { quarter: quarters[0], end: end, laterEdges: later, earlierEdges: early, wrong: wrong,
            visibleEdges: svg.querySelectorAll("g.edge:not(.hidden)").length };
          slider.value = lastQuarter;
          slider.dispatchEvent(new Event("input", { bubbles: true }));
          var counts = {};
          V.states.forEach(function (s) { var c = s.charAt(s.length - 1); counts[c] = (counts[c] || 0) + 1; });
          result.lastQuarter = { quarter: quarters[quarters.length - 1], states: counts,
            dormantDrawn: svg.querySelectorAll("g.edge.dormant").length };
        }
        // Search in another case and form.
        var probe = G.nodes.findIndex(function (node) { return node.name === "Витебск"; });
        if (probe >= 0) {
          search.value = "Витебска";
          search.dispatchEvent(new Event("input", { bubbles: true }));
          result.search = { query: "Витебска", found: nodeEls[probe].classList.contains("match"),
            matches: svg.querySelectorAll("g.node.match").length };
          search.value = "";
          search.dispatchEvent(new Event("input", { bubbles: true }));
        }
        result.errors = window.linkgraphErrors;
        result.pass = result.errors.length === 0 && result.drawnNodes === result.nodes && result.drawnEdges === result.edges
          && (!result.clicked || (result.clicked.quotesShown && result.clicked.listed === result.clicked.pieces))
          && (!result.slider || result.slider.wrong === 0) && (!result.search || result.search.found);
        document.getElementById("selftest-result").textContent = JSON.stringify(result);
      }
    })();

    """#
}
