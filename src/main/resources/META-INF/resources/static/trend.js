// The weekly QA score chart on an agent's page: the mean as a line and its 95 % interval as a band (a transparent
// lower bound with the interval's width stacked on it). The numbers come from the page (data-points); the table
// beside the chart shows the same ones.
(function () {
  var box = document.getElementById('trend-chart');
  if (!box || !window.echarts) { return; }
  var points = JSON.parse(box.getAttribute('data-points')).points;
  var weeks = points.map(function (p) { return p.period; });
  var low = points.map(function (p) { return p.ci95 ? Math.max(0, p.ci95[0]) : null; });
  var width = points.map(function (p) { return p.ci95 ? Math.min(100, p.ci95[1]) - Math.max(0, p.ci95[0]) : null; });
  var chart = echarts.init(box);
  chart.setOption({
    animation: false,
    grid: { left: 40, right: 16, top: 24, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: weeks },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [
      { type: 'line', data: low, stack: 'band', lineStyle: { opacity: 0 }, symbol: 'none', tooltip: { show: false } },
      { name: box.getAttribute('data-band'), type: 'line', data: width, stack: 'band', lineStyle: { opacity: 0 },
        symbol: 'none', areaStyle: { color: 'rgba(11, 110, 79, 0.15)' }, tooltip: { show: false } },
      { name: box.getAttribute('data-mean'), type: 'line', data: points.map(function (p) { return p.mean; }),
        itemStyle: { color: '#0b6e4f' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
