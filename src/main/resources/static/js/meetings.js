// The attendance screen, for the keyboard: on a row, 1, 2, 3 mark present, absent with reason, absent
// without reason (2 moves to the reason); the reason field is enabled only for an absence with reason.
(function () {
    var roll = document.querySelector('table.roll');
    if (!roll) {
        return;
    }
    function sync(row) {
        var checked = row.querySelector('input[type=radio]:checked');
        var reason = row.querySelector('input.reason');
        var value = checked ? checked.value : '';
        if (reason) {
            reason.disabled = value !== 'EXCUSED';
        }
        row.classList.toggle('absent-excused', value === 'EXCUSED');
        row.classList.toggle('absent-unexcused', value === 'UNEXCUSED');
    }
    roll.querySelectorAll('tbody tr').forEach(sync);
    roll.addEventListener('change', function (event) {
        var row = event.target.closest('tr');
        if (row) {
            sync(row);
        }
    });
    roll.addEventListener('keydown', function (event) {
        if (event.target.type !== 'radio' || event.ctrlKey || event.altKey || event.metaKey) {
            return;
        }
        var value = {'1': 'PRESENT', '2': 'EXCUSED', '3': 'UNEXCUSED'}[event.key];
        if (!value) {
            return;
        }
        var row = event.target.closest('tr');
        var radio = row.querySelector('input[type=radio][value=' + value + ']');
        if (!radio) {
            return;
        }
        event.preventDefault();
        radio.checked = true;
        radio.focus();
        sync(row);
        if (value === 'EXCUSED') {
            row.querySelector('input.reason').focus();
        }
    });
    var all = document.getElementById('all-present');
    if (all) {
        all.addEventListener('click', function () {
            roll.querySelectorAll('tbody tr').forEach(function (row) {
                var present = row.querySelector('input[type=radio][value=PRESENT]');
                var exempt = row.querySelector('input[type=radio][value=EXEMPT]');
                (exempt || present).checked = true;
                sync(row);
            });
        });
    }
}());
