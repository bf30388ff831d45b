/* Applies the visitor's saved display choices before the first paint (no flash of the wrong mode).
   A classic script on purpose: it runs synchronously in <head>. demo/portal.ts owns the buttons. */
(function () {
  var root = document.documentElement;
  try {
    if (localStorage.getItem('tn-portal:elder') === '1') root.classList.add('elder-mode');
    if (localStorage.getItem('tn-portal:script') === 'hant') root.lang = 'zh-Hant';
    var size = localStorage.getItem('tn-portal:font-size');
    if (size === 'large' || size === 'medium' || size === 'small') root.setAttribute('data-font-size', size);
  } catch (e) {
    /* storage disabled: defaults */
  }
})();
