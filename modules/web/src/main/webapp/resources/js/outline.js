/*
 * Drag and drop in the course editor's outline: sections among sections, lessons within and
 * between sections. Each drop is sent to the server (relearnDropped, a p:remoteCommand), which
 * checks and stores it and reloads the page; the up and down buttons do the same without a mouse.
 */
(function () {
  function init() {
    var $ = window.jQuery;
    if (!$ || !$.fn.sortable || typeof window.relearnDropped !== 'function') {
      return;
    }
    $('.sortable-sections').sortable({
      items: '> .section-card',
      handle: '.section-head .drag-handle',
      update: function (event, ui) {
        window.relearnDropped([
          { name: 'section', value: ui.item.data('section') },
          { name: 'index', value: ui.item.index() }
        ]);
      }
    });
    $('ol.lessons').sortable({
      items: '> li',
      handle: '.drag-handle',
      connectWith: 'ol.lessons',
      update: function (event, ui) {
        // fired by both lists when a lesson changes section: send it once, from where it landed
        if (ui.item.parent()[0] !== this) {
          return;
        }
        window.relearnDropped([
          { name: 'lesson', value: ui.item.data('lesson') },
          { name: 'toSection', value: $(this).data('section') },
          { name: 'index', value: ui.item.index() }
        ]);
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
