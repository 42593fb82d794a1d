/*
 * Drag-and-drop reordering in the lesson editor. The move itself is the server's: on drop this
 * fills two hidden fields and presses a hidden button, which saves what was typed and moves the
 * block. The up/down buttons do the same without a mouse.
 */
(function () {
  var list = document.getElementById('block-list');
  if (!list) {
    return;
  }
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
