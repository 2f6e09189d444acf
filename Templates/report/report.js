// planreis report: details on click and keyboard focus, lane filter, zoom and pan.
// All text from the data goes in with textContent, never as HTML, and user text in a <bdi>, so
// that right-to-left text or a direction override in it cannot turn the text around it.
(function () {
  'use strict';
  var dataElement = document.getElementById('planreis-data');
  var svg = document.querySelector('.timeline-figure svg');
  if (!dataElement || !svg) { return; }
  var data = JSON.parse(dataElement.textContent);
  var labels = data.labels;
  var events = data.events;

  // ---- Details -----------------------------------------------------------------------------
  var panel = document.getElementById('details');
  var status = document.getElementById('details-status');
  var selected = null;
  var moved = false;

  function element(name, text, className) {
    var node = document.createElement(name);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  function field(list, label, value) {
    if (value === undefined || value === null || value === '' || (value.length === 0)) { return; }
    list.appendChild(element('dt', label));
    var dd = element('dd');
    dd.appendChild(typeof value === 'string' ? element('bdi', value) : value);
    list.appendChild(dd);
  }

  function mark(index) {
    return svg.querySelector('[data-event-index="' + String(Number(index)) + '"]');
  }

  // Date, actor, kind, value and description are in the event's table row; the data block
  // holds only the title, costs, tags and links.
  function show(index) {
    var event = events[index];
    if (!event) { return; }
    var row = document.getElementById('event-row-' + String(Number(index)));
    var cells = row ? row.cells : [];
    function cell(i) { return cells[i] ? cells[i].textContent : ''; }
    var kind = cell(2), date = cell(0);
    if (selected) { selected.classList.remove('is-selected'); }
    selected = mark(index);
    if (selected) { selected.classList.add('is-selected'); }
    panel.hidden = false;
    panel.querySelector('.details-kind').textContent = kind;
    var title = panel.querySelector('.details-title');
    title.textContent = '';
    title.appendChild(element('bdi', event.title));
    if (status) { status.textContent = kind + ': ' + event.title + ', ' + date; }
    var list = panel.querySelector('.details-fields');
    while (list.firstChild) { list.removeChild(list.firstChild); }
    field(list, labels.actor, cell(1));
    field(list, labels.date, date);
    field(list, labels.value, cell(4));
    field(list, labels.description, cell(5));
    field(list, labels.costs, event.costs);
    if (event.tags && event.tags.length) {
      var tags = element('div');
      event.tags.forEach(function (tag) {
        var span = element('span', null, 'tag');
        span.appendChild(element('bdi', tag));
        tags.appendChild(span);
      });
      field(list, labels.tags, tags);
    }
    if (event.links && event.links.length) {
      var links = element('ul');
      event.links.forEach(function (link) {
        var item = element('li');
        item.appendChild(document.createTextNode(link.label + ': '));
        var button = element('button', null, 'link-button');
        button.appendChild(element('bdi', link.title));
        button.type = 'button';
        button.addEventListener('click', function () { focusEvent(link.target); });
        item.appendChild(button);
        links.appendChild(item);
      });
      field(list, labels.links, links);
    }
  }

  function focusEvent(index) {
    var target = mark(index);
    show(index);
    if (target && !target.closest('.is-hidden')) {
      resetView();
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
  }

  panel.querySelector('.details-close').addEventListener('click', function () {
    panel.hidden = true;
    if (selected) {
      selected.classList.remove('is-selected');
      selected.focus({ preventScroll: true });
    }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && !panel.hidden) { panel.querySelector('.details-close').click(); }
  });

  svg.addEventListener('focusin', function (e) {
    var target = e.target.closest ? e.target.closest('[data-event-index]') : null;
    if (target) {
      ensureVisible(target);
      show(Number(target.getAttribute('data-event-index')));
    }
  });
  svg.addEventListener('click', function (e) {
    if (moved) { return; }
    var target = e.target.closest ? e.target.closest('[data-event-index]') : null;
    if (target) {
      target.focus({ preventScroll: true });
      show(Number(target.getAttribute('data-event-index')));
    }
  });
  svg.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' && e.key !== ' ') { return; }
    var target = e.target.closest ? e.target.closest('[data-event-index]') : null;
    if (target) {
      e.preventDefault();
      show(Number(target.getAttribute('data-event-index')));
    }
  });
  // One listener for every "show in timeline" button of the table, however long it is.
  document.addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest('[data-show]') : null;
    if (button) { focusEvent(Number(button.getAttribute('data-show'))); }
  });

  // ---- Zoom and pan on the viewBox -----------------------------------------------------------
  var box = svg.viewBox.baseVal;
  var fullWidth = box.width;
  var fullHeight = box.height;
  var view = { x: 0, y: 0, w: fullWidth, h: fullHeight };
  // Fill the width on screen, but a small picture grows no more than a quarter.
  svg.style.width = '100%';
  svg.style.maxWidth = Math.round(fullWidth * 1.25) + 'px';

  function applyView() {
    svg.setAttribute('viewBox', [view.x, view.y, view.w, view.h].map(function (v) { return Math.round(v * 10) / 10; }).join(' '));
  }
  function clampView() {
    view.x = Math.min(Math.max(view.x, 0), Math.max(fullWidth - view.w, 0));
    view.y = Math.min(Math.max(view.y, 0), Math.max(fullHeight - view.h, 0));
  }
  function zoom(factor, cx, cy) {
    var w = Math.min(Math.max(view.w / factor, fullWidth / 12), fullWidth);
    var h = w * fullHeight / fullWidth;
    if (cx === undefined) { cx = view.x + view.w / 2; cy = view.y + view.h / 2; }
    view.x = cx - (cx - view.x) * (w / view.w);
    view.y = cy - (cy - view.y) * (h / view.h);
    view.w = w;
    view.h = h;
    clampView();
    applyView();
  }
  // When zoomed in, keyboard focus on a mark outside the view brings it to the middle.
  function ensureVisible(node) {
    if (view.w >= fullWidth) { return; }
    var b = node.getBBox();
    var dy = 0;
    var transform = node.getAttribute('transform');
    if (transform) { dy = Number(transform.replace(/[^0-9.\- ]/g, ' ').trim().split(/\s+/)[1] || 0); }
    var cx = b.x + b.width / 2;
    var cy = b.y + dy + b.height / 2;
    if (cx < view.x || cx > view.x + view.w || cy < view.y || cy > view.y + view.h) {
      view.x = cx - view.w / 2;
      view.y = cy - view.h / 2;
      clampView();
      applyView();
    }
  }
  function resetView() {
    view = { x: 0, y: 0, w: fullWidth, h: fullHeight };
    applyView();
  }
  Array.prototype.forEach.call(document.querySelectorAll('[data-zoom]'), function (button) {
    button.addEventListener('click', function () {
      var action = button.getAttribute('data-zoom');
      if (action === 'in') { zoom(1.4); } else if (action === 'out') { zoom(1 / 1.4); } else { resetView(); }
    });
  });
  function toView(clientX, clientY) {
    var rect = svg.getBoundingClientRect();
    return { x: view.x + (clientX - rect.left) / rect.width * view.w, y: view.y + (clientY - rect.top) / rect.height * view.h };
  }
  svg.addEventListener('wheel', function (e) {
    if (!e.ctrlKey && !e.metaKey) { return; }
    e.preventDefault();
    var p = toView(e.clientX, e.clientY);
    zoom(e.deltaY < 0 ? 1.2 : 1 / 1.2, p.x, p.y);
  }, { passive: false });

  var drag = null;
  svg.addEventListener('pointerdown', function (e) {
    if (e.button !== 0) { return; }
    drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, id: e.pointerId };
    moved = false;
  });
  svg.addEventListener('pointermove', function (e) {
    if (!drag) { return; }
    var dx = e.clientX - drag.x;
    var dy = e.clientY - drag.y;
    if (!moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
    if (!moved) { svg.setPointerCapture(drag.id); svg.classList.add('is-dragging'); }
    moved = true;
    var rect = svg.getBoundingClientRect();
    view.x = drag.vx - dx / rect.width * view.w;
    view.y = drag.vy - dy / rect.height * view.h;
    clampView();
    applyView();
  });
  function endDrag() {
    if (drag && moved) { svg.classList.remove('is-dragging'); }
    drag = null;
    setTimeout(function () { moved = false; }, 0);
  }
  svg.addEventListener('pointerup', endDrag);
  svg.addEventListener('pointercancel', endDrag);
  window.addEventListener('beforeprint', resetView);

  // ---- Lane filter ---------------------------------------------------------------------------
  var lanesTop = Number(svg.getAttribute('data-lanes-top'));
  var lanesBottom = Number(svg.getAttribute('data-lanes-bottom'));
  var laneElements = svg.querySelectorAll('.pr-lane');
  var headingElements = svg.querySelectorAll('.pr-heading');
  var laneBoxes = [];
  Array.prototype.forEach.call(laneElements, function (lane) {
    laneBoxes[Number(lane.getAttribute('data-lane'))] = { y: Number(lane.getAttribute('data-y')), h: Number(lane.getAttribute('data-h')) };
  });
  var originalHeight = fullHeight;

  function arrowPath(x1, y1, x2, y2, shape) {
    function n(v) { return Math.round(v * 10) / 10; }
    if (shape === 'arc') {
      var h = 16 + Math.min(Math.abs(x2 - x1) / 10, 40);
      return 'M' + n(x1) + ',' + n(y1) + ' C' + n(x1) + ',' + n(y1 - h) + ' ' + n(x2) + ',' + n(y2 - h) + ' ' + n(x2) + ',' + n(y2);
    }
    var ym = (y1 + y2) / 2;
    return 'M' + n(x1) + ',' + n(y1) + ' C' + n(x1) + ',' + n(ym) + ' ' + n(x2) + ',' + n(ym) + ' ' + n(x2) + ',' + n(y2);
  }

  function relayout() {
    var visible = [];
    Array.prototype.forEach.call(document.querySelectorAll('input[data-lane]'), function (box) {
      visible[Number(box.getAttribute('data-lane'))] = box.checked;
    });
    var shift = [];
    var cursor = lanesTop;
    Array.prototype.forEach.call(headingElements, function (heading) {
      var first = Number(heading.getAttribute('data-first'));
      var last = Number(heading.getAttribute('data-last'));
      var any = false;
      for (var i = first; i <= last; i++) { if (visible[i] !== false) { any = true; } }
      heading.classList.toggle('is-hidden', !any);
      if (!any) { return; }
      heading.setAttribute('transform', 'translate(0 ' + (cursor - Number(heading.getAttribute('data-y'))) + ')');
      cursor += Number(heading.getAttribute('data-h'));
      for (var j = first; j <= last; j++) {
        if (visible[j] === false) { shift[j] = null; continue; }
        shift[j] = cursor - laneBoxes[j].y;
        cursor += laneBoxes[j].h;
      }
    });
    Array.prototype.forEach.call(svg.querySelectorAll('[data-lane]'), function (node) {
      var lane = Number(node.getAttribute('data-lane'));
      var dy = shift[lane];
      node.classList.toggle('is-hidden', dy === null || dy === undefined);
      if (dy !== null && dy !== undefined) { node.setAttribute('transform', 'translate(0 ' + dy + ')'); }
    });
    Array.prototype.forEach.call(svg.querySelectorAll('.pr-arrow'), function (arrow) {
      var from = Number(arrow.getAttribute('data-from-lane'));
      var to = Number(arrow.getAttribute('data-to-lane'));
      var dyFrom = from < 0 ? 0 : shift[from];
      var dyTo = to < 0 ? 0 : shift[to];
      var hide = dyFrom === null || dyFrom === undefined || dyTo === null || dyTo === undefined;
      arrow.classList.toggle('is-hidden', hide);
      if (hide) { return; }
      var p = arrow.getAttribute('data-p').split(' ').map(Number);
      arrow.setAttribute('d', arrowPath(p[0], p[1] + dyFrom, p[2], p[3] + dyTo, arrow.getAttribute('data-shape')));
    });
    var bottom = cursor;
    Array.prototype.forEach.call(svg.querySelectorAll('[data-full]'), function (node) {
      if (node.getAttribute('data-full') === 'line') {
        node.setAttribute('y2', bottom);
      } else {
        node.setAttribute('height', Math.max(bottom - Number(node.getAttribute('y')), 0));
      }
    });
    var below = svg.querySelector('.pr-below');
    if (below) { below.setAttribute('transform', 'translate(0 ' + (bottom - lanesBottom) + ')'); }
    fullHeight = originalHeight + (bottom - lanesBottom);
    svg.setAttribute('height', fullHeight);
    svg.querySelector('.pr-background').setAttribute('height', fullHeight);
    resetView();
  }

  var allBox = document.querySelector('input[data-all]');
  function syncGroupBoxes() {
    Array.prototype.forEach.call(document.querySelectorAll('input[data-group]'), function (groupBox) {
      var lanes = document.querySelectorAll('input[data-in-group="' + groupBox.getAttribute('data-group') + '"]');
      var on = Array.prototype.filter.call(lanes, function (b) { return b.checked; }).length;
      groupBox.checked = on === lanes.length;
      groupBox.indeterminate = on > 0 && on < lanes.length;
    });
    if (allBox) {
      var boxes = document.querySelectorAll('input[data-lane]');
      var count = Array.prototype.filter.call(boxes, function (b) { return b.checked; }).length;
      allBox.checked = count === boxes.length;
      allBox.indeterminate = count > 0 && count < boxes.length;
    }
  }
  Array.prototype.forEach.call(document.querySelectorAll('input[data-lane]'), function (box) {
    box.addEventListener('change', function () { syncGroupBoxes(); relayout(); });
  });
  Array.prototype.forEach.call(document.querySelectorAll('input[data-group]'), function (groupBox) {
    groupBox.addEventListener('change', function () {
      var lanes = document.querySelectorAll('input[data-in-group="' + groupBox.getAttribute('data-group') + '"]');
      Array.prototype.forEach.call(lanes, function (b) { b.checked = groupBox.checked; });
      syncGroupBoxes();
      relayout();
    });
  });
  if (allBox) {
    allBox.addEventListener('change', function () {
      Array.prototype.forEach.call(document.querySelectorAll('input[data-lane]'), function (b) { b.checked = allBox.checked; });
      syncGroupBoxes();
      relayout();
    });
  }
})();
