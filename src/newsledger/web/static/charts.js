// Draws every <div class="chart" data-figure="{...}"> with plotly (served by the app itself).
(function () {
  "use strict";
  function draw() {
    if (typeof window.Plotly === "undefined") { return; }
    var charts = document.querySelectorAll(".chart[data-figure]");
    for (var i = 0; i < charts.length; i++) {
      var figure;
      try { figure = JSON.parse(charts[i].dataset.figure); } catch (e) { continue; }
      window.Plotly.newPlot(charts[i], figure.data, figure.layout, {
        responsive: true, displaylogo: false,
        modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d"]
      });
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
