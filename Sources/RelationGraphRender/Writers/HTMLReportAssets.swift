/// The style sheet and script of ``HTMLReportWriter``'s page.
///
/// Both are fixed text: everything that comes from a graph travels in the
/// page's JSON data block and reaches the document through `textContent`,
/// so the page's Content-Security-Policy can allow exactly these two blocks
/// by their SHA-256 digests and nothing else. A test recomputes the digests.
enum HTMLReportAssets {
    /// `sha256-…` of ``style``, as the Content-Security-Policy names it.
    static let styleDigest = "sha256-4BM4qj1NMLiSSou3p6pZT2jPdcZ9AJdNUACXVd1RhHc="
    /// `sha256-…` of ``script``, as the Content-Security-Policy names it.
    static let scriptDigest = "sha256-jHEcf1aiNQw1yxQqoKMh7QPs8l9F9qXvLeE6S7tAjjU="

    static let style = #"""

:root { --panel: 24rem; --line: #d0d0d0; --ink: #111; --muted: #555; --accent: #0b57d0; }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; font: 14px/1.4 Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
body { display: grid; grid-template-rows: auto 1fr; grid-template-columns: 1fr auto; grid-template-areas: "bar bar" "view panel"; }
header { grid-area: bar; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; padding: .5rem .75rem; border-bottom: 1px solid var(--line); }
header h1 { font-size: 1.1rem; margin: 0; }
#find { position: relative; }
#search { width: 16rem; padding: .25rem .4rem; font: inherit; }
#results { position: absolute; z-index: 2; left: 0; top: 100%; margin: 0; padding: 0; list-style: none; background: #fff; border: 1px solid var(--line); min-width: 16rem; max-height: 18rem; overflow: auto; }
#results:empty { display: none; }
#results button, .list button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: .2rem .4rem; font: inherit; color: var(--accent); cursor: pointer; }
#results button:hover, #results button:focus, .list button:hover, .list button:focus { background: #eef3fd; }
fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem .75rem; }
fieldset legend { float: left; margin-right: .5rem; font-weight: bold; }
.swatch { display: inline-block; width: 1.6rem; height: 0; border-top: 3px solid; vertical-align: middle; margin-right: .25rem; }
.swatch.dashed { border-top-style: dashed; border-color: #666; }
#zoom button { font: inherit; min-width: 2rem; }
#view { grid-area: view; position: relative; overflow: hidden; min-height: 20rem; cursor: grab; touch-action: none; }
#view.dragging { cursor: grabbing; }
#diagram { display: block; width: 100%; height: 100%; }
#diagram g.node, #diagram g.edge { cursor: pointer; }
#diagram g.edge.off { display: none; }
#diagram :focus { outline: none; }
#diagram g.node:focus rect, #diagram g.node.selected rect { stroke: var(--accent); stroke-width: 3; }
#diagram g.edge:focus path:not(.hit), #diagram g.edge.selected path:not(.hit) { stroke-width: 4; }
#diagram.focus g.node:not(.selected):not(.dependency):not(.dependent) { opacity: .25; }
#diagram.focus g.edge:not(.selected):not(.chain) { opacity: .15; }
#diagram g.node.dependency rect { fill: #fde7c8; stroke: #b35c00; stroke-width: 2; }
#diagram g.node.dependent rect { fill: #dceefc; stroke: #1c5d99; stroke-width: 2; }
#panel { grid-area: panel; width: var(--panel); border-left: 1px solid var(--line); padding: .75rem; overflow: auto; }
#panel-body[hidden], #panel-hint[hidden], #close[hidden] { display: none; }
#panel h2 { font-size: 1.05rem; margin: 0 2rem .5rem 0; }
#panel h3 { font-size: .95rem; margin: 1rem 0 .25rem; }
#close { float: right; font: inherit; }
.badge { display: inline-block; font-size: .8rem; padding: 0 .35rem; border-radius: .6rem; background: #eee; margin-left: .35rem; }
.badge.hedged { background: #fff1c2; }
.list { margin: 0; padding: 0; list-style: none; }
.evidence { margin: 0 0 .6rem; padding: 0; list-style: none; }
.evidence li { border-left: 3px solid var(--line); padding-left: .5rem; margin-bottom: .5rem; }
.evidence blockquote { margin: 0; }
.meta { color: var(--muted); font-size: .85rem; overflow-wrap: anywhere; }
.note { color: var(--muted); font-size: .85rem; }
@media print {
  html, body { height: auto; }
  body { display: block; }
  header #find, header fieldset, header #zoom, #close { display: none; }
  #view { overflow: visible; height: auto; min-height: 0; page-break-inside: avoid; }
  #diagram { height: auto; max-height: 95vh; }
  #panel { width: auto; border: 0; border-top: 1px solid var(--line); overflow: visible; }
  #panel:not(.open) { display: none; }
  .list button { color: var(--ink); padding: 0; }
}

"""#

    static let script = #"""

(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var svg = document.getElementById('diagram');
  var view = document.getElementById('view');
  var panel = document.getElementById('panel');
  var body = document.getElementById('panel-body');
  var hint = document.getElementById('panel-hint');
  var closeButton = document.getElementById('close');
  var search = document.getElementById('search');
  var results = document.getElementById('results');
  var nodeElements = [];
  var edgeElements = [];
  svg.querySelectorAll('g.node').forEach(function (g) { nodeElements[+g.getAttribute('data-party')] = g; });
  svg.querySelectorAll('g.edge').forEach(function (g) { edgeElements[+g.getAttribute('data-relation')] = g; });
  var parties = data.parties;
  var relations = data.relations;
  var support = {};
  data.support.forEach(function (kind) { support[kind] = true; });
  var outgoing = parties.map(function () { return []; });
  var incoming = parties.map(function () { return []; });
  relations.forEach(function (relation, index) {
    outgoing[relation.s].push(index);
    incoming[relation.t].push(index);
  });

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  function label(party) { return parties[party].name; }
  function fold(text) { return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
  function isWebAddress(text) {
    if (!/^https?:\/\//i.test(text)) return false;
    try { var url = new URL(text); return url.protocol === 'http:' || url.protocol === 'https:'; } catch (error) { return false; }
  }

  // The same closure as `relgraph dependencies` and `dependents`: asserted
  // supply and troops relations, followed transitively, breadth first.
  function closure(start, towardSuppliers) {
    var depth = {}; depth[start] = 0;
    var order = [];
    var chain = [];
    var level = [start];
    while (level.length) {
      var next = [];
      level.forEach(function (node) {
        (towardSuppliers ? incoming[node] : outgoing[node]).forEach(function (index) {
          var relation = relations[index];
          if (!support[relation.kind] || relation.modality !== 'asserted') return;
          var far = towardSuppliers ? relation.s : relation.t;
          if (depth[far] === undefined) {
            depth[far] = depth[node] + 1;
            order.push(far);
            next.push(far);
          }
          if (depth[far] === depth[node] + 1) chain.push(index);
        });
      });
      level = next;
    }
    return { parties: order, depth: depth, relations: chain };
  }

  function clearMarks() {
    svg.classList.remove('focus');
    svg.querySelectorAll('.selected, .dependency, .dependent, .chain').forEach(function (node) {
      node.classList.remove('selected', 'dependency', 'dependent', 'chain');
    });
  }
  var pinned = false;
  var lastFocus = null;
  function openPanel(title, pin) {
    while (body.firstChild) body.removeChild(body.firstChild);
    body.appendChild(element('h2', null, title));
    panel.classList.add('open');
    body.hidden = false;
    closeButton.hidden = false;
    hint.hidden = true;
    pinned = pin;
  }
  // The panel keeps its place when closed, showing a hint, so opening it
  // never resizes the diagram under the pointer.
  function closePanel() {
    panel.classList.remove('open');
    body.hidden = true;
    closeButton.hidden = true;
    hint.hidden = false;
    pinned = false;
    clearMarks();
    if (lastFocus) lastFocus.focus();
    lastFocus = null;
  }
  function partyButton(party, suffix) {
    var button = element('button', null, label(party) + (suffix || ''));
    button.type = 'button';
    button.addEventListener('click', function () { centre(party); showParty(party, true); });
    return button;
  }
  function relationButton(index, text) {
    var button = element('button', null, text);
    button.type = 'button';
    button.addEventListener('click', function () { showLink(index, true); });
    return button;
  }
  function modalityBadge(modality, hedge) {
    return element('span', 'badge ' + modality, hedge ? modality + ': ' + hedge : modality);
  }

  function showLink(index, pin) {
    var relation = relations[index];
    clearMarks();
    openPanel(label(relation.s) + ' \u2192 ' + label(relation.t), pin);
    var same = outgoing[relation.s].filter(function (other) { return relations[other].t === relation.t; });
    same.sort(function (a, b) { return (a === index ? -1 : 0) - (b === index ? -1 : 0) || a - b; });
    same.forEach(function (other) {
      var item = relations[other];
      if (edgeElements[other]) edgeElements[other].classList.add('selected');
      var heading = element('h3', null, item.kind);
      heading.appendChild(modalityBadge(item.modality));
      body.appendChild(heading);
      if (item.validFrom || item.validUntil) {
        body.appendChild(element('p', 'meta', 'valid ' + (item.validFrom || '\u2026') + ' \u2013 ' + (item.validUntil || '\u2026')));
      }
      var list = element('ul', 'evidence');
      item.evidence.forEach(function (evidence) {
        var entry = element('li');
        entry.appendChild(element('blockquote', 'quote', evidence.quote));
        var meta = element('p', 'meta');
        meta.appendChild(element('span', 'document', evidence.document));
        meta.appendChild(document.createTextNode(', bytes ' + evidence.start + '\u2013' + evidence.end));
        if (evidence.date) meta.appendChild(document.createTextNode(', ' + evidence.date));
        meta.appendChild(modalityBadge(evidence.modality, evidence.hedge));
        entry.appendChild(meta);
        if (evidence.source) {
          var source = element('p', 'meta');
          if (isWebAddress(evidence.source)) {
            var link = element('a', null, evidence.source);
            link.href = evidence.source;
            link.rel = 'noopener noreferrer';
            source.appendChild(link);
          } else {
            source.textContent = evidence.source;
          }
          entry.appendChild(source);
        }
        list.appendChild(entry);
      });
      if (!item.evidence.length) body.appendChild(element('p', 'note', 'No evidence recorded.'));
      body.appendChild(list);
    });
  }

  function showParty(party, pin) {
    clearMarks();
    var info = parties[party];
    openPanel(info.name, pin);
    var facts = info.id + ' \u00b7 ' + info.kind;
    body.appendChild(element('p', 'meta', facts));
    if (info.aliases.length) body.appendChild(element('p', 'meta', 'Also: ' + info.aliases.join(', ')));
    var suppliers = closure(party, true);
    var dependents = closure(party, false);
    // A layout may leave parties out (the data lists them all): those have no box to mark.
    function mark(other, name) { if (nodeElements[other]) nodeElements[other].classList.add(name); }
    svg.classList.add('focus');
    mark(party, 'selected');
    suppliers.parties.forEach(function (other) { mark(other, 'dependency'); });
    dependents.parties.forEach(function (other) { mark(other, 'dependent'); });
    suppliers.relations.concat(dependents.relations).forEach(function (index) {
      if (edgeElements[index]) edgeElements[index].classList.add('chain');
    });
    function section(title, found, id) {
      body.appendChild(element('h3', null, title + ' (' + found.parties.length + ')'));
      var list = element('ul', 'list');
      list.id = id;
      found.parties.forEach(function (other) {
        var entry = element('li');
        entry.setAttribute('data-party-id', parties[other].id);
        entry.appendChild(partyButton(other, found.depth[other] > 1 ? ' (' + found.depth[other] + ' links)' : ''));
        list.appendChild(entry);
      });
      body.appendChild(list);
    }
    section('Depends on', suppliers, 'dependencies');
    section('Dependents', dependents, 'dependents');
    body.appendChild(element('p', 'note', 'Asserted supply and troops relations, followed transitively, as relgraph dependencies and dependents.'));
    function relationList(title, indices, outward) {
      body.appendChild(element('h3', null, title + ' (' + indices.length + ')'));
      var list = element('ul', 'list');
      indices.forEach(function (index) {
        var relation = relations[index];
        var text = relation.kind + (outward ? ' \u2192 ' + label(relation.t) : ' \u2190 ' + label(relation.s));
        var entry = element('li');
        entry.appendChild(relationButton(index, text + (relation.modality === 'hedged' ? ' (hedged)' : '')));
        list.appendChild(entry);
      });
      body.appendChild(list);
    }
    relationList('Relations out', outgoing[party], true);
    relationList('Relations in', incoming[party], false);
  }

  // Zoom and pan move the viewBox, so the drawing stays vector-sharp.
  var initial = svg.getAttribute('viewBox').split(' ').map(Number);
  var box = initial.slice();
  function applyBox() { svg.setAttribute('viewBox', box.map(function (v) { return Math.round(v * 100) / 100; }).join(' ')); }
  function toDiagram(x, y) {
    var matrix = svg.getScreenCTM();
    if (!matrix) return { x: box[0] + box[2] / 2, y: box[1] + box[3] / 2 };
    var point = new DOMPoint(x, y).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  }
  function zoom(factor, x, y) {
    var at = x === undefined ? { x: box[0] + box[2] / 2, y: box[1] + box[3] / 2 } : toDiagram(x, y);
    var width = Math.min(Math.max(box[2] * factor, initial[2] / 50), initial[2] * 4);
    var scale = width / box[2];
    box = [at.x - (at.x - box[0]) * scale, at.y - (at.y - box[1]) * scale, box[2] * scale, box[3] * scale];
    applyBox();
  }
  function centre(party) {
    if (!nodeElements[party]) return;
    var rect = nodeElements[party].querySelector('rect');
    var x = +rect.getAttribute('x') + +rect.getAttribute('width') / 2;
    var y = +rect.getAttribute('y') + +rect.getAttribute('height') / 2;
    // One diagram point per screen pixel, in the view's own proportions, so the party found
    // is readable however wide or tall the whole drawing is.
    var width = Math.max(400, view.clientWidth || 800), height = Math.max(300, view.clientHeight || 600);
    box = [x - width / 2, y - height / 2, width, height];
    applyBox();
  }
  view.addEventListener('wheel', function (event) {
    event.preventDefault();
    zoom(event.deltaY < 0 ? 0.8 : 1.25, event.clientX, event.clientY);
  }, { passive: false });
  // A press that moves is a pan, not a click; pointerup decides before the click event arrives.
  var drag = null;
  var dragged = false;
  view.addEventListener('pointerdown', function (event) {
    if (event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, box: box.slice(), moved: false };
  });
  view.addEventListener('pointermove', function (event) {
    if (!drag) return;
    if (!(event.buttons & 1)) { drag = null; view.classList.remove('dragging'); return; }
    var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
    if (!drag.moved) { drag.moved = true; view.classList.add('dragging'); }
    var matrix = svg.getScreenCTM();
    var scale = matrix ? 1 / matrix.a : 1;
    box = [drag.box[0] - dx * scale, drag.box[1] - dy * scale, box[2], box[3]];
    applyBox();
  });
  view.addEventListener('pointerup', function () {
    dragged = !!(drag && drag.moved);
    drag = null;
    view.classList.remove('dragging');
  });
  view.addEventListener('pointercancel', function () { drag = null; view.classList.remove('dragging'); });
  document.getElementById('zoom-in').addEventListener('click', function () { zoom(0.8); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoom(1.25); });
  document.getElementById('zoom-fit').addEventListener('click', function () { box = initial.slice(); applyBox(); });

  function activate(target, pin) {
    var item = target && target.closest ? target.closest('g.edge, g.node') : null;
    if (!item || !svg.contains(item)) return false;
    if (pin) lastFocus = item;
    if (item.classList.contains('edge')) showLink(+item.getAttribute('data-relation'), pin);
    else showParty(+item.getAttribute('data-party'), pin);
    return true;
  }
  svg.addEventListener('click', function (event) {
    if (dragged) { dragged = false; return; }
    if (!activate(event.target, true) && pinned) closePanel();
  });
  svg.addEventListener('mouseover', function (event) {
    if (pinned) return;
    var edge = event.target.closest ? event.target.closest('g.edge') : null;
    if (edge) showLink(+edge.getAttribute('data-relation'), false);
  });
  svg.addEventListener('mouseout', function (event) {
    if (pinned) return;
    var edge = event.target.closest ? event.target.closest('g.edge') : null;
    if (edge && !edge.contains(event.relatedTarget)) { lastFocus = null; closePanel(); }
  });
  svg.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' || event.key === ' ') {
      if (activate(event.target, true)) event.preventDefault();
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      if (results.firstChild) { while (results.firstChild) results.removeChild(results.firstChild); return; }
      if (panel.classList.contains('open')) closePanel();
    }
  });
  closeButton.addEventListener('click', closePanel);

  // Filters hide links at once; a party stays, so the layout does not jump.
  var filters = document.querySelectorAll('input[data-kind], input#hedged');
  function applyFilters() {
    var shown = {};
    document.querySelectorAll('input[data-kind]').forEach(function (box) { shown[box.getAttribute('data-kind')] = box.checked; });
    var hedged = document.getElementById('hedged');
    var showHedged = !hedged || hedged.checked;
    relations.forEach(function (relation, index) {
      var edge = edgeElements[index];
      if (!edge) return;
      var visible = shown[relation.kind] !== false && (showHedged || relation.modality === 'asserted');
      edge.classList.toggle('off', !visible);
      if (visible) edge.setAttribute('tabindex', '0'); else edge.removeAttribute('tabindex');
    });
  }
  filters.forEach(function (box) { box.addEventListener('change', applyFilters); });
  applyFilters();

  // Search by ID, name or alias, ignoring case and accents: exact matches first, then prefixes, then the rest.
  var keys = parties.map(function (party) {
    return [party.id].concat([party.name], party.aliases).map(fold);
  });
  function matches(query) {
    var folded = fold(query.trim());
    if (!folded) return [];
    var ranked = [];
    keys.forEach(function (names, party) {
      var rank = 3;
      names.forEach(function (name) {
        if (name === folded) rank = Math.min(rank, 0);
        else if (name.indexOf(folded) === 0) rank = Math.min(rank, 1);
        else if (name.indexOf(folded) > 0) rank = Math.min(rank, 2);
      });
      if (rank < 3) ranked.push([rank, party]);
    });
    ranked.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return ranked.slice(0, 12).map(function (pair) { return pair[1]; });
  }
  function choose(party) {
    while (results.firstChild) results.removeChild(results.firstChild);
    centre(party);
    showParty(party, true);
    lastFocus = nodeElements[party];
  }
  search.addEventListener('input', function () {
    while (results.firstChild) results.removeChild(results.firstChild);
    matches(search.value).forEach(function (party) {
      var entry = element('li');
      var info = parties[party];
      var button = element('button', null, info.name + (info.name === info.id ? '' : ' (' + info.id + ')'));
      button.type = 'button';
      button.setAttribute('data-party-id', info.id);
      button.addEventListener('click', function () { choose(party); });
      entry.appendChild(button);
      results.appendChild(entry);
    });
  });
  search.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      var found = matches(search.value);
      if (found.length) choose(found[0]);
      event.preventDefault();
    }
  });

  document.documentElement.setAttribute('data-ready', String(Math.round(performance.now())));
})();

"""#
}
