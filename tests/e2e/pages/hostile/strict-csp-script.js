// The page's own script, the only one its policy lets run. It writes down every
// violation of the policy the browser reports in this document (whoever caused
// it), adds a paragraph in a shadow root after load as a live page would, and
// says it is done.
(function () {
  var root = document.documentElement;
  var violations = [];
  document.addEventListener('securitypolicyviolation', function (event) {
    // Firefox asks for /favicon.ico on the page's behalf, and the policy refuses it: the browser's doing.
    if (/\/favicon\.ico$/.test(event.blockedURI)) return;
    violations.push(event.violatedDirective + ' ' + (event.blockedURI || 'inline'));
    root.setAttribute('data-violations', violations.join('; '));
  });
  window.addEventListener('load', function () {
    setTimeout(function () {
      var p = document.createElement('p');
      p.textContent = 'Later, officials said North Korea had shipped dozens of ballistic missiles to Russia.';
      // A component with an open shadow root, whose highlights need styles the policy would refuse a <style> for.
      var box = document.createElement('div');
      box.id = 'box';
      box.attachShadow({ mode: 'open' }).append(p);
      document.getElementById('story').append(box);
      root.setAttribute('data-result', 'ok');
    }, 300);
  });
})();
