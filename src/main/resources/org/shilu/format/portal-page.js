(function () {
  var turns = document.getElementById('turns');
  var forward = document.getElementById('order-forward');
  var reverse = document.getElementById('order-reverse');
  function backwards(parent) {
    var nodes = Array.prototype.slice.call(parent.children);
    for (var i = nodes.length - 1; i >= 0; i--) { parent.appendChild(nodes[i]); }
    return nodes;
  }
  function order(reversed) {
    if ((turns.getAttribute('data-order') === 'reverse') !== reversed) {
      var chunks = backwards(turns);
      for (var c = 0; c < chunks.length; c++) { backwards(chunks[c]); }
      turns.setAttribute('data-order', reversed ? 'reverse' : 'forward');
    }
    forward.className = forward.className.replace(/ ?current/, '') + (reversed ? '' : ' current');
    reverse.className = reverse.className.replace(/ ?current/, '') + (reversed ? ' current' : '');
  }
  function on(element, reversed) {
    element.onclick = function () { order(reversed); };
    element.onkeydown = function (e) { if (e.key === 'Enter' || e.key === ' ') { order(reversed); } };
  }
  on(forward, false);
  on(reverse, true);
})();
