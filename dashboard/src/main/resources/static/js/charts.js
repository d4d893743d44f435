// Initialises every chart on the page from the ECharts option embedded as JSON next to it.
// Numbers are formatted the Dutch way (decimal comma) with the chart's unit.
(function () {
  'use strict';

  function formatter(unit) {
    return function (value) {
      if (value === null || value === undefined || value === '-' || Number.isNaN(Number(value))) {
        return '–';
      }
      var number = Number(value).toLocaleString('nl-NL', { maximumFractionDigits: 2 });
      if (unit === '%') { return number + ' %'; }
      if (unit === '€') { return '€ ' + number; }
      if (!unit || unit === 'leerlingen' || unit === 'aantal') { return number; }
      return number + ' ' + unit;
    };
  }

  document.querySelectorAll('[data-chart-source]').forEach(function (element) {
    var source = document.getElementById(element.getAttribute('data-chart-source'));
    if (!source) { return; }
    var option = JSON.parse(source.textContent);
    var links = option.links;
    delete option.links;
    var format = formatter(element.getAttribute('data-unit'));
    option.tooltip = Object.assign({}, option.tooltip, { valueFormatter: format });
    if (option.xAxis && (!option.yAxis || option.yAxis.type !== 'category')) {
      option.yAxis = Object.assign({}, option.yAxis, {
        name: null,
        axisLabel: Object.assign({}, (option.yAxis || {}).axisLabel, { formatter: format })
      });
    }
    (option.series || []).forEach(function (series) {
      if (series.markLine) {
        series.markLine.label = { formatter: function (p) { return 'Norm ' + format(p.value); }, position: 'insideEndTop' };
      }
    });
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option);
    // a click on the bar of an area opens the drill-down the table links to (only same-site paths)
    if (links) {
      chart.on('click', function (params) {
        var url = links[params.dataIndex];
        if (url && url.charAt(0) === '/' && url.charAt(1) !== '/') { window.location.href = url; }
      });
    }
    element.setAttribute('data-chart-ready', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
