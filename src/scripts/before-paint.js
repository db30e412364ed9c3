// Inlined in <head> so a stored theme applies before first paint (keys: src/lib/preferences.ts).
(function () {
  try {
    var theme = localStorage.getItem('study:theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch (e) {}
})();
