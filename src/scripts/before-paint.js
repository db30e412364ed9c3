// Inlined in <head> so stored preferences apply before first paint: no flash, no layout shift.
// Keys: src/lib/preferences.ts.
(function (root) {
  root.dataset.js = '';
  try {
    var theme = localStorage.getItem('study:theme');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    if (localStorage.getItem('study:practice') === 'on') root.dataset.practice = '';
  } catch (e) {}
})(document.documentElement);
