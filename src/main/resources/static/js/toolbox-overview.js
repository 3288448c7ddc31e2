// Draws the programme overview's trends with Chart.js from each canvas's data-chart
// (months, a dataset per series; a blank month is null and shows as a gap). No inline script.
(function () {
  'use strict';
  var colours = ['#0b3d5c', '#2e7d52', '#c77a00', '#6a4fa3'];
  function draw(canvas) {
    var chart;
    try {
      chart = JSON.parse(canvas.getAttribute('data-chart'));
    } catch (e) {
      return;
    }
    var datasets = chart.datasets.map(function (dataset, i) {
      return {
        label: dataset.label,
        data: dataset.data,
        backgroundColor: colours[i % colours.length],
        borderColor: colours[i % colours.length]
      };
    });
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: chart.labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
    canvas.setAttribute('data-drawn', 'true');
  }
  function start() {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll('canvas.overview-chart').forEach(draw);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
