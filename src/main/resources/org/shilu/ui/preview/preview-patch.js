// Installed by the application (never by the page) into the preview after each load.
// The page keeps its turns in blocks (div.chunk) of about CHUNK turns; in 倒序 both are reversed.
window.shiluPreview = {
  turns: function () { return document.getElementById('turns'); },
  reversed: function () { return this.turns().getAttribute('data-order') === 'reverse'; },
  chunk: function (atTop) {
    var turns = this.turns();
    var edge = atTop ? turns.firstElementChild : turns.lastElementChild;
    if (edge && edge.childElementCount < CHUNK) { return edge; }
    var chunk = document.createElement('div');
    chunk.className = 'chunk';
    turns.insertBefore(chunk, atTop ? turns.firstChild : null);
    return chunk;
  },
  fresh: function (html) {
    var holder = document.createElement('div');
    holder.innerHTML = html;
    return Array.prototype.slice.call(holder.children);
  },
  // Every turn in logical (正序) order.
  all: function () {
    var nodes = [], chunks = this.turns().children;
    for (var c = 0; c < chunks.length; c++) {
      for (var t = 0; t < chunks[c].children.length; t++) { nodes.push(chunks[c].children[t]); }
    }
    return this.reversed() ? nodes.reverse() : nodes;
  },
  // A turn committed at the end: added at the bottom (正序) or the top (倒序), in the edge block only.
  append: function (html) {
    var reversed = this.reversed(), fresh = this.fresh(html);
    for (var f = 0; f < fresh.length; f++) {
      var chunk = this.chunk(reversed);
      chunk.insertBefore(fresh[f], reversed ? chunk.firstChild : null);
    }
    window.scrollTo(0, reversed ? 0 : document.documentElement.scrollHeight);
  },
  // Replaces `removed` turns from logical position `at` with the turns in `html`, keeping the reader's place.
  splice: function (at, removed, html) {
    var reversed = this.reversed(), nodes = this.all(), fresh = this.fresh(html);
    var before = window.scrollY, height = document.documentElement.scrollHeight;
    var next = at + removed < nodes.length ? nodes[at + removed] : null;
    var previous = at > 0 ? nodes[at - 1] : null;
    for (var k = at; k < at + removed; k++) {
      var parent = nodes[k].parentNode;
      parent.removeChild(nodes[k]);
      if (parent.childElementCount === 0 && parent !== (next && next.parentNode) && parent !== (previous && previous.parentNode)) {
        parent.parentNode.removeChild(parent);
      }
    }
    // In DOM order a new turn goes just before its logical successor (正序) or just after it (倒序).
    var anchor = next && reversed ? next.nextSibling : null;
    for (var f = 0; f < fresh.length; f++) {
      var turn = fresh[f];
      if (!reversed && next) {
        next.parentNode.insertBefore(turn, next);
      } else if (!reversed && previous) {
        previous.parentNode.insertBefore(turn, previous.nextSibling);
        previous = turn;
      } else if (reversed && previous) {
        previous.parentNode.insertBefore(turn, previous);
        previous = turn;
      } else if (reversed && next) {
        next.parentNode.insertBefore(turn, anchor);
        anchor = turn;
      } else {
        var chunk = this.chunk(reversed);
        chunk.insertBefore(turn, reversed ? chunk.firstChild : null);
      }
    }
    if (reversed && before > 0) {
      // Turns added above the reader in 倒序 must not move what they are reading.
      window.scrollTo(0, before + document.documentElement.scrollHeight - height);
    }
  },
  // An older block of turns, added before the first while a long page fills in; the reader's place is kept.
  prepend: function (html) {
    var reversed = this.reversed(), fresh = this.fresh(html), turns = this.turns();
    var before = window.scrollY, height = document.documentElement.scrollHeight;
    var chunk = document.createElement('div');
    chunk.className = 'chunk';
    for (var f = 0; f < fresh.length; f++) { chunk.insertBefore(fresh[f], reversed ? chunk.firstChild : null); }
    turns.insertBefore(chunk, reversed ? null : turns.firstChild);
    if (!reversed) { window.scrollTo(0, before + document.documentElement.scrollHeight - height); }
  },
  state: function () { return (this.reversed() ? 'reverse' : 'forward') + ',' + window.scrollY; }
};
