// Sends the CSRF token with every htmx request, so partial updates pass the same protection as forms.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});
// Elements with data-confirm ask before their form is submitted.
document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
        event.preventDefault();
    }
});
// Tree toggles: the first click loads the children through htmx; later clicks fold and unfold them.
document.addEventListener('click', function (event) {
    var toggle = event.target.closest('.tree .toggle');
    if (!toggle || !toggle.dataset.loaded) {
        return;
    }
    var children = toggle.closest('li').querySelector(':scope > .children');
    if (children) {
        children.hidden = !children.hidden;
        toggle.textContent = children.hidden ? '+' : '−';
    }
});
document.addEventListener('htmx:afterSwap', function (event) {
    var toggle = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (toggle && toggle.classList && toggle.classList.contains('toggle')) {
        toggle.dataset.loaded = 'true';
        toggle.textContent = '−';
    }
});
// Suggestions: clicking one fills the input it belongs to.
document.addEventListener('click', function (event) {
    var option = event.target.closest('[data-fill-input]');
    if (!option) {
        return;
    }
    event.preventDefault();
    var input = document.getElementById(option.dataset.fillInput);
    if (input) {
        input.value = option.dataset.fillValue;
        var list = option.closest('.suggestions');
        if (list) {
            list.innerHTML = '';
        }
    }
});
// Search boxes that fill a list of choices inside a form: Enter searches instead of submitting the form.
document.addEventListener('keydown', function (event) {
    var input = event.target;
    if (event.key === 'Enter' && input.matches && input.matches('input[data-chooser]')) {
        event.preventDefault();
        if (window.htmx) {
            window.htmx.trigger(input, 'search');
        }
    }
});

// Buttons with data-check-all="name" tick every checkbox of that name in their form (or untick them
// all when all are ticked): a class register of forty people is marked in one click, then corrected.
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-check-all]');
    if (!button) {
        return;
    }
    event.preventDefault();
    var boxes = button.form.querySelectorAll('input[type=checkbox][name="' + button.getAttribute('data-check-all') + '"]');
    var all = Array.prototype.every.call(boxes, function (b) { return b.checked; });
    boxes.forEach(function (b) { b.checked = !all; });
});

// Forms with data-progress="ID" start long work (an import): on submit they send a random token with the
// request, show the box ID, and ask /progress/{token} twice a second how far the request has got, until
// the answer replaces the page. Without script the form simply waits.
document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || !form.hasAttribute || !form.hasAttribute('data-progress')) {
        return;
    }
    var box = document.getElementById(form.getAttribute('data-progress'));
    var field = form.querySelector('input[name="progress"]');
    if (!box || !field || !window.crypto || !window.fetch) {
        return;
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    var token = Array.prototype.map.call(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
    field.value = token;
    box.hidden = false;
    var bar = box.querySelector('progress');
    var label = box.querySelector('.work-progress-label');
    bar.removeAttribute('value');
    form.querySelectorAll('button[type="submit"]').forEach(function (b) { b.disabled = true; });
    var url = form.getAttribute('data-progress-url') + token;
    window.setInterval(function () {
        window.fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (step) {
                if (!step) {
                    return;
                }
                label.textContent = step.message;
                if (step.percent >= 0) {
                    bar.value = step.percent;
                } else {
                    bar.removeAttribute('value');
                }
            })
            .catch(function () { /* the next tick asks again */ });
    }, 500);
});
