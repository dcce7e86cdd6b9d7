// Charts drawn from the numbers in the page (data-kind, data-chart): the team dashboard's, and the weekly QA score on an
// agent's KPI page; the table beside each holds the same numbers.
(function () {
  if (!window.echarts) { return; }
  var green = '#0b6e4f';
  var draw = {
    trend: function (d) {
      var width = d.high.map(function (h, i) { return h == null ? null : h - d.low[i]; });
      return {
        tooltip: { trigger: 'axis' }, xAxis: { type: 'category', data: d.labels }, yAxis: { type: 'value', min: 0, max: 100 },
        series: [
          { type: 'line', data: d.low, stack: 'band', lineStyle: { opacity: 0 }, symbol: 'none', tooltip: { show: false } },
          { name: d.names[1], type: 'line', data: width, stack: 'band', lineStyle: { opacity: 0 }, symbol: 'none',
            areaStyle: { color: 'rgba(11, 110, 79, 0.15)' }, tooltip: { show: false } },
          { name: d.names[0], type: 'line', data: d.mean, itemStyle: { color: green } }
        ]
      };
    },
    distribution: function (d) {
      return {
        tooltip: { trigger: 'axis' }, xAxis: { type: 'category', data: d.labels }, yAxis: { type: 'value', minInterval: 1 },
        series: [{ name: d.names[0], type: 'bar', data: d.values, itemStyle: { color: green } }]
      };
    },
    // The Pareto bar (most failures first, with the cumulative share) and the pie of the same counts.
    causes: function (d) {
      return {
        tooltip: { trigger: 'item' },
        grid: { left: 40, right: '42%', top: 24, bottom: 90 },
        xAxis: { type: 'category', data: d.labels, axisLabel: { rotate: 40, interval: 0 } },
        yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
        series: [
          { name: d.names[0], type: 'bar', data: d.values, itemStyle: { color: green } },
          { name: d.names[1], type: 'line', yAxisIndex: 1, data: d.cumulative },
          { type: 'pie', radius: ['18%', '34%'], center: ['80%', '45%'], label: { show: false },
            data: d.labels.map(function (l, i) { return { name: l, value: d.values[i] }; }) }
        ]
      };
    },
    kpis: function (d) {
      return {
        tooltip: { trigger: 'axis' }, legend: { type: 'scroll', bottom: 0 },
        grid: { left: 40, right: 16, top: 24, bottom: 56 },
        xAxis: { type: 'category', data: d.labels },
        yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
        series: Object.keys(d.series).map(function (name) {
          return { name: name, type: 'line', connectNulls: false, data: d.series[name] };
        })
      };
    },
    training: function (d) {
      return {
        tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: { left: 40, right: 16, top: 24, bottom: 56 },
        xAxis: { type: 'category', data: d.labels },
        yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
        series: [
          { name: d.names[0], type: 'bar', data: d.completion, itemStyle: { color: '#9db8ad' } },
          { name: d.names[1], type: 'bar', data: d.passRate, itemStyle: { color: green } }
        ]
      };
    },
    // Per inspector: plan assignments done and overdue (stacked), and the share of their evaluations disputed.
    inspectors: function (d) {
      return {
        tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: { left: 40, right: 40, top: 24, bottom: 56 },
        xAxis: { type: 'category', data: d.labels },
        yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
        series: [
          { name: d.names[0], type: 'bar', stack: 'plan', data: d.done, itemStyle: { color: green } },
          { name: d.names[1], type: 'bar', stack: 'plan', data: d.overdue, itemStyle: { color: '#c0392b' } },
          { name: d.names[2], type: 'line', yAxisIndex: 1, data: d.disputeRate, itemStyle: { color: '#555' } }
        ]
      };
    },
    service: function (d) {
      return {
        tooltip: { trigger: 'axis' }, xAxis: { type: 'category', data: d.labels },
        yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
        series: [
          { name: d.names[0], type: 'bar', data: d.offered, itemStyle: { color: '#9db8ad' } },
          { name: d.names[1], type: 'line', yAxisIndex: 1, data: d.serviceLevel, itemStyle: { color: green } }
        ]
      };
    }
  };
  var charts = [];
  document.querySelectorAll('.chart[data-kind]').forEach(function (box) {
    var make = draw[box.getAttribute('data-kind')];
    if (!make) { return; }
    var option = make(JSON.parse(box.getAttribute('data-chart')));
    option.animation = false;
    option.grid = option.grid || { left: 40, right: 40, top: 24, bottom: 32 };
    var chart = echarts.init(box);
    chart.setOption(option);
    charts.push(chart);
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
