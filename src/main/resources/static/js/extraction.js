// Discarding a proposed figure removes it from the list and its highlight from the text; nothing is sent.
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-discard]');
    if (!button) {
        return;
    }
    var row = button.closest('li.figure');
    if (!row) {
        return;
    }
    var mark = document.getElementById('fact-' + row.dataset.figure);
    if (mark) {
        mark.classList.add('discarded');
    }
    row.remove();
});
// Choosing a figure in the text brings its row into view, and the other way round.
document.addEventListener('click', function (event) {
    var mark = event.target.closest('mark.fact');
    if (mark) {
        var row = document.getElementById('row-' + mark.dataset.figure);
        if (row) {
            row.scrollIntoView({behavior: 'smooth', block: 'center'});
            row.classList.add('focused');
            setTimeout(function () { row.classList.remove('focused'); }, 1500);
        }
    }
});
