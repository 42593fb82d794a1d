/*
 * The lesson editor's two helpers.
 *
 * Text editors: PrimeFaces copies a Quill editor's HTML into its hidden field when its own buttons
 * submit; the block buttons here are plain submit buttons, so the copy is made on every submit.
 *
 * Drag-and-drop reordering in the lesson editor. The move itself is the server's: on drop this
 * fills two hidden fields and presses a hidden button, which saves what was typed and moves the
 * block. The up/down buttons do the same without a mouse.
 */
(function () {
  var list = document.getElementById('block-list');
  if (!list) {
    return;
  }
  list.closest('form').addEventListener('submit', function () {
    list.querySelectorAll('.ql-editor').forEach(function (editor) {
      var container = editor.closest('[id]:not(.ql-editor)');
      while (container && !document.getElementById(container.id + '_input')) {
        container = container.parentElement ? container.parentElement.closest('[id]') : null;
      }
      if (container) {
        var empty = editor.innerHTML === '<p><br></p>';
        document.getElementById(container.id + '_input').value = empty ? '' : editor.innerHTML;
      }
    });
  }, true);
  var dragged = null;
  list.addEventListener('dragstart', function (e) {
    var row = e.target.closest('.block-row');
    if (!row || !e.target.classList.contains('drag-handle') || !row.dataset.blockId) {
      return;
    }
    dragged = row;
    row.classList.add('dragging');
    e.dataTransfer.effectAllowed = 'move';
    e.dataTransfer.setData('text/plain', row.dataset.blockId);
  });
  list.addEventListener('dragover', function (e) {
    if (dragged) {
      e.preventDefault();
    }
  });
  list.addEventListener('drop', function (e) {
    var target = e.target.closest('.block-row');
    if (!dragged || !target || target === dragged) {
      return;
    }
    e.preventDefault();
    document.getElementById('lesson:drag-block').value = dragged.dataset.blockId;
    document.getElementById('lesson:drag-to').value = target.dataset.index;
    document.getElementById('lesson:drag-move').click();
  });
  list.addEventListener('dragend', function () {
    if (dragged) {
      dragged.classList.remove('dragging');
    }
    dragged = null;
  });
})();
