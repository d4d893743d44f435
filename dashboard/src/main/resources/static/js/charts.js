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

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  document.querySelectorAll('[data-chart-source]').forEach(function (element) {
    var source = document.getElementById(element.getAttribute('data-chart-source'));
    if (!source) { return; }
    var option = JSON.parse(source.textContent);
    var links = option.links;
    delete option.links;
    var format = formatter(element.getAttribute('data-unit'));
    option.tooltip = Object.assign({}, option.tooltip, { valueFormatter: format });
    // a point with its own lines of text (a scatter of vestigingen): those lines, escaped, as its tooltip
    if (option.tooltip.lines) {
      delete option.tooltip.lines;
      option.tooltip.formatter = function (p) {
        return ((p.data && p.data.lines) || [p.name]).map(escapeHtml).join('<br>');
      };
    }
    // numbers on a value x-axis (days, degrees) the Dutch way, without the unit of the values
    if (option.xAxis && option.xAxis.type === 'value') {
      option.xAxis = Object.assign({}, option.xAxis, {
        axisLabel: Object.assign({ formatter: formatter('') }, option.xAxis.axisLabel)
      });
    }
    if (option.xAxis && (!option.yAxis || option.yAxis.type !== 'category')) {
      option.yAxis = Object.assign({}, option.yAxis, {
        name: option.yAxis && option.yAxis.name !== element.getAttribute('data-unit') ? option.yAxis.name : null,
        axisLabel: Object.assign({}, (option.yAxis || {}).axisLabel, { formatter: format })
      });
    }
    (option.series || []).forEach(function (series) {
      if (series.markLine) {
        series.markLine.label = { formatter: function (p) { return 'Norm ' + format(p.value); }, position: 'insideEndTop' };
      }
    });
    // no growing bars for whoever asked their system for less motion
    if (window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      option.animation = false;
    }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    // ready once drawn to the end of its animation (a click or a screenshot then meets the bars where they end)
    chart.on('finished', function () { element.setAttribute('data-chart-ready', 'true'); });
    chart.setOption(option);
    // a click on the bar (point, cell) of an area opens the drill-down the table links to (only same-site paths)
    if (links) {
      chart.on('click', function (params) {
        // one list per series (a scatter with a series per soort), or one for the categories of every series
        var url = Array.isArray(links[params.seriesIndex])
          ? links[params.seriesIndex][params.dataIndex]
          : links[params.dataIndex];
        if (url && url.charAt(0) === '/' && url.charAt(1) !== '/') { window.location.href = url; }
      });
    }
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
