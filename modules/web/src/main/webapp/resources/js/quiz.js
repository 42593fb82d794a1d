/*
 * Taking a quiz: the countdown, what each question says about its answer being saved, and moving
 * ordering items with buttons. The server counts the time and refuses late answers; the countdown
 * only starts from the seconds the server gave at page render.
 */
(function () {
  'use strict';
  var form = document.getElementById('quiz');
  if (!form) {
    return;
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  // ---- countdown
  var timer = document.getElementById('quiz-timer');
  if (timer) {
    var total = parseInt(timer.getAttribute('data-seconds'), 10) || 0;
    var clock = document.getElementById('quiz-clock');
    var warning = document.getElementById('quiz-timer-warning');
    var started = window.performance ? performance.now() : Date.now();
    var warned = false;
    var submitted = false;
    var tick = function () {
      var now = window.performance ? performance.now() : Date.now();
      var left = Math.max(0, total - Math.floor((now - started) / 1000));
      clock.textContent = pad(Math.floor(left / 60)) + ':' + pad(left % 60);
      if (left <= 60 && !warned && warning) {
        warned = true;
        warning.textContent = warning.getAttribute('data-text');
        warning.classList.remove('hidden');
      }
      if (left === 0 && !submitted) {
        submitted = true;
        window.clearInterval(interval);
        var button = document.getElementById('quiz:timeup');
        if (button) {
          button.click();
        }
      }
    };
    var interval = window.setInterval(tick, 1000);
    tick();
  }

  // ---- saving state of each question
  function questionOf(element) {
    return element && element.closest ? element.closest('.question') : null;
  }

  function show(question, state, text, retry) {
    var status = question.querySelector('.save-status');
    if (status) {
      status.className = 'save-status ' + state;
      status.textContent = text || '';
    }
    var box = question.querySelector('.retry');
    if (box) {
      box.classList.toggle('hidden', !retry);
    }
  }

  var faces = window.faces || window.jsf;
  if (faces && faces.ajax) {
    faces.ajax.addOnEvent(function (data) {
      var question = questionOf(data.source);
      if (question && data.status === 'begin') {
        show(question, 'saving', form.getAttribute('data-saving'), false);
      }
    });
    faces.ajax.addOnError(function (data) {
      var question = questionOf(data.source);
      if (question) {
        show(question, 'failed', form.getAttribute('data-failed'), true);
      }
    });
  }

  // A save that failed for want of a connection leaves the learner on the page (connection.js,
  // on every page), with the answer kept and the question offering to retry.

  form.addEventListener('input', function (event) {
    var target = event.target;
    if (target.matches && target.matches('input[type=text], textarea')) {
      var question = questionOf(target);
      if (question) {
        show(question, 'unsaved', form.getAttribute('data-unsaved'), false);
      }
    }
  });

  // ---- ordering: move up/down, keep the order as shown
  function saveOrder(list) {
    var question = questionOf(list);
    var input = question.querySelector('.order-value');
    var ids = [];
    Array.prototype.forEach.call(list.children, function (li) {
      ids.push(li.getAttribute('data-id'));
    });
    input.value = ids.join(',');
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  form.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button.move, button.order-keep') : null;
    if (!button) {
      return;
    }
    event.preventDefault();
    var question = questionOf(button);
    var list = question.querySelector('ol.ordering');
    if (button.classList.contains('order-keep')) {
      saveOrder(list);
      return;
    }
    var item = button.closest('li');
    var up = button.classList.contains('move-up');
    var other = up ? item.previousElementSibling : item.nextElementSibling;
    if (!other) {
      return;
    }
    if (up) {
      list.insertBefore(item, other);
    } else {
      list.insertBefore(other, item);
    }
    button.focus();
    var position = Array.prototype.indexOf.call(list.children, item) + 1;
    var live = question.querySelector('.order-live');
    if (live) {
      live.textContent = (form.getAttribute('data-moved') || '')
        .replace('{0}', item.querySelector('.item-text').textContent)
        .replace('{1}', String(position));
    }
    saveOrder(list);
  });
})();
