// Installed by the application (never by the page) into the preview after each load.
window.shiluPreview = {
  turns: function () { return document.getElementById('turns'); },
  reversed: function () { return this.turns().getAttribute('data-order') === 'reverse'; },
  node: function (i) {
    var turns = this.turns(), n = turns.children.length;
    if (i < 0 || i >= n) { return null; }
    return turns.children[this.reversed() ? n - 1 - i : i];
  },
  // Replaces `removed` turns from logical position `at` with the turns in `html`, in 正序 or 倒序 alike.
  splice: function (at, removed, html, follow) {
    var turns = this.turns(), reversed = this.reversed();
    var before = window.scrollY, height = document.documentElement.scrollHeight;
    var next = this.node(at + removed);
    var gone = [];
    for (var k = 0; k < removed; k++) { gone.push(this.node(at + k)); }
    for (var g = 0; g < gone.length; g++) { turns.removeChild(gone[g]); }
    var holder = document.createElement('div');
    holder.innerHTML = html;
    var fresh = Array.prototype.slice.call(holder.children);
    var anchor = reversed ? (next ? next.nextSibling : turns.firstChild) : next;
    for (var f = 0; f < fresh.length; f++) {
      turns.insertBefore(fresh[f], anchor);
      if (reversed) { anchor = fresh[f]; }
    }
    if (follow && fresh.length > 0) {
      window.scrollTo(0, reversed ? 0 : document.documentElement.scrollHeight);
    } else if (reversed && before > 0) {
      // Turns added above the reader in 倒序 must not move what they are reading.
      window.scrollTo(0, before + document.documentElement.scrollHeight - height);
    }
  },
  state: function () { return (this.reversed() ? 'reverse' : 'forward') + ',' + window.scrollY; }
};
