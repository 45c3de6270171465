(function () {
  var turns = document.getElementById('turns');
  var forward = document.getElementById('order-forward');
  var reverse = document.getElementById('order-reverse');
  function order(reversed) {
    if ((turns.getAttribute('data-order') === 'reverse') !== reversed) {
      var nodes = Array.prototype.slice.call(turns.children);
      for (var i = nodes.length - 1; i >= 0; i--) { turns.appendChild(nodes[i]); }
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
