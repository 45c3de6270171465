(function () {
  // The published page keeps itself up to date from its feed, without a reload: new turns come in,
  // edited ones change, deleted ones go. The reader's 正序/倒序 and place on the page are kept.
  // Every text goes in as text (textContent), never as markup.
  var turns = document.getElementById('turns');
  var feed = turns.getAttribute('data-feed');
  var programme = turns.getAttribute('data-programme');
  var every = Math.max(1, parseInt(turns.getAttribute('data-poll'), 10) || 5) * 1000;
  var element = /(^| )spaced( |$)/.test(turns.className) ? 'p' : 'div';
  var CHUNK = 128, version = null, markNewest = turns.getAttribute('data-newest') === 'mark';
  function reversed() { return turns.getAttribute('data-order') === 'reverse'; }
  function inOrder(list) { var nodes = Array.prototype.slice.call(list); return reversed() ? nodes.reverse() : nodes; }
  function all() {
    var nodes = [], chunks = inOrder(turns.children);
    for (var c = 0; c < chunks.length; c++) { nodes = nodes.concat(inOrder(chunks[c].children)); }
    return nodes;
  }
  function key(t) { return [t.speaker, t.colour || '', t.label, t.text, t.time || ''].join('\u0001'); }
  function span(name, text, colour) {
    var s = document.createElement('span');
    s.className = name;
    if (colour) { s.style.color = colour; }
    s.textContent = text;
    return s;
  }
  function fill(node, t) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
    node.setAttribute('data-speaker', t.speaker);
    node.appendChild(span('label', t.label, t.colour));
    node.appendChild(document.createTextNode(t.text));
    if (t.time) { node.appendChild(span('time', t.time)); }
    node.shiluKey = key(t);
  }
  function current(node, t) {
    if (node.shiluKey === undefined && node.getAttribute('data-speaker') === t.speaker
        && node.textContent === t.label + t.text + (t.time || '')) {
      node.shiluKey = key(t); // as the page was written
    }
    return node.shiluKey === key(t);
  }
  function lay(nodes) {
    var rev = reversed(), chunks = inOrder(turns.children), needed = Math.ceil(nodes.length / CHUNK);
    while (chunks.length < needed) {
      var chunk = document.createElement('div');
      chunk.className = 'chunk';
      turns.insertBefore(chunk, rev ? turns.firstChild : null);
      chunks.push(chunk);
    }
    for (var c = 0; c < needed; c++) {
      var part = nodes.slice(c * CHUNK, (c + 1) * CHUNK);
      if (rev) { part.reverse(); }
      for (var p = 0; p < part.length; p++) {
        if (chunks[c].children[p] !== part[p]) { chunks[c].insertBefore(part[p], chunks[c].children[p] || null); }
      }
    }
    for (var e = needed; e < chunks.length; e++) { turns.removeChild(chunks[e]); }
  }
  // The newest turn (the last in 正序) carries the class "newest" when the page marks it.
  function markTheNewest() {
    if (!markNewest) { return; }
    var all = turns.querySelectorAll('.turn'), newest = null;
    for (var i = 0; i < all.length; i++) {
      all[i].className = all[i].className.replace(/ ?newest/, '');
    }
    if (all.length) { newest = reversed() ? all[0] : all[all.length - 1]; newest.className += ' newest'; }
  }
  function apply(data) {
    if (!data || data.format !== 'shilu-feed' || data.programme !== programme || data.version === version) { return; }
    version = data.version;
    var byId = {}, old = all(), wanted = [], i;
    for (i = 0; i < old.length; i++) { byId[old[i].getAttribute('data-id')] = old[i]; }
    for (i = 0; i < data.turns.length; i++) {
      var t = data.turns[i], node = byId[t.id];
      if (node) {
        delete byId[t.id];
        if (!current(node, t)) { fill(node, t); }
      } else {
        node = document.createElement(element);
        node.className = 'turn';
        node.setAttribute('data-id', t.id);
        fill(node, t);
      }
      wanted.push(node);
    }
    var anchor = null, anchorTop = 0;
    if (window.scrollY > 0) {
      // The turn at the top of the reader's window stays where it is, whatever changes above it.
      var shown = turns.querySelectorAll('.turn');
      for (var k = 0; k < shown.length && !anchor; k++) {
        var box = shown[k].getBoundingClientRect();
        if (box.bottom > 0) { anchor = shown[k]; anchorTop = box.top; }
      }
    }
    for (var id in byId) {
      if (Object.prototype.hasOwnProperty.call(byId, id)) { byId[id].parentNode.removeChild(byId[id]); }
    }
    lay(wanted);
    markTheNewest();
    if (anchor && anchor.parentNode) {
      window.scrollBy(0, anchor.getBoundingClientRect().top - anchorTop);
    }
  }
  function poll() {
    var request = new XMLHttpRequest();
    request.onreadystatechange = function () {
      if (request.readyState !== 4) { return; }
      if (request.status === 200) {
        try { apply(JSON.parse(request.responseText)); } catch (e) { /* a feed cut short: the next poll */ }
      }
      setTimeout(poll, every);
    };
    request.open('GET', feed, true);
    request.setRequestHeader('Cache-Control', 'no-cache');
    request.send();
  }
  markTheNewest();
  setTimeout(poll, every);
})();
